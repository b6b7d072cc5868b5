using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Common;

namespace Seo.Application.Payments.Refund;

/// <summary>Records the gateway's answer to a refund, after the call.</summary>
public sealed record RecordRefund(Guid IntentId, GatewayRefund Answer) : ICommand<Result<PaymentDto>>;

public sealed class RecordRefundHandler(PaymentSettlement settlement, TimeProvider clock) : ICommandHandler<RecordRefund, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(RecordRefund command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var intent = await settlement.FindAsync(command.IntentId, cancellationToken);
        if (intent is null)
        {
            return PaymentRefusals.NotFound;
        }

        // A refund the gateway refused stays due: the reconciliation asks again, and the registrar sees it.
        if (!command.Answer.Succeeded || intent.GatewayPaymentId is null)
        {
            return PaymentDto.From(intent);
        }

        var refunded = await settlement.RefundedAsync(intent, intent.GatewayPaymentId, intent.Amount, command.Answer.RefundId!, clock.GetUtcNow(), cancellationToken);
        return refunded.IsSuccess ? PaymentDto.From(intent) : refunded.Error;
    }
}
