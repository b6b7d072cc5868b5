using Mediator;

namespace Seo.Application.Checkpoints.ListCheckpoints;

/// <summary>The 41 road checkpoints of the appendix (R5) with their capacity.</summary>
public sealed record ListCheckpoints : IQuery<IReadOnlyList<CheckpointDto>>;

public sealed class ListCheckpointsHandler(Common.Ports.IRepository<Domain.Checkpoints.Checkpoint> checkpoints)
    : IQueryHandler<ListCheckpoints, IReadOnlyList<CheckpointDto>>
{
    public async ValueTask<IReadOnlyList<CheckpointDto>> Handle(ListCheckpoints query, CancellationToken cancellationToken)
    {
        var all = await checkpoints.ListAsync(new AllCheckpointsSpec(), cancellationToken);
        return [.. all.OrderBy(c => c.NeighbourCountry, StringComparer.Ordinal).ThenBy(c => c.Id.Value, StringComparer.Ordinal).Select(c => c.ToDto())];
    }
}
