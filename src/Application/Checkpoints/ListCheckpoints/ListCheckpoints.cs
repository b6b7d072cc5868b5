using Mediator;

namespace Seo.Application.Checkpoints.ListCheckpoints;

/// <summary>The 41 road checkpoints of the appendix (R5) with their capacity.</summary>
public sealed record ListCheckpoints : IQuery<IReadOnlyList<CheckpointDto>>;

/// <summary>Reads the reference-data catalog, not the write store: a change shows within <see cref="CheckpointCatalog.Freshness"/>.</summary>
public sealed class ListCheckpointsHandler(CheckpointCatalog checkpoints) : IQueryHandler<ListCheckpoints, IReadOnlyList<CheckpointDto>>
{
    public async ValueTask<IReadOnlyList<CheckpointDto>> Handle(ListCheckpoints query, CancellationToken cancellationToken)
    {
        var all = await checkpoints.AllAsync(cancellationToken);
        return [.. all.OrderBy(c => c.NeighbourCountry, StringComparer.Ordinal).ThenBy(c => c.Id.Value, StringComparer.Ordinal).Select(c => c.ToDto())];
    }
}
