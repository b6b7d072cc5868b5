using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Ledger.Common;
using Seo.Application.Ledger.Remit;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// R24: forms the day's remittance batch and its payment order file (the first firing after
/// midnight, Kazakhstan time, does it; later ones find it formed), then raises the alert when
/// money older than the limit is still not remitted — a batch that could not be formed, or a job
/// that did not run.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RemitReceivedMoneyJob(IMediator mediator, RemittanceDeadline deadline, ILogger<RemitReceivedMoneyJob> logger)
    : CommandSweepJob(logger)
{
    protected override string Sweep => "Remittance";

    protected override string Changed => "remittance batch(es) formed";

    protected override async ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken)
    {
        var run = await mediator.Send(new RunRemittance(), cancellationToken);
        if (await deadline.OverdueAsync(cancellationToken) is { } overdue)
        {
            LogOverdue(logger, overdue.ReceivedOn, overdue.DueBy, overdue.DaysLate);
        }

        return run.IsSuccess ? run.Value is null ? 0 : 1 : run.Error;
    }

    [LoggerMessage(Level = LogLevel.Critical, EventName = "RemittanceOverdue",
        Message = "R24 breached: money received on {ReceivedOn:yyyy-MM-dd} was due at the budget by {DueBy:yyyy-MM-dd} and is {DaysLate} day(s) late")]
    private static partial void LogOverdue(ILogger logger, DateOnly receivedOn, DateOnly dueBy, int daysLate);
}
