using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.AcceptGatewayCallback;
using Seo.Application.Payments.Common;
using Seo.WebApi.Http;

namespace Seo.WebApi.Payments;

/// <summary>
/// Receives a gateway callback: the signature and its freshness first (a forged or replayed
/// callback changes nothing), then the event, once per event id, then any refund it made due —
/// outside the transaction. The sandbox acquirer delivers its callbacks through this very path.
/// </summary>
internal sealed class GatewayCallbackReceiver(IGatewayCallbackAuthenticator authenticator, IMediator mediator, GatewayCalls gateway)
{
    public async Task<IResult> ReceiveAsync(string body, string? signature, CancellationToken cancellationToken)
    {
        var authenticated = authenticator.Authenticate(body, signature);
        if (!authenticated.IsSuccess)
        {
            return Problems.From(authenticated.Error);
        }

        var accepted = await mediator.Send(new AcceptGatewayCallback(authenticated.Value), cancellationToken);
        if (!accepted.IsSuccess)
        {
            return Problems.From(accepted.Error);
        }

        await gateway.RefundIfDueAsync(accepted.Value.Payment, cancellationToken);
        return TypedResults.Ok(new GatewayCallbackAcknowledged(accepted.Value.EventId, accepted.Value.Duplicate, accepted.Value.Payment.Status.ToString()));
    }
}

/// <summary>The answer to the gateway: the event was taken (or had been already); it need not send it again.</summary>
internal sealed record GatewayCallbackAcknowledged(string EventId, bool Duplicate, string PaymentStatus);
