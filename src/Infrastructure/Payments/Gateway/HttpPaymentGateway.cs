using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Seo.Application.Common.Ports;
using Seo.Domain.Payments;

namespace Seo.Infrastructure.Payments.Gateway;

/// <summary>
/// The acquiring gateway over HTTP (<see cref="PaymentGatewayContract"/>), as a typed HttpClient whose
/// pipeline bounds each attempt and the whole call and retries transient failures; a retried POST
/// carries the same <c>Idempotency-Key</c>, so the gateway opens or refunds at most once.
/// A timeout, a 5xx after the retries, a refused credential, a malformed answer or one about another
/// amount is <see cref="PaymentGatewayUnavailableException"/>: nothing is known about the outcome, and
/// the caller asks again later (<see cref="FindAsync"/>). A 4xx refusal of the payment is a decline.
/// No message or log line carries the API key.
/// </summary>
internal sealed partial class HttpPaymentGateway(HttpClient http, IOptions<PaymentGatewayOptions> options, ILogger<HttpPaymentGateway> logger) : IPaymentGateway
{
    /// <summary>The name of the typed client and its resilience pipeline.</summary>
    public const string ClientName = "payment-gateway";

    private readonly PaymentGatewayOptions _options = options.Value;

    public async Task<GatewayPayment> StartAsync(GatewayPaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        var order = new PaymentOrder(
            request.IntentId,
            PaymentGatewayContract.FormatAmount(request.Amount),
            Money.Tenge,
            request.Description,
            request.PayerReference,
            request.PayBefore.ToUniversalTime(),
            _options.Callbackless);
        using var message = Request(HttpMethod.Post, PaymentGatewayContract.PaymentsPath, request.IdempotencyKey);
        message.Content = Json(order, PaymentGatewayJsonContext.Default.PaymentOrder);

        const string call = "opening a payment";
        var (status, body) = await SendAsync(message, call, cancellationToken);
        if (IsRefusal(status))
        {
            var reason = RefusalReason(status, body);
            LogRefused(call, (int)status);
            return new GatewayPayment(GatewayPaymentStatus.Declined, null, FailureReason: reason);
        }

        if (status == HttpStatusCode.NotFound)
        {
            throw Unavailable(call, "answered HTTP 404: is BaseUrl right?");
        }

        var payment = Believe(call, Read(call, body, PaymentGatewayJsonContext.Default.PaymentAnswer));
        if (payment.Amount is { } amount && amount != request.Amount)
        {
            throw Unavailable(call, $"answered about {amount} where {request.Amount} was asked");
        }

        return payment;
    }

    public async Task<GatewayPayment> FindAsync(Guid intentId, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Get, PaymentGatewayContract.FindPath(intentId), idempotencyKey: null);
        const string call = "finding a payment";
        var (status, body) = await SendAsync(message, call, cancellationToken);
        if (status == HttpStatusCode.NotFound)
        {
            return new GatewayPayment(GatewayPaymentStatus.Unknown, null);
        }

        if (IsRefusal(status))
        {
            throw Unavailable(call, $"answered HTTP {(int)status}");
        }

        return Believe(call, Read(call, body, PaymentGatewayJsonContext.Default.PaymentAnswer));
    }

    public async Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.GatewayPaymentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        using var message = Request(HttpMethod.Post, PaymentGatewayContract.RefundsPath(request.GatewayPaymentId), request.IdempotencyKey);
        message.Content = Json(
            new RefundOrder(PaymentGatewayContract.FormatAmount(request.Amount), Money.Tenge, request.Reason), PaymentGatewayJsonContext.Default.RefundOrder);

        const string call = "refunding a payment";
        var (status, body) = await SendAsync(message, call, cancellationToken);
        if (IsRefusal(status) || status == HttpStatusCode.NotFound)
        {
            LogRefused(call, (int)status);
            return new GatewayRefund(false, null, RefusalReason(status, body));
        }

        var answer = Read(call, body, PaymentGatewayJsonContext.Default.RefundAnswer);
        return answer.Status switch
        {
            PaymentGatewayContract.RefundStatuses.Succeeded when !string.IsNullOrWhiteSpace(answer.Id) => new GatewayRefund(true, answer.Id),
            PaymentGatewayContract.RefundStatuses.Succeeded => throw Unavailable(call, "answered a succeeded refund without its id"),
            PaymentGatewayContract.RefundStatuses.Failed => new GatewayRefund(false, answer.Id, Reason(answer.FailureReason, "the gateway refused the refund")),
            _ => throw Unavailable(call, "answered a refund status the contract does not know"),
        };
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? idempotencyKey)
    {
        var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        message.Headers.Add(PaymentGatewayContract.MerchantIdHeader, _options.MerchantId);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (idempotencyKey is not null)
        {
            message.Headers.Add(PaymentGatewayContract.IdempotencyKeyHeader, idempotencyKey);
        }

        return message;
    }

    /// <summary>Buffered, so every retry of the same message sends the same bytes.</summary>
    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        return content;
    }

    /// <summary>The answer's status and body after the pipeline's retries; unavailable for a transport failure, a timeout, a 5xx, 408, 429 or a refused credential.</summary>
    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage message, string call, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = response.StatusCode;
            if ((int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            {
                throw Unavailable(call, $"answered HTTP {(int)status} after {_options.Retries + 1} attempt(s)");
            }

            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw Unavailable(call, $"refused the merchant's credentials (HTTP {(int)status}): check MerchantId and ApiKey");
            }

            if ((int)status is < 200 or >= 500 || (int)status is >= 300 and < 400)
            {
                throw Unavailable(call, $"answered HTTP {(int)status}");
            }

            return (status, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (TimeoutRejectedException exception)
        {
            throw Unavailable(call, $"did not answer within {_options.AttemptTimeout.TotalSeconds:0.###} s per attempt, {_options.Timeout.TotalSeconds:0.###} s in all", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(call, "did not answer in time", exception);
        }
        catch (HttpRequestException exception)
        {
            // The exception's own message names only the host; the key travels in a header, never in the URL.
            throw Unavailable(call, $"could not be reached ({exception.HttpRequestError})", exception);
        }
    }

    /// <summary>A 4xx that refuses the request itself (not the credentials, a missing route, or a transient 408/429).</summary>
    private static bool IsRefusal(HttpStatusCode status) =>
        (int)status is >= 400 and < 500
        && status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

    private static string RefusalReason(HttpStatusCode status, string body)
    {
        var fallback = $"the gateway refused it (HTTP {(int)status})";
        try
        {
            return Reason(JsonSerializer.Deserialize(body, PaymentGatewayJsonContext.Default.RefusalAnswer)?.FailureReason, fallback);
        }
        catch (JsonException)
        {
            return fallback;
        }
    }

    private static string Reason(string? reason, string fallback) =>
        string.IsNullOrWhiteSpace(reason) ? fallback : reason.Length > 500 ? reason[..500] : reason;

    private T Read<T>(string call, string body, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw Unavailable(call, "answered an empty body");
        }
        catch (JsonException exception)
        {
            throw Unavailable(call, "answered something that is not the contract's JSON", exception);
        }
    }

    /// <summary>A payment answer is believed only whole: a known status, an id, tenge, and the page for one awaiting its payer.</summary>
    private GatewayPayment Believe(string call, PaymentAnswer answer)
    {
        var status = PaymentGatewayContract.ParseStatus(answer.Status)
            ?? throw Unavailable(call, "answered a payment status the contract does not know");
        if (status != GatewayPaymentStatus.Declined && string.IsNullOrWhiteSpace(answer.Id))
        {
            throw Unavailable(call, "answered a payment without its id");
        }

        var amount = PaymentGatewayContract.ParseMoney(answer.Amount, answer.Currency)
            ?? throw Unavailable(call, "answered without an amount in tenge (a decimal string and \"KZT\")");

        Uri? page = null;
        if (status == GatewayPaymentStatus.AwaitingPayer
            && (!Uri.TryCreate(answer.PaymentPageUrl, UriKind.Absolute, out page) || (page.Scheme != Uri.UriSchemeHttps && page.Scheme != Uri.UriSchemeHttp)))
        {
            throw Unavailable(call, "answered a payment awaiting its payer without an absolute payment page URL");
        }

        var reason = status == GatewayPaymentStatus.Declined ? Reason(answer.FailureReason, "declined by the gateway") : answer.FailureReason;
        return new GatewayPayment(status, string.IsNullOrWhiteSpace(answer.Id) ? null : answer.Id, page, reason, amount);
    }

    private PaymentGatewayUnavailableException Unavailable(string call, string what, Exception? inner = null)
    {
        var message = $"The payment gateway, {call}, {what}.";
        LogUnavailable(message);
        return new PaymentGatewayUnavailableException(message, inner);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private partial void LogUnavailable(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "The payment gateway refused {Call} with HTTP {Status}")]
    private partial void LogRefused(string call, int status);
}
