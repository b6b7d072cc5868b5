using Mediator;
using Seo.Application.Barriers.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Barriers;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Barriers.Collect;

/// <summary>R11: a barrier collects its commands waiting to be collected, oldest first; each collection counts a delivery.</summary>
public sealed record CollectBarrierCommands(Guid DeviceId, int Max = CollectBarrierCommands.DefaultMax) : ICommand<Result<BarrierInstructions>>
{
    /// <summary>At most this many commands in one answer; the rest come at the next poll.</summary>
    public const int DefaultMax = 20;
}

public sealed class CollectBarrierCommandsHandler(IRepository<Device> devices, IRepository<BarrierCommand> commands, TimeProvider clock)
    : ICommandHandler<CollectBarrierCommands, Result<BarrierInstructions>>
{
    public async ValueTask<Result<BarrierInstructions>> Handle(CollectBarrierCommands command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var barrier = await devices.CallingBarrierAsync(command.DeviceId, cancellationToken);
        if (!barrier.IsSuccess)
        {
            return barrier.Error;
        }

        var now = clock.GetUtcNow();
        var pending = await commands.ListAsync(new PendingCommandsOfBarrierSpec(barrier.Value.Id, command.Max), cancellationToken);
        var delivered = pending.Where(c => c.Deliver(now)).ToList();
        return new BarrierInstructions([.. delivered.Select(BarrierInstruction.From)]);
    }
}

/// <summary>Whether a barrier has commands waiting to be collected: a read, so that an idle long poll writes nothing.</summary>
public sealed record HasBarrierCommands(Guid DeviceId) : IQuery<Result<bool>>;

public sealed class HasBarrierCommandsHandler(IRepository<Device> devices, IRepository<BarrierCommand> commands)
    : IQueryHandler<HasBarrierCommands, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(HasBarrierCommands query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var barrier = await devices.CallingBarrierAsync(query.DeviceId, cancellationToken);
        if (!barrier.IsSuccess)
        {
            return barrier.Error;
        }

        return await commands.AnyAsync(new PendingCommandsOfBarrierSpec(barrier.Value.Id, tracked: false), cancellationToken);
    }
}
