using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Vehicles;
using Seo.Domain.Verification;

namespace Seo.Application.Bookings.Create;

/// <summary>
/// What a new booking's request must be before any registry is asked or any place is taken, in
/// the order it is judged: the owner may book (R15, R27), the checkpoint exists, the vehicle is a
/// truck (R3) and the drivers are well formed, a claimed priority ground is proved (R6), and a
/// given interval is one that may be booked (R22). One list, so that the registries are never
/// asked about a request the handler refuses on these grounds, and the two never drift apart
/// (the drivers' documents are judged later, with the registries' answers, so that a refusal for
/// an expiring document is a check record of its own, R16.4 with R20): <see cref="CreateBookingChecks"/> runs it
/// before the transaction, untracked, with the catalog's checkpoints; the handler runs it again
/// inside the transaction against the write store, because only what is read there decides.
/// </summary>
public sealed class CreateBookingEligibility(
    BookingOwnerAccount owners,
    CheckpointCatalog catalog,
    IRepository<Checkpoint> checkpoints,
    PriorityGrounds priorityGrounds,
    JourneyPolicy journey)
{
    public async Task<Result<EligibleBookingRequest>> CheckAsync(CreateBooking command, Reading reading, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var beforeTransaction = reading == Reading.BeforeTransaction;
        var owner = await owners.ResolveAsync(command.OnBehalfOf, readOnly: beforeTransaction, cancellationToken);
        if (!owner.IsSuccess)
        {
            return owner.Error;
        }

        var account = owner.Value;
        if (account.MayBook() is { IsSuccess: false } debt)
        {
            return debt.Error;
        }

        var code = CheckpointCode.Create(command.Checkpoint).Value;
        var checkpoint = beforeTransaction
            ? await catalog.FindAsync(code, cancellationToken)
            : await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(code), cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var vehicle = command.Vehicle!.ToVehicle();
        if (!vehicle.IsSuccess)
        {
            return vehicle.Error;
        }

        var drivers = command.Drivers!.ToDrivers();
        if (!drivers.IsSuccess)
        {
            return drivers.Error;
        }

        var priority = command.Priority ?? PriorityCategory.None;
        var cargo = command.Cargo.ToCargo();
        if (await priorityGrounds.ProveAsync(priority, vehicle.Value, cargo, account.AsBookingOwner(), cancellationToken) is { IsSuccess: false } unproved)
        {
            return unproved.Error;
        }

        BookedInterval? requested = null;
        if (command.Date is { } date)
        {
            var given = RequestedInterval(checkpoint, date, command.Start, now);
            if (!given.IsSuccess)
            {
                return given.Error;
            }

            requested = given.Value;
        }

        return new EligibleBookingRequest(account, checkpoint, vehicle.Value, drivers.Value, priority, cargo, requested, new IdentityDocumentValidity(drivers.Value));
    }

    /// <summary>R22: the given interval is one of the checkpoint's, within the horizon, and its booking has not closed.</summary>
    private Result<BookedInterval> RequestedInterval(Checkpoint checkpoint, DateOnly date, string? start, DateTimeOffset now)
    {
        var interval = BookedInterval.Create(checkpoint, date, CreateBookingValidator.ParseStart(start));
        if (!interval.IsSuccess)
        {
            return interval.Error;
        }

        var horizon = new BookingHorizonRule(checkpoint, interval.Value, now, journey.BookingCloses).Check();
        return horizon.IsSuccess ? interval.Value : horizon.Error;
    }

    /// <summary>Where the list is run, which decides where it reads.</summary>
    public enum Reading
    {
        /// <summary>Before the transaction, to plan the registry checks: untracked reads, the catalog's checkpoints.</summary>
        BeforeTransaction,

        /// <summary>Inside the transaction, where the request is decided: the write store.</summary>
        InTransaction,
    }
}

/// <summary>A request that passed <see cref="CreateBookingEligibility"/>, with what it read and parsed on the way; <paramref name="Documents"/> still to be judged against the booked date.</summary>
public sealed record EligibleBookingRequest(
    Account Account,
    Checkpoint Checkpoint,
    Vehicle Vehicle,
    IReadOnlyList<Driver> Drivers,
    PriorityCategory Priority,
    Cargo Cargo,
    BookedInterval? Requested,
    IdentityDocumentValidity Documents);
