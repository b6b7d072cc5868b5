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
/// A request the handler will refuse anyway (the whole <see cref="CreateBookingEligibility"/>
/// list, and R21) asks no registry. Nothing read here is trusted later: the handler runs the same
/// list again inside the transaction and decides there.
/// </summary>
public sealed class CreateBookingChecks(
    CreateBookingEligibility eligibility,
    IRepository<Booking> bookings,
    ICurrentUser currentUser,
    TimeProvider clock) : IVerificationSubjectReader<CreateBooking>
{
    public async Task<PlannedChecks?> ReadAsync(CreateBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var eligible = await eligibility.CheckAsync(command, CreateBookingEligibility.Reading.BeforeTransaction, now, cancellationToken);
        if (!eligible.IsSuccess)
        {
            return null;
        }

        var (account, checkpoint, vehicle, drivers, priority, cargo, requested, _) = eligible.Value;

        // R21; an unpaid hold that ran out does not count (the handler expires it).
        var holds = await bookings.ListAsync(
            new ActiveBookingsOfVehicleSpec(vehicle.Vin, vehicle.CountryOfRegistration, vehicle.Plate, readOnly: true), cancellationToken);
        if (holds.Any(b => !(b.Status == BookingStatus.AwaitingPayment && b.HoldExpiresAt <= now)))
        {
            return null;
        }

        var subject = new VerificationSubject(
            account.AsBookingOwner(),
            vehicle,
            drivers,
            CreateBookingHandler.CheckedDate(checkpoint, requested, command.FirstFreeFrom, now),
            cargo,
            priority);
        // Who asked: the caller — a dispatcher asking for its organisation is named, not the organisation (R15).
        return new PlannedChecks(currentUser.AccountId ?? account.Id, VerificationPurpose.NewBooking, null, checkpoint.Id, subject);
    }
}
