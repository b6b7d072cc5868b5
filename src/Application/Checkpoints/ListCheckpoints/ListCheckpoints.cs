using Mediator;

namespace Seo.Application.Checkpoints.ListCheckpoints;

/// <summary>The 41 road checkpoints of the appendix (R5) with the capacity each sells today (R22).</summary>
public sealed record ListCheckpoints : IQuery<IReadOnlyList<CheckpointDto>>;

/// <summary>Reads the reference-data catalog, not the write store: a change shows within <see cref="CheckpointCatalog.Freshness"/>.</summary>
public sealed class ListCheckpointsHandler(CheckpointCatalog checkpoints, TimeProvider clock) : IQueryHandler<ListCheckpoints, IReadOnlyList<CheckpointDto>>
{
    public async ValueTask<IReadOnlyList<CheckpointDto>> Handle(ListCheckpoints query, CancellationToken cancellationToken)
    {
        var all = await checkpoints.AllAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. all.OrderBy(c => c.NeighbourCountry, StringComparer.Ordinal).ThenBy(c => c.Id.Value, StringComparer.Ordinal).Select(c => c.ToDto(c.DateAt(now)))];
    }
}
