using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Create;
using Seo.Application.Checkpoints;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Bookings.Reschedule;

public sealed class RescheduleBookingHandler(
    IRepository<Booking> bookings,
    IRepository<Checkpoint> checkpoints,
    ICapacityLedger ledger,
    ICurrentUser currentUser,
    Tariff tariff,
    BookingOptions options,
    TimeProvider clock) : ICommandHandler<RescheduleBooking, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(RescheduleBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await bookings.OwnBookingAsync(currentUser, command.BookingId, cancellationToken);
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
        var allowed = booking.CanReschedule(checkpoint, interval.Value, now);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var sequence = await ledger.TryReserveAsync(checkpoint, interval.Value, booking.IsPriority, cancellationToken);
        if (!sequence.IsSuccess)
        {
            return sequence.Error;
        }

        var today = DateOnly.FromDateTime(checkpoint.LocalTime(now));
        var moved = booking.Reschedule(checkpoint, interval.Value, sequence.Value, tariff.FeeFor(FeeKind.PaidReschedule, today), options.PaymentHold, now);
        if (!moved.IsSuccess)
        {
            return moved.Error;
        }

        await ledger.ReleaseFreedCapacityAsync(booking, cancellationToken);
        return booking.ToDto();
    }
}
