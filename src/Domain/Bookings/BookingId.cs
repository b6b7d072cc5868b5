namespace Seo.Domain.Bookings;

/// <summary>The booking's identity: a time-ordered GUID, so that inserts stay in index order.</summary>
public readonly record struct BookingId(Guid Value)
{
    public static BookingId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
