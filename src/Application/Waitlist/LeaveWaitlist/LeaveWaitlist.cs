using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Waitlist.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.LeaveWaitlist;

/// <summary>The booking stops waiting, or declines the place held for it; a held place goes to the next one waiting.</summary>
public sealed record LeaveWaitlist(Guid BookingId) : ICommand<Result<WaitlistEntryDto>>;

public sealed class LeaveWaitlistHandler(BookingAccess access, IRepository<WaitlistEntry> entries, TimeProvider clock)
    : ICommandHandler<LeaveWaitlist, Result<WaitlistEntryDto>>
{
    public async ValueTask<Result<WaitlistEntryDto>> Handle(LeaveWaitlist command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await access.ActionableAsync(command.BookingId, cancellationToken, readOnly: true) is null)
        {
            return BookingErrors.NotFound;
        }

        var entry = await entries.FirstOrDefaultAsync(new WaitlistEntryOfBookingSpec(command.BookingId), cancellationToken);
        if (entry is null)
        {
            return WaitlistErrors.NotWaiting;
        }

        // The held place, if any, goes back with the entry's end (WaitlistPlaces).
        var left = entry.Leave(clock.GetUtcNow());
        return left.IsSuccess ? entry.ToDto(position: null) : left.Error;
    }
}
