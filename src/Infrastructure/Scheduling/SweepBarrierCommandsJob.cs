using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Barriers.Sweep;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>R11: unacknowledged barrier commands are delivered again, then given up with an alert to the officers.</summary>
[DisallowConcurrentExecution]
internal sealed class SweepBarrierCommandsJob(IMediator mediator, ILogger<SweepBarrierCommandsJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Barrier command retry";

    protected override string Changed => "unacknowledged barrier command(s) requeued or failed";

    protected override ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) => mediator.Send(new SweepBarrierCommands(), cancellationToken);
}
