using Seo.Domain.Common;

namespace Seo.Application.Checkpoints;

public static class CheckpointErrors
{
    public static readonly DomainError NotFound = DomainError.NotFound("checkpoint-not-found", "No checkpoint has this code; GET /api/v1/checkpoints lists the 41.");
}
