using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Reconcile;

/// <summary>
/// Asks the gateway about intents left pending (a lost callback, a crash between the gateway's
/// success and our commit) and records what it says; makes the refunds that were decided but not
/// yet confirmed. Each intent is recorded by a command of its own, idempotently, so a run that
/// overlaps a callback, or a second instance, counts nothing twice.
/// </summary>
public sealed record ReconcilePayments : IRequest<ReconciliationReport>;

public sealed record ReconciliationReport(int Asked, int Settled, int Closed, int RefundsMade, int GatewayUnavailable);

public sealed class ReconcilePaymentsHandler(
    IRepository<PaymentIntent> intents, IPaymentGateway gateway, GatewayCalls calls, ISender sender, PaymentOptions options, TimeProvider clock)
    : IRequestHandler<ReconcilePayments, ReconciliationReport>
{
    public async ValueTask<ReconciliationReport> Handle(ReconcilePayments request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int asked = 0, settled = 0, closed = 0, unavailable = 0, refunds = 0;
        foreach (var intent in await intents.ListAsync(new PendingIntentsSpec(now - options.ReconcileAfter, options.ReconcileBatchSize), cancellationToken))
        {
            asked++;
            GatewayPayment answer;
            try
            {
                answer = await gateway.FindAsync(intent.Id.Value, cancellationToken);
            }
            catch (PaymentGatewayUnavailableException)
            {
                unavailable++;
                continue;
            }

            var recorded = await sender.Send(new RecordGatewayAnswer.RecordGatewayAnswer(intent.Id.Value, answer), cancellationToken);
            settled += recorded is { IsSuccess: true, Value.Status: not PaymentIntentStatus.Pending and not PaymentIntentStatus.Cancelled } ? 1 : 0;
            closed += recorded is { IsSuccess: true, Value.Status: PaymentIntentStatus.Cancelled } ? 1 : 0;
        }

        foreach (var due in await intents.ListAsync(new RefundsDueSpec(options.ReconcileBatchSize), cancellationToken))
        {
            refunds += await calls.RefundIfDueAsync(PaymentDto.From(due), cancellationToken) ? 1 : 0;
        }

        return new ReconciliationReport(asked, settled, closed, refunds, unavailable);
    }
}
