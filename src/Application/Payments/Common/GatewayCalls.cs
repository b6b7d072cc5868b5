using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.RecordGatewayAnswer;
using Seo.Application.Payments.Refund;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Common;

/// <summary>
/// The calls to the gateway, each between two transactions: the intent was committed before the
/// call, and the answer is recorded by a command of its own after it. A crash in between loses
/// nothing — the intent is still pending, and the reconciliation asks the gateway about it.
/// </summary>
public sealed class GatewayCalls(IPaymentGateway gateway, ISender sender)
{
    /// <summary>
    /// Where the payer pays an opened intent: the gateway's page already open and waiting for the
    /// payer (the same page again, no second payment), else a payment opened at the gateway now.
    /// </summary>
    public async Task<Result<PaymentDto>> StartOrReuseAsync(PaymentDto intent, CancellationToken cancellationToken) =>
        intent is { PaymentPage: not null, LastFailure: null } ? intent : await StartAsync(intent, cancellationToken);

    /// <summary>Opens (or finds again) the gateway's payment for a pending intent and records the answer.</summary>
    public async Task<Result<PaymentDto>> StartAsync(PaymentDto intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        GatewayPayment answer;
        try
        {
            answer = await gateway.StartAsync(
                new GatewayPaymentRequest(
                    intent.Id, $"{intent.Id:N}-{intent.Attempts}", Money.Kzt(intent.Amount.Amount), Describe(intent), intent.Reference, intent.PayBefore),
                cancellationToken);
        }
        catch (PaymentGatewayUnavailableException)
        {
            return PaymentRefusals.GatewayUnavailable;
        }

        var recorded = await sender.Send(new RecordGatewayAnswer.RecordGatewayAnswer(intent.Id, answer), cancellationToken);
        if (!recorded.IsSuccess)
        {
            return recorded;
        }

        await RefundIfDueAsync(recorded.Value, cancellationToken);
        return answer.Status == GatewayPaymentStatus.Declined && recorded.Value.Status == PaymentIntentStatus.Pending
            ? PaymentRefusals.Declined with { Message = $"{PaymentRefusals.Declined.Message} {answer.FailureReason}".Trim() }
            : await sender.Send(new GetPayment.GetPayment(intent.Id), cancellationToken);
    }

    /// <summary>Makes a refund that was decided; a gateway that does not answer leaves it due for the reconciliation. True when refunded.</summary>
    public async Task<bool> RefundIfDueAsync(PaymentDto payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (payment is not { Status: PaymentIntentStatus.Succeeded, Refund: { RefundedAt: null } refund })
        {
            return false;
        }

        GatewayRefund answer;
        try
        {
            answer = await gateway.RefundAsync(
                new GatewayRefundRequest(payment.Id, payment.GatewayPaymentId!, $"{payment.Id:N}-refund", Money.Kzt(payment.Amount.Amount), refund.Reason), cancellationToken);
        }
        catch (PaymentGatewayUnavailableException)
        {
            return false;
        }

        var recorded = await sender.Send(new RecordRefund(payment.Id, answer), cancellationToken);
        return recorded is { IsSuccess: true, Value.Status: PaymentIntentStatus.Refunded };
    }

    private static string Describe(PaymentDto intent) => intent.Purpose switch
    {
        PaymentPurpose.BookingFee => $"Electronic queue booking {intent.Reference}",
        PaymentPurpose.RescheduleFee => $"Paid reschedule of booking {intent.Reference}",
        _ => $"Debt settlement {intent.Reference}",
    };
}
