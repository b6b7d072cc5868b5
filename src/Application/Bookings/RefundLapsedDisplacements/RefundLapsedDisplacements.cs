using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.RefundDisplaced;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;
using Seo.Domain.Payments;

namespace Seo.Application.Bookings.RefundLapsedDisplacements;

/// <summary>
/// R22, R28: a displaced booking whose owner chose neither a new date nor the refund by its
/// deadline is withdrawn and its fees set to go back (the reconciliation makes the refunds at
/// the gateway); the owner is told once. Safe to run again at any time: what is refunded no
/// longer matches.
/// </summary>
public sealed record RefundLapsedDisplacements(int BatchSize = 200) : ICommand<Result<int>>;

public sealed class RefundLapsedDisplacementsHandler(
    IRepository<Booking> bookings, DisplacedBookingRefunds refunds, OwnerNotices notices, TimeProvider clock)
    : ICommandHandler<RefundLapsedDisplacements, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RefundLapsedDisplacements command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var lapsed = await bookings.ListAsync(new LapsedDisplacementsSpec(now, command.BatchSize), cancellationToken);
        foreach (var booking in lapsed)
        {
            var decided = await refunds.RefundAsync(booking, DisplacedBookingRefunds.Reason(booking, ownersChoice: false), now, cancellationToken);
            var total = decided.Aggregate(Money.Zero, (sum, intent) => sum + intent.Amount);
            var notice = Guid.CreateVersion7();
            var text = $"Booking {booking.Number} was not placed on another date by its deadline after the checkpoint closed: it has ended and the {total} paid for it is being refunded (R28).";
            await notices.TellAsync(Notification.OfDisplacement(booking.Owner.AccountId, notice, booking.Id, text, now), notice, booking.Checkpoint, MessageKind.Displacement, cancellationToken);
        }

        return lapsed.Count;
    }
}
