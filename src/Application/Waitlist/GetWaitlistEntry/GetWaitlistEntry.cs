using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Waitlist.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.GetWaitlistEntry;

/// <summary>Where a booking's wait stands: its window, its place in the queue, the place held for it.</summary>
public sealed record GetWaitlistEntry(Guid BookingId) : IQuery<Result<WaitlistEntryDto>>;

public sealed class GetWaitlistEntryHandler(BookingAccess access, IRepository<WaitlistEntry> entries)
    : IQueryHandler<GetWaitlistEntry, Result<WaitlistEntryDto>>
{
    public async ValueTask<Result<WaitlistEntryDto>> Handle(GetWaitlistEntry query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await access.VisibleAsync(query.BookingId, cancellationToken) is null)
        {
            return BookingErrors.NotFound;
        }

        var entry = await entries.FirstOrDefaultAsync(new WaitlistEntryOfBookingSpec(query.BookingId, readOnly: true), cancellationToken);
        return entry is null
            ? WaitlistErrors.NotWaiting
            : entry.ToDto(await entries.CountAsync(new WaitingAheadSpec(entry), cancellationToken) + 1);
    }
}
