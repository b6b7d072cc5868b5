using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Live;

/// <summary>The checkpoint a live query is about, and its local day.</summary>
internal static class LiveCheckpoints
{
    public static Task<Checkpoint?> FindAsync(this IRepository<Checkpoint> checkpoints, string code, CancellationToken cancellationToken) =>
        checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(code).Value), cancellationToken);

    public static DateOnly Today(this Checkpoint checkpoint, TimeProvider clock) => DateOnly.FromDateTime(checkpoint.LocalTime(clock.GetUtcNow()));
}
