using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Seo.Application.Common.Ports;
using Seo.Domain.Payments;

namespace Seo.Infrastructure.Payments.Gateway;

/// <summary>
/// The JSON wire contract with the acquiring gateway (documented in <c>docs/payments.md</c>).
/// Amounts travel as decimal strings with two decimals (<c>"8650.00"</c>) beside an explicit
/// <c>"KZT"</c>, never as JSON numbers, so no double ever holds money.
/// <list type="bullet">
/// <item><c>POST v1/payments</c> with <see cref="PaymentOrder"/> (headers <c>Idempotency-Key</c>,
/// <c>Authorization: Bearer</c>, <c>X-Merchant-Id</c>) answers a <see cref="PaymentAnswer"/>.</item>
/// <item><c>GET v1/payments?orderId={intentId}</c> answers a <see cref="PaymentAnswer"/>, or 404 when the gateway has none.</item>
/// <item><c>POST v1/payments/{id}/refunds</c> with <see cref="RefundOrder"/> (<c>Idempotency-Key</c>) answers a <see cref="RefundAnswer"/>.</item>
/// </list>
/// </summary>
internal static class PaymentGatewayContract
{
    public const string PaymentsPath = "v1/payments";
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string MerchantIdHeader = "X-Merchant-Id";

    /// <summary>The payment statuses of <see cref="PaymentAnswer.Status"/>.</summary>
    public static class PaymentStatuses
    {
        public const string AwaitingPayer = "awaiting_payer";
        public const string Succeeded = "succeeded";
        public const string Declined = "declined";
        public const string Reversed = "reversed";
        public const string Refunded = "refunded";
    }

    /// <summary>The refund statuses of <see cref="RefundAnswer.Status"/>.</summary>
    public static class RefundStatuses
    {
        public const string Succeeded = "succeeded";
        public const string Failed = "failed";
    }

    public static string RefundsPath(string gatewayPaymentId) => $"{PaymentsPath}/{Uri.EscapeDataString(gatewayPaymentId)}/refunds";

    public static string FindPath(Guid intentId) => $"{PaymentsPath}?orderId={intentId:D}";

    /// <summary>An amount as it travels: invariant, two decimals, no sign, no exponent.</summary>
    public static string FormatAmount(Money money) => Money.FormatAmount(money.Amount);

    /// <summary>An amount and currency as received, or null when either is missing or malformed, or the currency is not tenge.</summary>
    public static Money? ParseMoney(string? amount, string? currency)
    {
        if (amount is null || amount.Length > 32
            || !decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var money = Money.Create(value, currency);
        return money.IsSuccess ? money.Value : null;
    }

    /// <summary>The port's status for a wire status; null for one the contract does not know.</summary>
    public static GatewayPaymentStatus? ParseStatus(string? status) => status switch
    {
        PaymentStatuses.AwaitingPayer => GatewayPaymentStatus.AwaitingPayer,
        PaymentStatuses.Succeeded => GatewayPaymentStatus.Succeeded,
        PaymentStatuses.Declined => GatewayPaymentStatus.Declined,
        PaymentStatuses.Reversed => GatewayPaymentStatus.Reversed,
        PaymentStatuses.Refunded => GatewayPaymentStatus.Refunded,
        _ => null,
    };
}

/// <summary>
/// The body of <c>POST v1/payments</c>: <see cref="OrderId"/> is the intent's id; the payer pays by
/// <see cref="PayBefore"/>; <see cref="Callbackless"/> tells the gateway not to send callbacks
/// (when Seo has no callback secret to check them with, it only asks, see <c>FindAsync</c>).
/// </summary>
internal sealed record PaymentOrder(
    Guid OrderId, string Amount, string Currency, string Description, string PayerReference, DateTimeOffset PayBefore, bool Callbackless);

/// <summary>The gateway's answer about one payment; every field is checked before it is believed.</summary>
internal sealed record PaymentAnswer(string? Id, string? Status, string? PaymentPageUrl, string? FailureReason, string? Amount, string? Currency);

/// <summary>The body of <c>POST v1/payments/{id}/refunds</c>: always the payment's full amount.</summary>
internal sealed record RefundOrder(string Amount, string Currency, string Reason);

/// <summary>The gateway's answer about one refund.</summary>
internal sealed record RefundAnswer(string? Id, string? Status, string? FailureReason);

/// <summary>The body of a 4xx answer, as far as it is read: the reason a payment or refund was refused.</summary>
internal sealed record RefusalAnswer(string? FailureReason);

/// <summary>
/// The body of a signed callback (see <see cref="GatewayCallbackBody"/>). Every field is read as
/// text, so each one can be checked on its own.
/// </summary>
internal sealed record CallbackEvent(
    string? EventId, string? Type, string? OrderId, string? PaymentId, string? Amount, string? Currency, string? OccurredAt, string? Reason);

/// <summary>Web defaults (camelCase names), but numbers only as numbers: an amount must arrive as a string.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(PaymentOrder))]
[JsonSerializable(typeof(PaymentAnswer))]
[JsonSerializable(typeof(RefundOrder))]
[JsonSerializable(typeof(RefundAnswer))]
[JsonSerializable(typeof(RefusalAnswer))]
[JsonSerializable(typeof(CallbackEvent))]
internal sealed partial class PaymentGatewayJsonContext : JsonSerializerContext;
