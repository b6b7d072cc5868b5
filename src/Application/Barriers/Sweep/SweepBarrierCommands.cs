using Mediator;
using Seo.Application.Barriers.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Barriers;
using Seo.Domain.Common;

namespace Seo.Application.Barriers.Sweep;

/// <summary>
/// R11: retries unanswered barrier commands. A delivery left unacknowledged for
/// <see cref="BarrierOptions.AckTimeout"/> is made deliverable again; after
/// <see cref="BarrierOptions.MaxAttempts"/> deliveries (or when the barrier never collected it) the
/// command fails and the officers are alerted once (<c>BarrierCommandAlerts</c>). Safe to run again
/// at any time: a swept command no longer matches until its next deadline.
/// </summary>
public sealed record SweepBarrierCommands(int BatchSize = 200) : ICommand<Result<int>>;

public sealed class SweepBarrierCommandsHandler(IRepository<BarrierCommand> commands, BarrierOptions options, TimeProvider clock)
    : ICommandHandler<SweepBarrierCommands, Result<int>>
{
    public async ValueTask<Result<int>> Handle(SweepBarrierCommands command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var overdue = await commands.ListAsync(
            new OverdueBarrierCommandsSpec(now, options.AckTimeout, options.MaxAttempts, command.BatchSize), cancellationToken);
        return overdue.Count(c => c.Sweep(now, options.AckTimeout, options.MaxAttempts) != BarrierSweepOutcome.Unchanged);
    }
}
