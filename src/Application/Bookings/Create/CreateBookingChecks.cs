using Seo.Application.Accounts;
using Seo.Application.Bookings.Common;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Verification;

namespace Seo.Application.Bookings.Create;

/// <summary>
/// What the registries are asked about a new booking (R19), read before its transaction: the
/// owner, vehicle, drivers, cargo, priority ground and the date the documents must be valid on.
/// A request the handler will refuse anyway (R27 debt, unknown checkpoint, R3, R6 grounds, R21,
/// R22) asks no registry. Nothing read here is trusted later: the handler reads and decides again
/// inside the transaction.
/// </summary>
public sealed class CreateBookingChecks(
    BookingOwnerAccount owners,
    CheckpointCatalog checkpoints,
    IRepository<Booking> bookings,
    PriorityGrounds priorityGrounds,
    ICurrentUser currentUser,
    JourneyPolicy journey,
    TimeProvider clock) : IVerificationSubjectReader<CreateBooking>
{
    public async Task<PlannedChecks?> ReadAsync(CreateBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var owner = await owners.ResolveAsync(command.OnBehalfOf, readOnly: true, cancellationToken);
        var account = owner.IsSuccess ? owner.Value : null;
        var checkpoint = await checkpoints.FindAsync(CheckpointCode.Create(command.Checkpoint).Value, cancellationToken);
        var vehicle = command.Vehicle!.ToVehicle();
        var drivers = command.Drivers!.ToDrivers();
        var priority = command.Priority ?? PriorityCategory.None;
        if (account is null || !account.MayBook().IsSuccess || checkpoint is null || !vehicle.IsSuccess || !drivers.IsSuccess
            || !(await priorityGrounds.ProveAsync(priority, vehicle.Value, command.Cargo.ToCargo(), account.AsBookingOwner(), cancellationToken)).IsSuccess)
        {
            return null;
        }

        BookedInterval? requested = null;
        if (command.Date is { } date)
        {
            var given = CreateBookingHandler.RequestedInterval(checkpoint, date, command.Start, journey, now);
            if (!given.IsSuccess)
            {
                return null;
            }

            requested = given.Value;
        }

        // R21; an unpaid hold that ran out does not count (the handler expires it).
        var holds = await bookings.ListAsync(
            new ActiveBookingsOfVehicleSpec(vehicle.Value.Vin, vehicle.Value.CountryOfRegistration, vehicle.Value.Plate, readOnly: true), cancellationToken);
        if (holds.Any(b => !(b.Status == BookingStatus.AwaitingPayment && b.HoldExpiresAt <= now)))
        {
            return null;
        }

        var subject = new VerificationSubject(
            account.AsBookingOwner(),
            vehicle.Value,
            drivers.Value,
            CreateBookingHandler.CheckedDate(checkpoint, requested, command.FirstFreeFrom, now),
            command.Cargo.ToCargo(),
            priority);
        // Who asked: the caller — a dispatcher asking for its organisation is named, not the organisation (R15).
        return new PlannedChecks(currentUser.AccountId ?? account.Id, VerificationPurpose.NewBooking, null, checkpoint.Id, subject);
    }
}
