using System.Collections.Concurrent;
using Seo.Application.Common.Ports;
using Seo.Application.Live;

namespace Seo.Projections.Live;

/// <summary>
/// The live views of the embedded default, in this process's memory: no server, empty at start
/// (the rebuild at start fills it). One lock per checkpoint makes each merge, replace and read
/// atomic; checkpoints never wait on each other. Register it as a singleton.
/// </summary>
public sealed class InProcessCheckpointLiveReadModel : ICheckpointLiveReadModel
{
    private readonly ConcurrentDictionary<string, CheckpointState> _checkpoints = new(StringComparer.Ordinal);
    private readonly LiveSignals _signals = new();
    private readonly TimeProvider _clock;
    private readonly int _replayBuffer;

    /// <param name="replayBuffer">How many of the last movements each checkpoint keeps for resumes.</param>
    public InProcessCheckpointLiveReadModel(TimeProvider? clock = null, int replayBuffer = LiveReadModelOptions.DefaultReplayBuffer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replayBuffer, 1);
        _clock = clock ?? TimeProvider.System;
        _replayBuffer = replayBuffer;
    }

    public Task<LiveMovement?> ApplyAsync(string checkpoint, LiveEntry incoming, LiveStamp? stamp, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        ArgumentNullException.ThrowIfNull(incoming);
        cancellationToken.ThrowIfCancellationRequested();
        var state = StateOf(checkpoint);
        LiveMovement? movement = null;
        lock (state.Gate)
        {
            state.Entries.TryGetValue(incoming.Key, out var stored);
            if (incoming.MergeInto(stored) is not { } merge)
            {
                return Task.FromResult<LiveMovement?>(null);
            }

            state.Entries[incoming.Key] = merge.Entry;
            state.LastApplied = stamp ?? state.LastApplied;
            if (merge.Announce)
            {
                movement = LiveMovements.For(++state.Position, stored, merge.Entry);
                state.Append(movement, _replayBuffer);
            }
        }

        if (movement is not null)
        {
            _signals.Pulse(checkpoint);
        }

        return Task.FromResult(movement);
    }

    public Task<LiveSnapshot> ReadAsync(string checkpoint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        cancellationToken.ThrowIfCancellationRequested();
        var state = StateOf(checkpoint);
        lock (state.Gate)
        {
            return Task.FromResult(new LiveSnapshot(state.Position, [.. state.Entries.Values], state.LastApplied));
        }
    }

    public Task<LiveReplay> ReplayAfterAsync(string checkpoint, long after, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        cancellationToken.ThrowIfCancellationRequested();
        var state = StateOf(checkpoint);
        lock (state.Gate)
        {
            if (after == state.Position)
            {
                return Task.FromResult(new LiveReplay(state.Position, true, []));
            }

            // Past the end (another life of the stream) or before what the buffer holds: reload.
            var complete = after < state.Position && state.Buffer.Count > 0 && state.Buffer.Peek().Position <= after + 1;
            IReadOnlyList<LiveMovement> movements = complete ? [.. state.Buffer.Where(m => m.Position > after)] : [];
            return Task.FromResult(new LiveReplay(state.Position, complete, movements));
        }
    }

    public Task<long> ReplaceAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        var state = StateOf(checkpoint);
        long position;
        lock (state.Gate)
        {
            foreach (var key in state.Entries.Keys.Where(LiveKeys.IsRebuilt).ToList())
            {
                state.Entries.Remove(key);
            }

            foreach (var entry in entries)
            {
                state.Entries[entry.Key] = entry;
            }

            position = ++state.Position;
            state.Append(LiveMovements.Reload(position, at), _replayBuffer);
        }

        _signals.Pulse(checkpoint);
        return Task.FromResult(position);
    }

    public Task<int> RemoveAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        var state = StateOf(checkpoint);
        lock (state.Gate)
        {
            var removed = 0;
            foreach (var entry in entries)
            {
                if (state.Entries.TryGetValue(entry.Key, out var stored) && stored == entry)
                {
                    state.Entries.Remove(entry.Key);
                    removed++;
                }
            }

            return Task.FromResult(removed);
        }
    }

    public async Task WaitForMovementAsync(string checkpoint, long after, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        var state = StateOf(checkpoint);
        while (true)
        {
            var next = _signals.Next(checkpoint);
            lock (state.Gate)
            {
                if (state.Position != after)
                {
                    return;
                }
            }

            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private CheckpointState StateOf(string checkpoint) => _checkpoints.GetOrAdd(checkpoint, _ => new CheckpointState(LiveMovements.Origin(_clock)));

    private sealed class CheckpointState(long origin)
    {
        public Lock Gate { get; } = new();

        public Dictionary<string, LiveEntry> Entries { get; } = new(StringComparer.Ordinal);

        public Queue<LiveMovement> Buffer { get; } = new();

        public long Position { get; set; } = origin;

        public LiveStamp? LastApplied { get; set; }

        public void Append(LiveMovement movement, int capacity)
        {
            Buffer.Enqueue(movement);
            while (Buffer.Count > capacity)
            {
                Buffer.Dequeue();
            }
        }
    }
}

/// <summary>Entry keys by kind.</summary>
internal static class LiveKeys
{
    /// <summary>The kinds a rebuild replaces: those the write store holds (bookings and alerts).</summary>
    public static bool IsRebuilt(string key) =>
        key.StartsWith(LiveVehicle.Kind + ":", StringComparison.Ordinal) || key.StartsWith(LiveAlert.Kind + ":", StringComparison.Ordinal);
}
