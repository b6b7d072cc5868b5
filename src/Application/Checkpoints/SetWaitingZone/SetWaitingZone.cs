using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.SetWaitingZone;

/// <summary>
/// R31: the registrar records whether a checkpoint has a waiting zone. With one, a vehicle enters
/// the zone, waits for its call and leaves it before the checkpoint's entry admits it; without
/// one, the entry admits it from its call time.
/// </summary>
public sealed record SetWaitingZone(string Checkpoint, bool? HasWaitingZone) : ICommand<Result<CheckpointDto>>;

public sealed class SetWaitingZoneValidator : AbstractValidator<SetWaitingZone>
{
    public SetWaitingZoneValidator()
    {
        RuleFor(c => c.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(c => c.HasWaitingZone).Required();
    }
}

public sealed class SetWaitingZoneHandler(IRepository<Checkpoint> checkpoints, TimeProvider clock) : ICommandHandler<SetWaitingZone, Result<CheckpointDto>>
{
    public async ValueTask<Result<CheckpointDto>> Handle(SetWaitingZone command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(command.Checkpoint).Value), cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var set = checkpoint.SetWaitingZone(command.HasWaitingZone!.Value, now);
        return set.IsSuccess ? checkpoint.ToDto(checkpoint.DateAt(now)) : set.Error;
    }
}
