using Seo.Application.Common.Ports;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

/// <summary>
/// The checkpoints as queries and read-ahead steps see them: reference data (R5), read from the
/// write store at most once per <see cref="Freshness"/> in each instance instead of once per
/// request, so that an availability read or a booking's pre-transaction read costs no query for
/// them. A change to a checkpoint shows at once in the instance that made it (its commit drops the
/// reading) and within <see cref="Freshness"/> in the others; commands read the write store
/// itself, so nothing is decided on an older copy.
/// </summary>
public sealed class CheckpointCatalog(IRepository<Checkpoint> checkpoints, CheckpointCatalog.Snapshot snapshot, TimeProvider clock)
{
    /// <summary>How long one reading of the checkpoints serves.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(15);

    /// <summary>The checkpoint of <paramref name="code"/>, or null when there is none.</summary>
    public async Task<Checkpoint?> FindAsync(CheckpointCode code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return (await ReadAsync(cancellationToken)).Checkpoints.GetValueOrDefault(code);
    }

    /// <summary>Every checkpoint, in no particular order.</summary>
    public async Task<IReadOnlyCollection<Checkpoint>> AllAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).Checkpoints.Values;

    private async Task<Reading> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reading = snapshot.Current;
        if (reading is null || now - reading.ReadAt >= Freshness || now < reading.ReadAt)
        {
            // Untracked copies: they outlive the request's context and are only ever read.
            var all = await checkpoints.ListAsync(new AllCheckpointsSpec(), cancellationToken);
            reading = new Reading(all.ToDictionary(c => c.Id), now);
            snapshot.Current = reading;
        }

        return reading;
    }

    /// <summary>The instance's last reading; one per process, shared by every request's catalog.</summary>
    public sealed class Snapshot
    {
        private volatile Reading? _current;

        internal Reading? Current
        {
            get => _current;
            set => _current = value;
        }

        /// <summary>Drops the reading, so that the next read takes the checkpoints afresh: called once a change to one has committed.</summary>
        public void Invalidate() => _current = null;
    }

    internal sealed record Reading(Dictionary<CheckpointCode, Checkpoint> Checkpoints, DateTimeOffset ReadAt);
}
