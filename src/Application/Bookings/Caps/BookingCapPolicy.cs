using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Draws;
using Seo.Application.Draws.Common;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Caps;

/// <summary>
/// The per-account caps (<see cref="BookingCapOptions"/>): unpaid holds per account, active
/// bookings per account and checkpoint-day, and the cool-down of a vehicle after a cancel or an
/// expired hold. While a cap counts per account, every check enters the account's
/// <see cref="IAccountBookingGate"/> first, inside the command's transaction, so what it counts
/// cannot change under it until the transaction ends: two parallel requests of one account are
/// decided one after the other. With those caps off nothing is counted and nothing waits. Entries waiting
/// for a day's draw (docs/fair-release.md) count like unpaid holds and like bookings of their day.
/// </summary>
public sealed class BookingCapPolicy(IRepository<Booking> bookings, IRepository<DrawEntry> entries, IAccountBookingGate gate, BookingCapOptions options)
{
    /// <summary>
    /// Whether the account may hold one more booking of <paramref name="vehicle"/>: its unpaid
    /// holds, the vehicle's cool-down and, when the date is known, its share of that checkpoint-day.
    /// </summary>
    public async Task<Result> MayHoldAsync(
        AccountId account, Vehicle vehicle, CheckpointCode checkpoint, DateOnly? date, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        if (options.CountsPerAccount)
        {
            await gate.EnterAsync(account, cancellationToken);
        }

        var unpaid = options.MaxUnpaidHoldsPerAccount > 0
            ? await bookings.CountAsync(new UnpaidHoldsOfAccountSpec(account, now), cancellationToken)
                + await entries.CountAsync(new PendingEntriesOfAccountSpec(account.Value), cancellationToken)
            : 0;
        var holds = new UnpaidHoldsCapRule(unpaid, options.MaxUnpaidHoldsPerAccount).Check();
        if (!holds.IsSuccess)
        {
            return holds;
        }

        var coolDown = new VehicleCoolDownRule(await CoolingUntilAsync(vehicle, now, cancellationToken), now).Check();
        if (!coolDown.IsSuccess || date is not { } day)
        {
            return coolDown;
        }

        return await DayShareAsync(account, checkpoint, day, now, except: null, cancellationToken);
    }

    /// <summary>Whether moving <paramref name="booking"/> to <paramref name="date"/> keeps its owner within the day's share.</summary>
    public async Task<Result> MayMoveAsync(Booking booking, DateOnly date, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (options.MaxBookingsPerAccountPerCheckpointDay <= 0)
        {
            return Result.Success();
        }

        await gate.EnterAsync(booking.Owner.AccountId, cancellationToken);
        return await DayShareAsync(booking.Owner.AccountId, booking.Checkpoint, date, now, booking.Id, cancellationToken);
    }

    /// <summary>The days between two dates on which the account has used up its share: the first-free search skips them.</summary>
    public async Task<IReadOnlySet<DateOnly>> DaysAtShareAsync(
        AccountId account, CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.MaxBookingsPerAccountPerCheckpointDay <= 0)
        {
            return new HashSet<DateOnly>();
        }

        var counts = await CountsByDayAsync(account, checkpoint, firstDate, lastDate, now, null, cancellationToken);
        return counts.Where(c => c.Value >= options.MaxBookingsPerAccountPerCheckpointDay).Select(c => c.Key).ToHashSet();
    }

    private async Task<Result> DayShareAsync(
        AccountId account, CheckpointCode checkpoint, DateOnly date, DateTimeOffset now, BookingId? except, CancellationToken cancellationToken)
    {
        if (options.MaxBookingsPerAccountPerCheckpointDay <= 0)
        {
            return Result.Success();
        }

        var counts = await CountsByDayAsync(account, checkpoint, date, date, now, except, cancellationToken);
        return new CheckpointDayShareRule(counts.GetValueOrDefault(date), options.MaxBookingsPerAccountPerCheckpointDay, date).Check();
    }

    private async Task<Dictionary<DateOnly, int>> CountsByDayAsync(
        AccountId account, CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, DateTimeOffset now, BookingId? except, CancellationToken cancellationToken)
    {
        var dates = await bookings.ListAsync(new ActiveBookingDatesOfAccountSpec(account, checkpoint, firstDate, lastDate, now, except), cancellationToken);
        var entered = await entries.ListAsync(new PendingEntryDatesOfAccountSpec(account.Value, checkpoint.Value, firstDate, lastDate), cancellationToken);
        return dates.Concat(entered).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Until when the vehicle cools down: the latest end of a recent cancel or expired hold, plus the cool-down.</summary>
    private async Task<DateTimeOffset?> CoolingUntilAsync(Vehicle vehicle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.VehicleCoolDown <= TimeSpan.Zero)
        {
            return null;
        }

        var released = await bookings.ListAsync(
            new RecentlyReleasedHoldsOfVehicleSpec(vehicle.Vin, vehicle.CountryOfRegistration, vehicle.Plate, now - options.VehicleCoolDown, now), cancellationToken);
        var ends = released.Select(b => (b.Status == BookingStatus.Cancelled ? b.ClosedAt : b.HoldExpiresAt) + options.VehicleCoolDown).Where(e => e > now).ToList();
        return ends.Count == 0 ? null : ends.Max();
    }
}
