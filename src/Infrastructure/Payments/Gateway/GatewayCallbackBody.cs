using System.Globalization;
using System.Text.Json;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Infrastructure.Payments.Gateway;

/// <summary>
/// The JSON body of a gateway callback: <c>eventId</c>, <c>type</c> (<c>payment.succeeded</c>,
/// <c>payment.declined</c>, <c>payment.reversed</c>, <c>refund.succeeded</c>), <c>orderId</c> (the
/// intent's id), <c>paymentId</c>, <c>amount</c> (a decimal string), <c>currency</c> (<c>"KZT"</c>),
/// <c>occurredAt</c> (ISO 8601 with offset) and <c>reason</c>. Read only after its signature is checked.
/// </summary>
internal static class GatewayCallbackBody
{
    public const string MalformedCode = "gateway-event-malformed";

    private static readonly (GatewayEventType Type, string Name)[] Types =
    [
        (GatewayEventType.PaymentSucceeded, "payment.succeeded"),
        (GatewayEventType.PaymentDeclined, "payment.declined"),
        (GatewayEventType.PaymentReversed, "payment.reversed"),
        (GatewayEventType.RefundSucceeded, "refund.succeeded"),
    ];

    public static string TypeName(GatewayEventType type) =>
        Types.Single(t => t.Type == type).Name;

    public static string Serialize(GatewayEvent gatewayEvent)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        var body = new CallbackEvent(
            gatewayEvent.EventId,
            TypeName(gatewayEvent.Type),
            gatewayEvent.IntentId.ToString("D"),
            gatewayEvent.GatewayPaymentId,
            PaymentGatewayContract.FormatAmount(gatewayEvent.Amount),
            Money.Tenge,
            gatewayEvent.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            gatewayEvent.Reason);
        return JsonSerializer.Serialize(body, PaymentGatewayJsonContext.Default.CallbackEvent);
    }

    /// <summary>The event, or <see cref="MalformedCode"/> naming what is wrong, or <c>currency-not-accepted</c> for an amount not in tenge.</summary>
    public static Result<GatewayEvent> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        CallbackEvent? read;
        try
        {
            read = JsonSerializer.Deserialize(body, PaymentGatewayJsonContext.Default.CallbackEvent);
        }
        catch (JsonException)
        {
            return Malformed("the body is not a JSON object of the callback's shape");
        }

        if (read is null)
        {
            return Malformed("the body is empty");
        }

        if (string.IsNullOrWhiteSpace(read.EventId) || read.EventId.Length > Seo.Domain.Payments.ReceivedGatewayEvent.MaxEventIdLength)
        {
            return Malformed($"eventId is missing or longer than {Seo.Domain.Payments.ReceivedGatewayEvent.MaxEventIdLength} characters");
        }

        var type = Types.Where(t => t.Name == read.Type).Select(t => (GatewayEventType?)t.Type).SingleOrDefault();
        if (type is null)
        {
            return Malformed("type is not one of payment.succeeded, payment.declined, payment.reversed, refund.succeeded");
        }

        if (!Guid.TryParseExact(read.OrderId, "D", out var intentId))
        {
            return Malformed("orderId is not an intent id");
        }

        if (type != GatewayEventType.PaymentDeclined && string.IsNullOrWhiteSpace(read.PaymentId))
        {
            return Malformed("paymentId is missing");
        }

        if (read.Amount is null || read.Amount.Length > 32
            || !decimal.TryParse(read.Amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return Malformed("amount is not a decimal string such as \"8650.00\"");
        }

        var money = Money.Create(amount, read.Currency);
        if (!money.IsSuccess)
        {
            return money.Error;
        }

        if (read.OccurredAt is null
            || !DateTimeOffset.TryParseExact(read.OccurredAt, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var occurredAt)
            || !HasOffset(read.OccurredAt))
        {
            return Malformed("occurredAt is not an ISO 8601 time with an offset");
        }

        return new GatewayEvent(read.EventId, type.Value, intentId, read.PaymentId, money.Value, occurredAt, read.Reason);
    }

    /// <summary>A time without an offset would be read in the server's zone; the contract wants it explicit.</summary>
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static DomainError Malformed(string what) =>
        DomainError.Validation(MalformedCode, $"The gateway's callback is malformed: {what}.");
}
