using Microsoft.EntityFrameworkCore;
using Seo.Domain.Checkpoints;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Persistence.Capacity;

/// <summary>
/// Creates a checkpoint-day's ledger rows the first time anyone books it: the day row is
/// inserted only if missing (a statement that cannot fail on a race, so it is safe inside the
/// booking's transaction), and whoever inserted it adds the day's interval rows.
/// Opening writes no <c>SlotCountChanged</c> event: a new row (version 0, nothing booked) is what
/// the availability read model assumes for an interval it holds nothing for.
/// </summary>
internal sealed class CapacityDayOpener(SeoDbContext db)
{
    private static readonly string[] SlotColumns = ["Checkpoint", "Day", "StartMinute", "Capacity", "Booked", "PriorityBooked", "Version"];
    private static readonly string[] DayColumns = ["Checkpoint", "Day", "Throughput", "PriorityLimit", "PriorityBooked", "LastSequenceNumber"];
    private static readonly string[] DayValues = ["@p0", "@p1", "@p2", "@p3", "0", "0"];
    private readonly SqlDialect _sql = SqlDialect.Of(db);

    /// <summary>Opens the day on <paramref name="schedule"/> (the day's, R22) unless it is open; true when this call opened it.</summary>
    public Task<bool> EnsureOpenAsync(string code, DateOnly date, CapacitySchedule schedule, int priorityLimit, CancellationToken cancellationToken) =>
        EnsureOpenAsync(code, date, schedule, _ => Task.FromResult(priorityLimit), cancellationToken);

    /// <param name="priorityLimit">The day's R6 limit, asked only when the day is not open yet (it may read the recent days' throughput).</param>
    public async Task<bool> EnsureOpenAsync(string code, DateOnly date, CapacitySchedule schedule, Func<CancellationToken, Task<int>> priorityLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(priorityLimit);
        var day = date.DayNumber;
        if (await db.CapacityDays.AsNoTracking().AnyAsync(d => d.Checkpoint == code && d.Day == day, cancellationToken))
        {
            return false;
        }

        var inserted = await InsertDayIfMissingAsync(code, day, schedule.DailyThroughput, await priorityLimit(cancellationToken), cancellationToken);
        if (inserted == 0)
        {
            return false;
        }

        var values = schedule.IntervalStarts()
            .Select(start => $"(@p0, @p1, {CapacitySlot.MinuteOf(start)}, {schedule.VehiclesPerInterval}, 0, 0, 0)")
            .ToList();
        var columns = string.Join(", ", SlotColumns.Select(_sql.Quote));
        var sql = $"INSERT INTO {_sql.Quote("CapacitySlots")} ({columns}) VALUES {string.Join(", ", values)}";
#pragma warning disable EF1002 // Only integers computed here are inlined; the checkpoint and day are parameters.
        await db.Database.ExecuteSqlRawAsync(sql, [code, day], cancellationToken);
#pragma warning restore EF1002
        return true;
    }

    private Task<int> InsertDayIfMissingAsync(string code, int day, int throughput, int priorityLimit, CancellationToken cancellationToken)
    {
        var sql = _sql.InsertIfMissing(
            "CapacityDays",
            DayColumns,
            DayValues,
            $"{_sql.Quote("Checkpoint")} = @p0 AND {_sql.Quote("Day")} = @p1");
#pragma warning disable EF1002 // Identifiers only; every value is a parameter.
        return db.Database.ExecuteSqlRawAsync(sql, [code, day, throughput, priorityLimit], cancellationToken);
#pragma warning restore EF1002
    }
}
