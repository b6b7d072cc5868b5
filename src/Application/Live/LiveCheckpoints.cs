using Seo.Application.Checkpoints;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Live;

/// <summary>The checkpoint a live query is about, and its local day.</summary>
internal static class LiveCheckpoints
{
    /// <summary>From the reference-data catalog: a live query reads no checkpoint from the write store, and tracks none.</summary>
    public static Task<Checkpoint?> FindAsync(this CheckpointCatalog checkpoints, string code, CancellationToken cancellationToken) =>
        checkpoints.FindAsync(CheckpointCode.Create(code).Value, cancellationToken);

    public static DateOnly Today(this Checkpoint checkpoint, TimeProvider clock) => DateOnly.FromDateTime(checkpoint.LocalTime(clock.GetUtcNow()));
}
