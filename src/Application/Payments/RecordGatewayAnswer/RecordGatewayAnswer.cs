using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.RecordGatewayAnswer;

/// <summary>
/// Records what the gateway answered about an intent — when the payment was opened, or when the
/// reconciliation asked — in a transaction of its own, after the call.
/// </summary>
public sealed record RecordGatewayAnswer(Guid IntentId, GatewayPayment Answer) : ICommand<Result<PaymentDto>>;

public sealed class RecordGatewayAnswerHandler(PaymentSettlement settlement, PaymentOptions options, TimeProvider clock)
    : ICommandHandler<RecordGatewayAnswer, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(RecordGatewayAnswer command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var intent = await settlement.FindAsync(command.IntentId, cancellationToken);
        if (intent is null)
        {
            return PaymentRefusals.NotFound;
        }

        var now = clock.GetUtcNow();
        var answer = command.Answer;
        var recorded = answer.Status switch
        {
            GatewayPaymentStatus.Succeeded => await settlement.SucceedAsync(intent, answer.GatewayPaymentId!, answer.Amount ?? intent.Amount, now, cancellationToken),
            GatewayPaymentStatus.Reversed => await settlement.ReversedAsync(intent, answer.GatewayPaymentId!, answer.Amount ?? intent.Amount, now, cancellationToken),
            GatewayPaymentStatus.Refunded => await settlement.RefundedAsync(
                intent, answer.GatewayPaymentId!, answer.Amount ?? intent.Amount, $"{answer.GatewayPaymentId}:refund", now, cancellationToken),
            GatewayPaymentStatus.Declined => intent.RecordDeclined(answer.GatewayPaymentId, answer.FailureReason, now),
            GatewayPaymentStatus.AwaitingPayer when intent.Status == PaymentIntentStatus.Pending && answer.GatewayPaymentId is { } id && (id != intent.GatewayPaymentId || intent.LastFailure is not null) =>
                intent.RecordOpened(id, answer.PaymentPage, now),
            // Nothing was paid and the payment is no longer wanted: the intent is closed (no money moved).
            GatewayPaymentStatus.Unknown or GatewayPaymentStatus.AwaitingPayer
                when intent.Status == PaymentIntentStatus.Pending && now >= intent.PayBefore + options.CloseUnpaidAfter => intent.Cancel(now),
            _ => Result.Success(),
        };
        return recorded.IsSuccess ? PaymentDto.From(intent) : recorded.Error;
    }
}
