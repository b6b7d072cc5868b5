using Mediator;
using Seo.Application.Payments.Common;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Refund;

/// <summary>
/// R28: the registrar's refund — decided and recorded in one transaction, then asked of the
/// gateway outside it. A gateway that does not answer leaves the refund due; the reconciliation
/// makes it later, once.
/// </summary>
public sealed record RefundPayment(Guid IntentId, RefundFault? Fault, string? Reason) : IRequest<Result<PaymentDto>>;

public sealed class RefundPaymentHandler(ISender sender, GatewayCalls gateway) : IRequestHandler<RefundPayment, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(RefundPayment request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decided = await sender.Send(new RequestRefund(request.IntentId, request.Fault, request.Reason), cancellationToken);
        if (!decided.IsSuccess)
        {
            return decided;
        }

        await gateway.RefundIfDueAsync(decided.Value, cancellationToken);
        return await sender.Send(new GetPayment.GetPayment(request.IntentId), cancellationToken);
    }
}
