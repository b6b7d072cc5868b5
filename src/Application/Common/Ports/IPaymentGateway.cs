using Seo.Domain.Payments;

namespace Seo.Application.Common.Ports;

/// <summary>
/// The acquiring bank that takes cashless payments into the registrar's account (R23). Seo never
/// sees card data: it opens a payment at the gateway, the payer pays on the gateway's own page,
/// and the gateway reports the outcome through a signed callback (and answers when asked, for
/// reconciliation). None of these calls is ever made inside a database transaction.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>
    /// Opens (or, with the same <see cref="GatewayPaymentRequest.IdempotencyKey"/>, finds again) a
    /// payment for one intent. A gateway that can settle at once answers <see cref="GatewayPaymentStatus.Succeeded"/>
    /// or <see cref="GatewayPaymentStatus.Declined"/>; otherwise <see cref="GatewayPaymentStatus.AwaitingPayer"/>
    /// with the page the payer pays on.
    /// </summary>
    Task<GatewayPayment> StartAsync(GatewayPaymentRequest request, CancellationToken cancellationToken);

    /// <summary>What the gateway knows about the payment of an intent; <see cref="GatewayPaymentStatus.Unknown"/> when it has none.</summary>
    Task<GatewayPayment> FindAsync(Guid intentId, CancellationToken cancellationToken);

    /// <summary>Refunds a succeeded payment in full, once per <see cref="GatewayRefundRequest.IdempotencyKey"/>.</summary>
    Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// What to collect: <paramref name="IntentId"/> is Seo's order id at the gateway; the key lets a
/// retry after a lost answer find the same payment instead of opening a second one.
/// </summary>
public sealed record GatewayPaymentRequest(
    Guid IntentId, string IdempotencyKey, Money Amount, string Description, string PayerReference, DateTimeOffset PayBefore);

public enum GatewayPaymentStatus
{
    /// <summary>The gateway has no payment for the intent (never opened, or the request was lost).</summary>
    Unknown,

    /// <summary>Opened; the payer has not paid yet.</summary>
    AwaitingPayer,

    Succeeded,

    Declined,

    /// <summary>Paid, then taken back by the payer's bank (a chargeback or reversal).</summary>
    Reversed,

    Refunded,
}

/// <summary>The gateway's answer about one payment.</summary>
public sealed record GatewayPayment(
    GatewayPaymentStatus Status, string? GatewayPaymentId, Uri? PaymentPage = null, string? FailureReason = null, Money? Amount = null);

public sealed record GatewayRefundRequest(Guid IntentId, string GatewayPaymentId, string IdempotencyKey, Money Amount, string Reason);

public sealed record GatewayRefund(bool Succeeded, string? RefundId, string? FailureReason = null);

/// <summary>The gateway could not be reached or answered nonsense; nothing is known about the outcome.</summary>
public sealed class PaymentGatewayUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What the gateway reports through its callback, once authenticated.</summary>
public sealed record GatewayEvent(
    string EventId, GatewayEventType Type, Guid IntentId, string? GatewayPaymentId, Money Amount, DateTimeOffset OccurredAt, string? Reason);

public enum GatewayEventType
{
    PaymentSucceeded,
    PaymentDeclined,

    /// <summary>A chargeback or reversal by the payer's bank after the payment succeeded (R27).</summary>
    PaymentReversed,

    RefundSucceeded,
}

/// <summary>
/// Checks that a callback really comes from the gateway (a signature over the raw body with the
/// shared secret, fresh enough that a captured request cannot be replayed later) and reads it.
/// </summary>
public interface IGatewayCallbackAuthenticator
{
    Seo.Domain.Common.Result<GatewayEvent> Authenticate(string body, string? signature);
}
