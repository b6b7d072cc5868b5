using Microsoft.EntityFrameworkCore;
using Seo.Domain.Checkpoints;

namespace Seo.Infrastructure.Persistence.Capacity;

/// <summary>
/// Creates a checkpoint-day's ledger rows the first time anyone books it: the day row is
/// inserted only if missing (a statement that cannot fail on a race, so it is safe inside the
/// booking's transaction), and whoever inserted it adds the day's interval rows.
/// </summary>
internal sealed class CapacityDayOpener(SeoDbContext db)
{
    public async Task EnsureOpenAsync(Checkpoint checkpoint, DateOnly date, int priorityLimit, CancellationToken cancellationToken)
    {
        var code = checkpoint.Id.Value;
        var day = date.DayNumber;
        if (await db.CapacityDays.AsNoTracking().AnyAsync(d => d.Checkpoint == code && d.Day == day, cancellationToken))
        {
            return;
        }

        var schedule = checkpoint.Capacity;
        var inserted = await InsertDayIfMissingAsync(code, day, schedule.DailyThroughput, priorityLimit, cancellationToken);
        if (inserted == 0)
        {
            return;
        }

        var values = schedule.IntervalStarts()
            .Select(start => $"(@p0, @p1, {CapacitySlot.MinuteOf(start)}, {schedule.VehiclesPerInterval}, 0, 0)")
            .ToList();
        var table = Quote("CapacitySlots");
        var sql = $"INSERT INTO {table} ({Quote("Checkpoint")}, {Quote("Day")}, {Quote("StartMinute")}, {Quote("Capacity")}, {Quote("Booked")}, {Quote("PriorityBooked")}) VALUES {string.Join(", ", values)}";
#pragma warning disable EF1002 // Only integers computed here are inlined; the checkpoint and day are parameters.
        await db.Database.ExecuteSqlRawAsync(sql, [code, day], cancellationToken);
#pragma warning restore EF1002
    }

    private Task<int> InsertDayIfMissingAsync(string code, int day, int throughput, int priorityLimit, CancellationToken cancellationToken)
    {
        var columns = $"{Quote("Checkpoint")}, {Quote("Day")}, {Quote("Throughput")}, {Quote("PriorityLimit")}, {Quote("PriorityBooked")}, {Quote("LastSequenceNumber")}";
        var table = Quote("CapacityDays");
        var sql = db.Database.IsSqlServer()
            // UPDLOCK + HOLDLOCK make the existence check and the insert one atomic step.
            ? $"INSERT INTO {table} ({columns}) SELECT @p0, @p1, @p2, @p3, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {Quote("Checkpoint")} = @p0 AND {Quote("Day")} = @p1)"
            // SQLite and PostgreSQL: a conflicting insert waits for the other transaction, then does nothing.
            : $"INSERT INTO {table} ({columns}) VALUES (@p0, @p1, @p2, @p3, 0, 0) ON CONFLICT DO NOTHING";
#pragma warning disable EF1002 // Identifiers only; every value is a parameter.
        return db.Database.ExecuteSqlRawAsync(sql, [code, day, throughput, priorityLimit], cancellationToken);
#pragma warning restore EF1002
    }

    private string Quote(string identifier) => db.Database.IsSqlServer() ? $"[{identifier}]" : $"\"{identifier}\"";
}
