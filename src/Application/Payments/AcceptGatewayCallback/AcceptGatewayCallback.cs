using Ardalis.Specification;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.AcceptGatewayCallback;

/// <summary>
/// A callback from the gateway, already authenticated (signature and freshness). Acted on once
/// per event id: a repeated delivery answers <see cref="GatewayEventAnswer.Duplicate"/> and
/// changes nothing; events out of order are safe because every outcome is idempotent and a
/// reversal or refund of a payment not yet seen counts the payment first.
/// </summary>
public sealed record AcceptGatewayCallback(GatewayEvent Event) : ICommand<Result<GatewayEventAnswer>>;

public sealed record GatewayEventAnswer(string EventId, bool Duplicate, PaymentDto Payment);

public sealed class AcceptGatewayCallbackHandler(IRepository<ReceivedGatewayEvent> received, PaymentSettlement settlement, TimeProvider clock)
    : ICommandHandler<AcceptGatewayCallback, Result<GatewayEventAnswer>>
{
    public async ValueTask<Result<GatewayEventAnswer>> Handle(AcceptGatewayCallback command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var gatewayEvent = command.Event;
        var intent = await settlement.FindAsync(gatewayEvent.IntentId, cancellationToken);
        if (intent is null)
        {
            return PaymentRefusals.NotFound;
        }

        if (await received.AnyAsync(new ReceivedGatewayEventSpec(gatewayEvent.EventId), cancellationToken))
        {
            return new GatewayEventAnswer(gatewayEvent.EventId, true, PaymentDto.From(intent));
        }

        var now = clock.GetUtcNow();
        var gatewayPaymentId = gatewayEvent.GatewayPaymentId ?? intent.GatewayPaymentId ?? gatewayEvent.EventId;
        var acted = gatewayEvent.Type switch
        {
            GatewayEventType.PaymentSucceeded => await settlement.SucceedAsync(intent, gatewayPaymentId, gatewayEvent.Amount, now, cancellationToken),
            GatewayEventType.PaymentDeclined => intent.RecordDeclined(gatewayPaymentId, gatewayEvent.Reason, now),
            GatewayEventType.PaymentReversed => await settlement.ReversedAsync(intent, gatewayPaymentId, gatewayEvent.Amount, now, cancellationToken),
            GatewayEventType.RefundSucceeded => await settlement.RefundedAsync(intent, gatewayPaymentId, gatewayEvent.Amount, gatewayEvent.EventId, now, cancellationToken),
            _ => Result.Success(),
        };
        if (!acted.IsSuccess)
        {
            return acted.Error;
        }

        await received.AddAsync(new ReceivedGatewayEvent(gatewayEvent.EventId, intent.Id.Value, gatewayEvent.Type.ToString(), now), cancellationToken);
        return new GatewayEventAnswer(gatewayEvent.EventId, false, PaymentDto.From(intent));
    }
}

public sealed class ReceivedGatewayEventSpec : Specification<ReceivedGatewayEvent>
{
    public ReceivedGatewayEventSpec(string eventId) => Query.Where(e => e.EventId == eventId);
}
