using Seo.Application.Live;

namespace Seo.Application.Common.Ports;

/// <summary>When the event behind a change happened, and when the read model applied it (their difference is the projection's lag).</summary>
public sealed record LiveStamp(DateTimeOffset OccurredAt, DateTimeOffset AppliedAt)
{
    public TimeSpan Lag => AppliedAt - OccurredAt;
}

/// <summary>
/// One movement of a checkpoint's stream, at <see cref="Position"/> (strictly increasing per
/// checkpoint): an entry that changed (<see cref="Type"/> = its kind), or <see cref="Reload"/>
/// when the whole view was rebuilt and a client must read the snapshot again.
/// </summary>
public sealed record LiveMovement(long Position, string Type, DateTimeOffset At, LiveEntry? Entry, string? PreviousStatus)
{
    public const string Reload = "reload";
}

/// <summary>Everything a checkpoint's live view holds, as one consistent read.</summary>
public sealed record LiveSnapshot(long Position, IReadOnlyList<LiveEntry> Entries, LiveStamp? LastApplied);

/// <summary>
/// The movements after a position. <see cref="Complete"/> is false when the replay buffer no
/// longer holds all of them (or the position is from another life of the stream): the client
/// must reload the snapshot.
/// </summary>
public sealed record LiveReplay(long Position, bool Complete, IReadOnlyList<LiveMovement> Movements);

/// <summary>
/// The checkpoints' live views (R4, R2.1) and boards (R12, R32): per checkpoint, its bookings on
/// the journey, open alerts, device status, recent camera reads, a position that grows with
/// every movement and a bounded replay buffer of the last movements. Fed from the outbox, which
/// delivers at least once and in no order across aggregates: every write merges through
/// <see cref="LiveEntry.MergeInto"/> atomically per entry, so repeats and late events change
/// nothing. Implementations: in process (the embedded default) and Redis; both pass one
/// conformance suite. An unreachable store is <see cref="ReadModelUnavailableException"/>.
/// </summary>
public interface ICheckpointLiveReadModel
{
    /// <summary>
    /// Merges <paramref name="incoming"/> into the stored entry with the same key. When it changes
    /// something, stores the result and the stamp (unless null: a rebuild's own merge is no event); when the change is announced, appends a
    /// movement at the next position. Returns that movement, or null (nothing changed, or a
    /// change that is not announced).
    /// </summary>
    Task<LiveMovement?> ApplyAsync(string checkpoint, LiveEntry incoming, LiveStamp? stamp, CancellationToken cancellationToken);

    /// <summary>The checkpoint's entries (in no particular order), position and last stamp; empty at position 0 when nothing is stored.</summary>
    Task<LiveSnapshot> ReadAsync(string checkpoint, CancellationToken cancellationToken);

    /// <summary>The movements after <paramref name="after"/> in position order, from the replay buffer.</summary>
    Task<LiveReplay> ReplayAfterAsync(string checkpoint, long after, CancellationToken cancellationToken);

    /// <summary>
    /// Rebuild from the write store: replaces the checkpoint's vehicles and alerts (what the write
    /// store holds) with <paramref name="entries"/>, keeps its devices and camera reads, and appends
    /// a <see cref="LiveMovement.Reload"/> movement; atomic for the checkpoint. Returns its position.
    /// </summary>
    Task<long> ReplaceAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Trims: removes each entry that is still stored exactly as given (a changed one stays). Returns how many went.</summary>
    Task<int> RemoveAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, CancellationToken cancellationToken);

    /// <summary>Completes once the checkpoint's position is past <paramref name="after"/>; cancelled by the token only.</summary>
    Task WaitForMovementAsync(string checkpoint, long after, CancellationToken cancellationToken);
}
