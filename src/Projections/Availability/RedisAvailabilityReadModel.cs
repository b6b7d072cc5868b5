using Seo.Application.Common.Ports;
using StackExchange.Redis;

namespace Seo.Projections.Availability;

/// <summary>
/// The availability read model in Redis, shared by every API instance and projection worker.
/// One hash per checkpoint-day (<see cref="RedisAvailabilityKeys"/>), one field per interval
/// (<see cref="RedisSlotValue"/>); writes go through Lua scripts (<see cref="RedisAvailabilityScripts"/>)
/// so the version guard and a day's rebuild are atomic on the server.
/// <para>
/// Failures are not hidden: an unreachable server surfaces as <see cref="RedisConnectionException"/>
/// (or <see cref="RedisTimeoutException"/> when commands wait in the multiplexer's backlog), a
/// refused command as <see cref="RedisServerException"/>. The caller decides: the projector
/// retries its batch later (every write is idempotent), a query may fall back or fail.
/// Redis commands cannot be cancelled once sent; the cancellation token stops further work and
/// the wait for answers, and an apply abandoned that way may still land, which is harmless.
/// </para>
/// </summary>
public sealed class RedisAvailabilityReadModel : IAvailabilityReadModel
{
    /// <summary>Days read in one batch: bounds what is in flight for a wide range.</summary>
    private const int DaysPerBatch = 62;

    /// <summary>Counts per script call: a script blocks the server while it runs, so keep each one short.</summary>
    private const int CountsPerScript = 512;

    /// <summary>The shortest life a written key gets, even for a day already past its retention (a late event, a rebuild of an old day).</summary>
    private static readonly TimeSpan MinimumKeyLife = TimeSpan.FromHours(1);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisAvailabilityKeys _keys;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _keyRetention;

    /// <summary>How long a day's key outlives the day unless configured.</summary>
    public static readonly TimeSpan DefaultKeyRetention = TimeSpan.FromDays(3);

    /// <param name="redis">The shared multiplexer (one per process).</param>
    /// <param name="keyPrefix">Prefix of every key this model touches; tests and co-tenants use their own.</param>
    /// <param name="clock">Where "now" comes from when a day key's expiry is set; the system clock by default.</param>
    /// <param name="keyRetention">How long a day's key outlives the day (3 days by default): past days are not kept forever.</param>
    public RedisAvailabilityReadModel(
        IConnectionMultiplexer redis,
        string keyPrefix = RedisAvailabilityKeys.DefaultPrefix,
        TimeProvider? clock = null,
        TimeSpan? keyRetention = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPrefix);
        _redis = redis;
        _keys = new RedisAvailabilityKeys(keyPrefix);
        _clock = clock ?? TimeProvider.System;
        _keyRetention = keyRetention ?? DefaultKeyRetention;
        ArgumentOutOfRangeException.ThrowIfLessThan(_keyRetention, TimeSpan.Zero, nameof(keyRetention));
    }

    public async Task<int> ApplyAsync(IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken)
    {
        SlotCountRules.ThrowIfInvalid(counts);
        cancellationToken.ThrowIfCancellationRequested();
        var database = Database;

        // One script call per day (in batch order within it), all days sent at once.
        var calls = counts
            .GroupBy(count => (count.Checkpoint, count.Date))
            .SelectMany(day => day.Chunk(CountsPerScript).Select(chunk => database.ScriptEvaluateAsync(
                RedisAvailabilityScripts.ApplyNewer,
                [_keys.Day(day.Key.Checkpoint, day.Key.Date)],
                [KeyLife(day.Key.Date), .. chunk.SelectMany(count => new[] { RedisSlotValue.Field(count.StartMinute), RedisSlotValue.Version(count.Version), RedisSlotValue.Pack(count) })])))
            .ToList();

        var results = await Task.WhenAll(calls).WaitAsync(cancellationToken).ConfigureAwait(false);
        return results.Sum(result => (int)result);
    }

    public async Task<IReadOnlyList<SlotCount>> ReadAsync(string checkpoint, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        SlotCountRules.ThrowIfInvalidCheckpoint(checkpoint);
        var counts = new List<SlotCount>();
        var database = Database;
        foreach (var days in DaysBetween(from, to).Chunk(DaysPerBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = database.CreateBatch();
            var reads = days.Select(date => (Date: date, Entries: batch.HashGetAllAsync(_keys.Day(checkpoint, date)))).ToList();
            batch.Execute();
            await Task.WhenAll(reads.Select(read => read.Entries)).WaitAsync(cancellationToken).ConfigureAwait(false);

            foreach (var (date, entries) in reads)
            {
                // A hash has no order: sort each day by start minute; the days already are in order.
                counts.AddRange((await entries.ConfigureAwait(false))
                    .Select(entry => RedisSlotValue.Unpack(checkpoint, date, entry))
                    .OrderBy(count => count.StartMinute));
            }
        }

        return counts;
    }

    public async Task ReplaceDayAsync(string checkpoint, DateOnly date, IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken)
    {
        SlotCountRules.ThrowIfInvalidDay(checkpoint, date, counts);
        cancellationToken.ThrowIfCancellationRequested();

        // One script: a day has at most 1 440 intervals, and the rebuild must be all or nothing.
        RedisValue[] fieldsAndValues = [KeyLife(date), .. counts.SelectMany(count => new[] { RedisSlotValue.Field(count.StartMinute), RedisSlotValue.Pack(count) })];
        await Database.ScriptEvaluateAsync(RedisAvailabilityScripts.ReplaceDay, [_keys.Day(checkpoint, date)], fieldsAndValues)
            .WaitAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private IDatabase Database => _redis.GetDatabase();

    /// <summary>
    /// Seconds until a day's key may go: the retention after the day's end, the end taken as the
    /// next midnight UTC, which is never before the end at a checkpoint (all are east of UTC).
    /// Set in the same script as the write, so no key is ever left without an expiry.
    /// </summary>
    private RedisValue KeyLife(DateOnly date)
    {
        var end = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
        var life = end + _keyRetention - _clock.GetUtcNow();
        return (long)Math.Ceiling(Math.Max(life.TotalSeconds, MinimumKeyLife.TotalSeconds));
    }

    private static IEnumerable<DateOnly> DaysBetween(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            yield return date;
            if (date == DateOnly.MaxValue)
            {
                yield break;
            }
        }
    }
}
