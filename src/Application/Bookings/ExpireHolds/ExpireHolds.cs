using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.ExpireHolds;

/// <summary>
/// Ends unpaid holds whose time ran out and gives their capacity back: whole unpaid bookings
/// expire; a pending paid reschedule is dropped and the booking keeps its interval. Safe to
/// run again at any time: what is already expired no longer matches.
/// </summary>
public sealed record ExpireHolds(int BatchSize = 200) : ICommand<Result<int>>;

public sealed class ExpireHoldsHandler(IRepository<Booking> bookings, TimeProvider clock)
    : ICommandHandler<ExpireHolds, Result<int>>
{
    public async ValueTask<Result<int>> Handle(ExpireHolds command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var expired = await bookings.ListAsync(new ExpiredHoldsSpec(now, command.BatchSize), cancellationToken);
        foreach (var booking in expired)
        {
            // The capacity a hold gives back follows its event (CapacityRelease).
            _ = booking.Status == BookingStatus.AwaitingPayment ? booking.Expire(now) : booking.ExpirePendingReschedule(now);
        }

        return expired.Count;
    }
}
