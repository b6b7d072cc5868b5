using Mediator;
using Seo.Application.Bookings.Caps;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Create;
using Seo.Application.Checkpoints;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Notifications;
using Seo.Domain.Verification;
using Seo.Domain.Payments;

namespace Seo.Application.Bookings.Reschedule;

public sealed class RescheduleBookingHandler(
    BookingAccess access,
    IRepository<Checkpoint> checkpoints,
    ICapacityLedger ledger,
    PriorityGrounds priorityGrounds,
    BookingCapPolicy caps,
    IRepository<VerificationRecord> verificationRecords,
    IRepository<Notification> notifications,
    VerificationRun checks,
    Tariffs.TariffHistory tariffs,
    BookingOptions options,
    JourneyPolicy journey,
    Waitlist.Common.WaitlistPlaces waitlist,
    TimeProvider clock) : ICommandHandler<RescheduleBooking, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(RescheduleBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(booking.Checkpoint), cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var interval = BookedInterval.Create(checkpoint, command.Date!.Value, CreateBookingValidator.ParseStart(command.Start));
        if (!interval.IsSuccess)
        {
            return interval.Error;
        }

        var now = clock.GetUtcNow();
        var allowed = booking.CanReschedule(checkpoint, interval.Value, now, journey.BookingCloses);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        // R16.4 with R20: the drivers' identity documents must still be valid on the new date.
        var documents = new IdentityDocumentValidity(booking.Drivers).ValidOn(interval.Value.Date);
        if (!documents.IsSuccess)
        {
            return documents.Error;
        }

        // R6: the priority ground is proved again — the registrar may have taken the vehicle off
        // its list since the booking was made — before the new interval's priority share is taken.
        var grounds = await priorityGrounds.ProveAsync(booking.Priority, booking.Vehicle, booking.Cargo, booking.Owner, cancellationToken);
        if (!grounds.IsSuccess)
        {
            return grounds.Error;
        }

        // The owner's share of the new day, counted behind the account's gate; a move within the day keeps it.
        if (interval.Value.Date != booking.Interval.Date)
        {
            var share = await caps.MayMoveAsync(booking, interval.Value.Date, now, cancellationToken);
            if (!share.IsSuccess)
            {
                return share.Error;
            }
        }

        // R20: the checks re-run for the new date ahead of this transaction (RegistryChecksBehavior);
        // a refusal leaves the booking and its capacity as they were. No answers means the
        // pre-transaction read expected a refusal that a concurrent change has since lifted: no
        // registry was asked, so the move is retried rather than reported as an outage.
        if (checks.Report is not { } report)
        {
            return ConcurrencyErrors.ConcurrentChange;
        }

        var decided = report.DecideFor(interval.Value.Date);
        if (!decided.IsSuccess)
        {
            return decided.Error;
        }

        // A place the waitlist holds for this booking is handed to this move, in its transaction (accepting the offer).
        await waitlist.HandOverAsync(booking, interval.Value, now, cancellationToken);
        var sequence = await ledger.TryReserveAsync(checkpoint, interval.Value, booking.IsPriority, cancellationToken);
        if (!sequence.IsSuccess)
        {
            return sequence.Error;
        }

        // Fees are national: the tariff's day is Kazakhstan's (as the registrar enters it), not the checkpoint's zone.
        var tariff = await tariffs.CurrentAsync(cancellationToken);
        var fee = tariff.FeeFor(FeeKind.PaidReschedule, KazakhstanTime.DayOf(now));
        var moved = booking.Reschedule(checkpoint, interval.Value, sequence.Value, fee, options.PaymentHold, now, journey.BookingCloses, tariff.Version);
        if (!moved.IsSuccess)
        {
            return moved.Error;
        }

        await verificationRecords.AddAsync(checks.Booked(booking.Id, interval.Value.Date, now), cancellationToken);
        var notices = await notifications.NotifyAsync(report, booking.Owner.AccountId, booking.Id, now, cancellationToken);
        return booking.ToDto() with { Notices = notices };
    }
}
