using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Payments.Reconcile;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>R23: payments left pending are asked of the gateway, and refunds still due are made.</summary>
[DisallowConcurrentExecution]
internal sealed class ReconcilePaymentsJob(IMediator mediator, ILogger<ReconcilePaymentsJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Payment reconciliation";

    protected override string Changed => "payment(s) settled, closed or refunded";

    protected override async ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken)
    {
        var report = await mediator.Send(new ReconcilePayments(), cancellationToken);
        return report.Settled + report.Closed + report.RefundsMade;
    }
}
