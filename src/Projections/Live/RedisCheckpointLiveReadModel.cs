using System.Globalization;
using System.Text.Json;
using Seo.Application.Common.Ports;
using Seo.Application.Live;
using StackExchange.Redis;

namespace Seo.Projections.Live;

/// <summary>
/// The live views in Redis, shared by every API instance and the projections worker. Per
/// checkpoint (hash tag <c>{CODE}</c>, one shard): a hash of entries by key (JSON), the position,
/// the replay buffer (a sorted set by position) and the last stamp. The merge runs here, in .NET,
/// and is written by a compare-and-set script (<see cref="RedisLiveScripts.Apply"/>): a concurrent
/// writer of the same entry makes the write refuse, and the merge runs again on what it wrote.
/// Movements are published on <c>{prefix}moved</c>, which wakes the streams of every instance.
/// </summary>
public sealed class RedisCheckpointLiveReadModel : ICheckpointLiveReadModel, IDisposable
{
    public const string DefaultPrefix = "seo:live:";

    private const int MaxMergeAttempts = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly TimeProvider _clock;
    private readonly int _replayBuffer;
    private readonly LiveSignals _signals = new();
    private readonly RedisChannel _channel;
    private readonly Lazy<Task> _subscription;

    public RedisCheckpointLiveReadModel(IConnectionMultiplexer redis, string keyPrefix = DefaultPrefix, TimeProvider? clock = null, int replayBuffer = LiveReadModelOptions.DefaultReplayBuffer)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPrefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(replayBuffer, 1);
        _redis = redis;
        _prefix = keyPrefix;
        _clock = clock ?? TimeProvider.System;
        _replayBuffer = replayBuffer;
        _channel = RedisChannel.Literal(keyPrefix + "moved");
        _subscription = new Lazy<Task>(() => _redis.GetSubscriber().SubscribeAsync(_channel, (_, checkpoint) => _signals.Pulse(checkpoint.ToString())));
    }

    public async Task<LiveMovement?> ApplyAsync(string checkpoint, LiveEntry incoming, LiveStamp? stamp, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        ArgumentNullException.ThrowIfNull(incoming);
        var keys = KeysOf(checkpoint);
        var database = Database;
        for (var attempt = 0; attempt < MaxMergeAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = await database.HashGetAsync(keys[0], incoming.Key).WaitAsync(cancellationToken).ConfigureAwait(false);
            var stored = raw.IsNullOrEmpty ? null : Deserialize(raw.ToString());
            if (incoming.MergeInto(stored) is not { } merge)
            {
                return null;
            }

            // The movement's position is the script's to give; it is stored as "position|movement".
            var movement = LiveMovements.For(0, stored, merge.Entry);
            var result = (long)await database.ScriptEvaluateAsync(
                RedisLiveScripts.Apply,
                keys,
                [
                    incoming.Key, raw.IsNullOrEmpty ? string.Empty : raw, JsonSerializer.Serialize(merge.Entry, Json),
                    stamp is null ? string.Empty : JsonSerializer.Serialize(stamp, Json), merge.Announce ? "1" : "0",
                    JsonSerializer.Serialize(movement, Json), _replayBuffer, LiveMovements.Origin(_clock), _channel.ToString(), checkpoint,
                ]).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (result >= 0)
            {
                return result == 0 ? null : movement with { Position = result };
            }
        }

        throw new InvalidOperationException($"The live entry {incoming.Key} of {checkpoint} kept changing under {MaxMergeAttempts} merges.");
    }

    public async Task<LiveSnapshot> ReadAsync(string checkpoint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = KeysOf(checkpoint);

        // One transaction: the entries, position and stamp are one state.
        var transaction = Database.CreateTransaction();
        var entries = transaction.HashGetAllAsync(keys[0]);
        var position = transaction.StringGetAsync(keys[1]);
        var stamp = transaction.StringGetAsync(keys[3]);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var stampValue = await stamp.ConfigureAwait(false);
        return new LiveSnapshot(
            PositionOf(await position.ConfigureAwait(false)),
            [.. (await entries.ConfigureAwait(false)).Select(entry => Deserialize(entry.Value.ToString()))],
            stampValue.IsNullOrEmpty ? null : JsonSerializer.Deserialize<LiveStamp>(stampValue.ToString(), Json));
    }

    public async Task<LiveReplay> ReplayAfterAsync(string checkpoint, long after, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        cancellationToken.ThrowIfCancellationRequested();
        var result = (RedisResult[])(await Database.ScriptEvaluateAsync(
            RedisLiveScripts.Replay, KeysOf(checkpoint), [after, 0]).WaitAsync(cancellationToken).ConfigureAwait(false))!;
        var position = long.Parse(result[0].ToString(), CultureInfo.InvariantCulture);
        if (after == position)
        {
            return new LiveReplay(position, true, []);
        }

        var first = result[1].ToString();
        var complete = after < position && first.Length > 0 && Unpack(first).Position <= after + 1;
        IReadOnlyList<LiveMovement> movements = complete ? [.. ((RedisResult[])result[2]!).Select(member => Unpack(member.ToString()))] : [];
        return new LiveReplay(position, complete, movements);
    }

    public async Task<long> ReplaceAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        RedisValue[] arguments =
        [
            JsonSerializer.Serialize(LiveMovements.Reload(0, at), Json), _replayBuffer, LiveMovements.Origin(_clock), _channel.ToString(), checkpoint,
            .. entries.SelectMany(entry => new RedisValue[] { entry.Key, JsonSerializer.Serialize(entry, Json) }),
        ];
        return (long)await Database.ScriptEvaluateAsync(RedisLiveScripts.Replace, KeysOf(checkpoint), arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RemoveAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        if (entries.Count == 0)
        {
            return 0;
        }

        // Compared as stored: read the stored text, and remove it only if it still decodes to the entry given.
        var keys = KeysOf(checkpoint);
        var stored = await Database.HashGetAsync(keys[0], [.. entries.Select(entry => (RedisValue)entry.Key)]).WaitAsync(cancellationToken).ConfigureAwait(false);
        var pairs = entries.Zip(stored)
            .Where(pair => !pair.Second.IsNullOrEmpty && Deserialize(pair.Second.ToString()) == pair.First)
            .SelectMany(pair => new[] { (RedisValue)pair.First.Key, pair.Second })
            .ToArray();
        return pairs.Length == 0
            ? 0
            : (int)await Database.ScriptEvaluateAsync(RedisLiveScripts.Remove, [keys[0]], pairs).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WaitForMovementAsync(string checkpoint, long after, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        await _subscription.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var position = KeysOf(checkpoint)[1];
        while (true)
        {
            var next = _signals.Next(checkpoint);
            if (PositionOf(await Database.StringGetAsync(position).WaitAsync(cancellationToken).ConfigureAwait(false)) != after)
            {
                return;
            }

            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_subscription.IsValueCreated)
        {
            _redis.GetSubscriber().Unsubscribe(_channel);
        }
    }

    private IDatabase Database => _redis.GetDatabase();

    /// <summary>A checkpoint with no movement yet is at 0; its first movement starts at the origin (<see cref="LiveMovements.Origin"/>).</summary>
    private static long PositionOf(RedisValue stored) =>
        stored.IsNullOrEmpty ? 0 : long.Parse(stored.ToString(), CultureInfo.InvariantCulture);

    /// <summary>Entries, position, stream, stamp: under one hash tag, so a script may touch them all in a cluster.</summary>
    private RedisKey[] KeysOf(string checkpoint)
    {
        var root = $"{_prefix}{{{checkpoint}}}:";
        return [root + "entries", root + "position", root + "stream", root + "stamp"];
    }

    private static LiveEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<LiveEntry>(json, Json) ?? throw new JsonException("An empty live entry is stored.");

    private static LiveMovement Unpack(string member)
    {
        var bar = member.IndexOf('|', StringComparison.Ordinal);
        var movement = JsonSerializer.Deserialize<LiveMovement>(member.AsSpan(bar + 1), Json) ?? throw new JsonException("An empty live movement is stored.");
        return movement with { Position = long.Parse(member.AsSpan(0, bar), CultureInfo.InvariantCulture) };
    }
}
