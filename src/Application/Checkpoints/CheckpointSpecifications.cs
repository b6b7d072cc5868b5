using Ardalis.Specification;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

public sealed class CheckpointByCodeSpec : Specification<Checkpoint>, ISingleResultSpecification<Checkpoint>
{
    public CheckpointByCodeSpec(CheckpointCode code) => Query.Where(c => c.Id == code);
}

public sealed class AllCheckpointsSpec : Specification<Checkpoint>
{
    public AllCheckpointsSpec() => Query.AsNoTracking();
}
