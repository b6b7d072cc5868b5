using Seo.Domain.Bookings.Journey;

namespace Seo.Application.OpenData.Common;

/// <summary>
/// The open-data read model's row for one booking's day at its checkpoint, made from the journey's
/// events (<see cref="OpenDataProjection"/>): when it was due, when the vehicle arrived, entered and
/// crossed, and whether it was annulled. Every fact keeps its first value, so a redelivered or
/// late event changes nothing. It names no vehicle, owner or driver: only what is published.
/// </summary>
public sealed class CheckpointVisit
{
    private CheckpointVisit()
    {
    }

    public Guid BookingId { get; private set; }

    public string Checkpoint { get; private set; } = string.Empty;

    /// <summary>The booked checkpoint-local date: the day the visit counts for.</summary>
    public DateOnly Date { get; private set; }

    public DateTimeOffset BookedStartsAt { get; private set; }

    /// <summary>Admitted to the waiting zone, or to the checkpoint's entry where it has no zone.</summary>
    public DateTimeOffset? ArrivedAt { get; private set; }

    public DateTimeOffset? EnteredAt { get; private set; }

    public DateTimeOffset? CrossedAt { get; private set; }

    /// <summary>R35: annulled because the vehicle never came.</summary>
    public bool NoShow { get; private set; }

    /// <summary>R28: annulled for a late arrival or a late departure from the waiting zone.</summary>
    public bool AnnulledLate { get; private set; }

    public bool RefusedEntry { get; private set; }

    public static CheckpointVisit Of(JourneyBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new CheckpointVisit { BookingId = booking.BookingId, Checkpoint = booking.Checkpoint, Date = booking.Date, BookedStartsAt = booking.StartsAt };
    }

    /// <summary>Records <paramref name="fact"/> at <paramref name="at"/>; returns whether anything changed.</summary>
    public bool Record(JourneyFact fact, DateTimeOffset at)
    {
        var before = (ArrivedAt, EnteredAt, CrossedAt, NoShow, AnnulledLate, RefusedEntry);
        switch (fact)
        {
            case JourneyFact.Arrived:
                ArrivedAt ??= at;
                break;
            case JourneyFact.Entered:
                // A checkpoint without a waiting zone: the entry is the arrival.
                ArrivedAt ??= at;
                EnteredAt ??= at;
                break;
            case JourneyFact.Crossed:
                CrossedAt ??= at;
                break;
            case JourneyFact.NoShow:
                NoShow = true;
                break;
            case JourneyFact.AnnulledLate:
                AnnulledLate = true;
                break;
            case JourneyFact.RefusedEntry:
                RefusedEntry = true;
                break;
        }

        return before != (ArrivedAt, EnteredAt, CrossedAt, NoShow, AnnulledLate, RefusedEntry);
    }
}

/// <summary>What a journey event tells the open data.</summary>
public enum JourneyFact
{
    Arrived,
    Entered,
    Crossed,
    NoShow,
    AnnulledLate,
    RefusedEntry,
}
