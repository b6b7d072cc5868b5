using Ardalis.Specification;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

public sealed class CheckpointByCodeSpec : Specification<Checkpoint>, ISingleResultSpecification<Checkpoint>
{
    /// <param name="code">The checkpoint's code.</param>
    /// <param name="readOnly">True for a query that only reads it: no change tracking.</param>
    public CheckpointByCodeSpec(CheckpointCode code, bool readOnly = false)
    {
        Query.Where(c => c.Id == code);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

public sealed class AllCheckpointsSpec : Specification<Checkpoint>
{
    public AllCheckpointsSpec() => Query.AsNoTracking();
}
