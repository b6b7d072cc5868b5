using Microsoft.EntityFrameworkCore;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Infrastructure.Persistence.Outbox;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Persistence.Capacity;

/// <summary>
/// Takes and gives back capacity with conditional updates inside the command's transaction:
/// <c>Booked = Booked + 1 WHERE Booked &lt; Capacity</c> either takes a place or touches no
/// row, so two requests can never both take the last one, on any provider.
/// <para>
/// Every update of an interval row also raises its <see cref="CapacitySlot.Version"/>, and the
/// row as this transaction leaves it goes to the outbox as a <see cref="SlotCountChanged"/>, in
/// the same transaction: the availability read model learns of exactly the changes that commit.
/// </para>
/// </summary>
internal sealed class CapacityLedger(SeoDbContext db, CapacityDayOpener opener, PriorityLimits priorityLimits, TimeProvider clock) : ICapacityLedger
{
    public async Task<Result<int>> TryReserveAsync(Checkpoint checkpoint, BookedInterval interval, bool priority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(interval);
        var code = checkpoint.Id.Value;
        var day = interval.Date.DayNumber;
        var minute = StartMinute(interval);
        var schedule = checkpoint.CapacityOn(interval.Date);
        await opener.EnsureOpenAsync(code, interval.Date, schedule, token => priorityLimits.ForAsync(checkpoint, interval.Date, schedule, token), cancellationToken);

        var taken = await db.CapacitySlots
            .Where(s => s.Checkpoint == code && s.Day == day && s.StartMinute == minute && s.Booked < s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked + 1).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (taken == 0)
        {
            return CapacityErrors.SlotFull;
        }

        // R6: the day's priority share is taken by the same kind of conditional update. When it
        // is used up the place taken above is given back at once, so a caller that goes on to
        // try another day inside the same transaction (first-free search) leaves nothing behind.
        if (priority)
        {
            var quota = await db.CapacityDays
                .Where(d => d.Checkpoint == code && d.Day == day && d.PriorityBooked < d.PriorityLimit)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.PriorityBooked, x => x.PriorityBooked + 1), cancellationToken);
            if (quota == 0)
            {
                await db.CapacitySlots
                    .Where(s => s.Checkpoint == code && s.Day == day && s.StartMinute == minute)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked - 1).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
                // The row is back where it was, but at a new version: report it, so that the
                // event stream and the versions stay one to one (a caller that commits this
                // transaction publishes the row as it stands).
                await RecordChangeAsync(code, day, minute, cancellationToken);
                return CapacityErrors.PriorityQuotaExhausted;
            }

            await db.CapacitySlots
                .Where(s => s.Checkpoint == code && s.Day == day && s.StartMinute == minute)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PriorityBooked, x => x.PriorityBooked + 1).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        }

        await RecordChangeAsync(code, day, minute, cancellationToken);

        // R20: the day's sequence number, taken and read in one statement; the row stays locked
        // by this transaction until it ends.
        var sql = SqlDialect.Of(db);
        var next = sql.UpdateReturning(
            "CapacityDays",
            $"{sql.Quote("LastSequenceNumber")} = {sql.Quote("LastSequenceNumber")} + 1",
            $"{sql.Quote("Checkpoint")} = @p0 AND {sql.Quote("Day")} = @p1",
            "LastSequenceNumber");
#pragma warning disable EF1002 // Identifiers only; the checkpoint and day are parameters.
        var numbers = await db.Database.SqlQueryRaw<int>(next, code, day).ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return numbers.Single();
    }

    public async Task ReleaseAsync(CheckpointCode checkpoint, BookedInterval interval, bool priority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(interval);
        var code = checkpoint.Value;
        var day = interval.Date.DayNumber;
        var minute = StartMinute(interval);
        var changed = await db.CapacitySlots
            .Where(s => s.Checkpoint == code && s.Day == day && s.StartMinute == minute && s.Booked > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked - 1).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (priority)
        {
            changed += await db.CapacitySlots
                .Where(s => s.Checkpoint == code && s.Day == day && s.StartMinute == minute && s.PriorityBooked > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PriorityBooked, x => x.PriorityBooked - 1).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
            await db.CapacityDays
                .Where(d => d.Checkpoint == code && d.Day == day && d.PriorityBooked > 0)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.PriorityBooked, x => x.PriorityBooked - 1), cancellationToken);
        }

        if (changed > 0)
        {
            await RecordChangeAsync(code, day, minute, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SlotCount>> ReviseDayAsync(
        CheckpointCode checkpoint, DateOnly localDate, CapacitySchedule schedule, int priorityLimit, TimeOnly from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(schedule);
        var code = checkpoint.Value;
        if (await opener.EnsureOpenAsync(code, localDate, schedule, priorityLimit, cancellationToken))
        {
            // Opened here on the new schedule: nothing booked, and version 0 needs no event.
            return [];
        }

        var day = localDate.DayNumber;
        var firstMinute = CapacitySlot.MinuteOf(from);
        var offered = schedule.IntervalStarts().Select(CapacitySlot.MinuteOf).Where(minute => minute >= firstMinute).ToList();
        var places = schedule.VehiclesPerInterval;
        var before = await SlotsOfDay(code, day).ToDictionaryAsync(s => s.StartMinute, s => s.Version, cancellationToken);

        // Conditional like every ledger update: a booking taking a place at the same moment either
        // commits first (and is counted below) or waits for this transaction and meets the new capacity.
        await db.CapacitySlots
            .Where(s => s.Checkpoint == code && s.Day == day && s.StartMinute >= firstMinute && offered.Contains(s.StartMinute) && s.Capacity != places)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, places).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        await db.CapacitySlots
            .Where(s => s.Checkpoint == code && s.Day == day && s.StartMinute >= firstMinute && !offered.Contains(s.StartMinute) && s.Capacity != 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 0).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        foreach (var minute in offered.Where(minute => !before.ContainsKey(minute)))
        {
            await InsertSlotIfMissingAsync(code, day, minute, places, cancellationToken);
        }

        await db.CapacityDays
            .Where(d => d.Checkpoint == code && d.Day == day)
            .ExecuteUpdateAsync(
                d => d.SetProperty(x => x.Throughput, schedule.DailyThroughput).SetProperty(x => x.PriorityLimit, priorityLimit),
                cancellationToken);

        var after = await SlotsOfDay(code, day).ToListAsync(cancellationToken);
        foreach (var slot in after.Where(s => before.TryGetValue(s.StartMinute, out var version) ? s.Version != version : s.Version > 0))
        {
            db.OutboxMessages.Add(OutboxMessageOf(new SlotCountChanged(ToCount(slot))));
        }

        return [.. after.Where(s => s.Booked > s.Capacity).Select(ToCount)];
    }

    public async Task<IReadOnlyDictionary<DateOnly, int>> PriorityLimitsAsync(
        CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var code = checkpoint.Value;
        var days = await db.CapacityDays
            .AsNoTracking()
            .Where(d => d.Checkpoint == code && d.Day >= firstDate.DayNumber && d.Day <= lastDate.DayNumber)
            .Select(d => new { d.Day, d.PriorityLimit })
            .ToListAsync(cancellationToken);
        return days.ToDictionary(d => DateOnly.FromDayNumber(d.Day), d => d.PriorityLimit);
    }

    public async Task<IReadOnlySet<(DateOnly Date, TimeOnly Start)>> FullIntervalsAsync(
        CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var code = checkpoint.Value;
        var full = await db.CapacitySlots
            .AsNoTracking()
            .Where(s => s.Checkpoint == code && s.Day >= firstDate.DayNumber && s.Day <= lastDate.DayNumber && s.Booked >= s.Capacity)
            .Select(s => new { s.Day, s.StartMinute })
            .ToListAsync(cancellationToken);
        return full.Select(s => (DateOnly.FromDayNumber(s.Day), CapacitySlot.StartAt(s.StartMinute))).ToHashSet();
    }

    public async Task<IReadOnlyList<SlotCount>> SlotCountsAsync(
        CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var code = checkpoint.Value;
        var slots = await db.CapacitySlots
            .AsNoTracking()
            .Where(s => s.Checkpoint == code && s.Day >= firstDate.DayNumber && s.Day <= lastDate.DayNumber)
            .OrderBy(s => s.Day).ThenBy(s => s.StartMinute)
            .ToListAsync(cancellationToken);
        return [.. slots.Select(s => ToCount(s))];
    }

    /// <summary>
    /// Adds the row as this transaction leaves it to the outbox. The read is exact: the update
    /// just before it locked the row (SQLite: the whole file) for this transaction. A row
    /// changed twice in one transaction (a refused priority place given back, then another
    /// interval tried; a reschedule) keeps one event, its last state, so each committed change
    /// of a row is one event.
    /// </summary>
    private async Task RecordChangeAsync(string code, int day, int minute, CancellationToken cancellationToken)
    {
        var slot = await db.CapacitySlots
            .AsNoTracking()
            .SingleAsync(s => s.Checkpoint == code && s.Day == day && s.StartMinute == minute, cancellationToken);
        var changed = new SlotCountChanged(ToCount(slot));
        var stream = OutboxMessage.StreamOf(changed.AggregateId);
        foreach (var earlier in db.ChangeTracker.Entries<OutboxMessage>()
            .Where(m => m.State == EntityState.Added && m.Entity.AggregateType == SlotCountChanged.AggregateType && OutboxMessage.StreamOf(m.Entity.AggregateId) == stream)
            .ToList())
        {
            earlier.State = EntityState.Detached;
        }

        db.OutboxMessages.Add(OutboxMessageOf(changed));
    }

    private OutboxMessage OutboxMessageOf(SlotCountChanged changed) => new()
    {
        EventId = Guid.NewGuid(),
        Type = SlotCountChanged.EventType,
        AggregateType = SlotCountChanged.AggregateType,
        AggregateId = changed.AggregateId,
        Payload = changed.ToPayload(),
        OccurredAt = clock.GetUtcNow(),
    };

    private IQueryable<CapacitySlot> SlotsOfDay(string code, int day) =>
        db.CapacitySlots.AsNoTracking().Where(s => s.Checkpoint == code && s.Day == day).OrderBy(s => s.StartMinute);

    private Task<int> InsertSlotIfMissingAsync(string code, int day, int minute, int places, CancellationToken cancellationToken)
    {
        var sql = SqlDialect.Of(db);
        var insert = sql.InsertIfMissing(
            "CapacitySlots",
            ["Checkpoint", "Day", "StartMinute", "Capacity", "Booked", "PriorityBooked", "Version"],
            ["@p0", "@p1", "@p2", "@p3", "0", "0", "0"],
            $"{sql.Quote("Checkpoint")} = @p0 AND {sql.Quote("Day")} = @p1 AND {sql.Quote("StartMinute")} = @p2");
#pragma warning disable EF1002 // Identifiers only; every value is a parameter.
        return db.Database.ExecuteSqlRawAsync(insert, [code, day, minute, places], cancellationToken);
#pragma warning restore EF1002
    }

    private static SlotCount ToCount(CapacitySlot slot) =>
        new(slot.Checkpoint, DateOnly.FromDayNumber(slot.Day), slot.StartMinute, slot.Capacity, slot.Booked, slot.PriorityBooked, slot.Version);

    private static int StartMinute(BookedInterval interval) => CapacitySlot.MinuteOf(interval.Start);
}
