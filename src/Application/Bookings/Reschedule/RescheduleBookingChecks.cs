using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Create;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Verification;

namespace Seo.Application.Bookings.Reschedule;

/// <summary>
/// R20: rescheduling re-runs the checks for the new date, with the subset of the owner's
/// residency (R19) and the booking's own owner, vehicle, drivers, cargo and priority ground.
/// Read before the transaction; a move the handler will refuse anyway (not the caller's booking,
/// not reschedulable, R22, an R6 ground no longer proved) asks no registry.
/// </summary>
public sealed class RescheduleBookingChecks(
    BookingAccess access,
    IRepository<Checkpoint> checkpoints,
    PriorityGrounds priorityGrounds,
    ICurrentUser currentUser,
    JourneyPolicy journey,
    TimeProvider clock) : IVerificationSubjectReader<RescheduleBooking>
{
    public async Task<PlannedChecks?> ReadAsync(RescheduleBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (currentUser.AccountId is not { } caller)
        {
            return null;
        }

        var booking = await access.ActionableAsync(command.BookingId, cancellationToken, readOnly: true);
        var checkpoint = booking is null ? null : await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(booking.Checkpoint), cancellationToken);
        if (booking is null || checkpoint is null)
        {
            return null;
        }

        var interval = BookedInterval.Create(checkpoint, command.Date!.Value, CreateBookingValidator.ParseStart(command.Start));
        if (!interval.IsSuccess || !booking.CanReschedule(checkpoint, interval.Value, clock.GetUtcNow(), journey.BookingCloses).IsSuccess
            || !(await priorityGrounds.ProveAsync(booking.Priority, booking.Vehicle, booking.Cargo, booking.Owner, cancellationToken)).IsSuccess)
        {
            return null;
        }

        var subject = new VerificationSubject(booking.Owner, booking.Vehicle, booking.Drivers, interval.Value.Date, booking.Cargo, booking.Priority);
        return new PlannedChecks(caller, VerificationPurpose.Reschedule, booking.Id, booking.Checkpoint, subject);
    }
}
