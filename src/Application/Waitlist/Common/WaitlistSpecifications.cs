using Ardalis.Specification;
using Seo.Domain.Bookings;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.Common;

/// <summary>The waitlist entry of a booking (keyed by it).</summary>
public sealed class WaitlistEntryOfBookingSpec : Specification<WaitlistEntry>, ISingleResultSpecification<WaitlistEntry>
{
    public WaitlistEntryOfBookingSpec(Guid booking, bool readOnly = false)
    {
        Query.Where(e => e.Id == booking);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>The waiting entries in queue order (first joined first), for the offer sweep.</summary>
public sealed class WaitingEntriesSpec : Specification<WaitlistEntry>
{
    public WaitingEntriesSpec(int take) =>
        Query.Where(e => e.Status == WaitlistStatus.Waiting).OrderBy(e => e.JoinedAt).ThenBy(e => e.Id).Take(take);
}

/// <summary>How many entries wait ahead of one at its checkpoint: its position is one more.</summary>
public sealed class WaitingAheadSpec : Specification<WaitlistEntry>
{
    public WaitingAheadSpec(WaitlistEntry entry) =>
        Query.Where(e => e.Checkpoint == entry.Checkpoint && e.Status == WaitlistStatus.Waiting && e.JoinedAt < entry.JoinedAt);
}

/// <summary>Entries holding an offer, the oldest offers first: few, as each holds a place.</summary>
public sealed class OfferedEntriesSpec : Specification<WaitlistEntry>
{
    public OfferedEntriesSpec(int take) =>
        Query.Where(e => e.Status == WaitlistStatus.Offered).OrderBy(e => e.OfferedAt).ThenBy(e => e.Id).Take(take);
}

/// <summary>The bookings of a batch of entries.</summary>
public sealed class BookingsByIdsSpec : Specification<Booking>
{
    public BookingsByIdsSpec(IReadOnlyCollection<BookingId> ids) =>
        Query.Where(b => ids.Contains(b.Id)).AsNoTracking();
}
