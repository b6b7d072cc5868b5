using FluentValidation;
using Mediator;
using Seo.Application.Barriers.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Barriers;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Barriers.Acknowledge;

/// <summary>
/// R11: a barrier answers a command it collected: done, or failed with a detail. Sending the same
/// answer again changes nothing; another barrier's command is not found.
/// </summary>
public sealed record AcknowledgeBarrierCommand(Guid DeviceId, Guid CommandId, BarrierAckOutcome? Outcome, string? Detail)
    : ICommand<Result<BarrierInstruction>>;

public sealed class AcknowledgeBarrierCommandValidator : AbstractValidator<AcknowledgeBarrierCommand>
{
    public AcknowledgeBarrierCommandValidator()
    {
        RuleFor(c => c.Outcome).Required().IsInEnum().WithErrorCode("required-field");
        RuleFor(c => c.Detail)
            .Must(d => d is null || BarrierCommand.IsPrintable(d.Trim(), BarrierCommand.MaxDetailLength))
            .WithErrorCode("invalid-ack-detail")
            .WithMessage($"'detail' is 1 to {BarrierCommand.MaxDetailLength} printable characters, or absent.");
    }
}

public sealed class AcknowledgeBarrierCommandHandler(IRepository<Device> devices, IRepository<BarrierCommand> commands, TimeProvider clock)
    : ICommandHandler<AcknowledgeBarrierCommand, Result<BarrierInstruction>>
{
    public async ValueTask<Result<BarrierInstruction>> Handle(AcknowledgeBarrierCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var barrier = await devices.CallingBarrierAsync(command.DeviceId, cancellationToken);
        if (!barrier.IsSuccess)
        {
            return barrier.Error;
        }

        var stored = await commands.FirstOrDefaultAsync(
            new BarrierCommandOfBarrierSpec(new BarrierCommandId(command.CommandId), barrier.Value.Id), cancellationToken);
        if (stored is null)
        {
            return BarrierErrors.CommandNotFound;
        }

        var acknowledged = stored.Acknowledge(command.Outcome!.Value, command.Detail, clock.GetUtcNow());
        return acknowledged.IsSuccess ? BarrierInstruction.From(stored) : acknowledged.Error;
    }
}
