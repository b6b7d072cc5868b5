using FluentValidation;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Live.GetCheckpointLive;

/// <summary>R4, R2.1: the officers' live view of a checkpoint, as the live read model holds it now.</summary>
public sealed record GetCheckpointLive(string Code) : IQuery<Result<CheckpointLiveDto>>;

public sealed class GetCheckpointLiveValidator : AbstractValidator<GetCheckpointLive>
{
    public GetCheckpointLiveValidator() => RuleFor(q => q.Code).MustBe(CheckpointCode.Create);
}

/// <summary>
/// Reads only the live read model (and the checkpoint, for its zone): an unreachable store is
/// <see cref="ReadModelUnavailableException"/>, answered 503 — unlike availability, nothing in the
/// write store tells the live state of the territory in real time to fall back on.
/// </summary>
public sealed class GetCheckpointLiveHandler(CheckpointCatalog checkpoints, ICheckpointLiveReadModel live, TimeProvider clock)
    : IQueryHandler<GetCheckpointLive, Result<CheckpointLiveDto>>
{
    public async ValueTask<Result<CheckpointLiveDto>> Handle(GetCheckpointLive query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await checkpoints.FindAsync(query.Code, cancellationToken) is not { } checkpoint)
        {
            return CheckpointErrors.NotFound;
        }

        var snapshot = await live.ReadAsync(checkpoint.Id.Value, cancellationToken);
        return LiveView.Compose(checkpoint.Id.Value, snapshot, checkpoint.Today(clock), checkpoint.TimeZone);
    }
}
