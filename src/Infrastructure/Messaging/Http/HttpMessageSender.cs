using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Seo.Application.Messaging.Common;

namespace Seo.Infrastructure.Messaging.Http;

/// <summary>
/// Sends a message as one JSON POST to a provider and reads its receipt. The message id goes as
/// the provider's client reference and <c>Idempotency-Key</c>, so the quick retries of the
/// resilience pipeline and the delivery job's later ones never deliver a message twice. Only a
/// 2xx answer with a receipt id is a success; every other ending (an error status after the
/// retries, a timeout, a connection error, an unreadable receipt) is a failed attempt.
/// </summary>
internal abstract class HttpMessageSender(IHttpClientFactory clients, MessageProviderOptions options) : IMessageSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The named HttpClient (with its resilience pipeline).</summary>
    protected abstract string ClientName { get; }

    /// <summary>The path under the base URL the message is POSTed to.</summary>
    protected abstract string Path { get; }

    protected abstract object Body(OutgoingMessage message);

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var body = Body(message);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
            {
                Content = JsonContent.Create(body, body.GetType(), options: Json),
            };
            request.Headers.Add(MessageProviderOptions.ApiKeyHeader, options.ApiKey);
            request.Headers.Add(MessageProviderOptions.IdempotencyKeyHeader, message.MessageId.ToString("N"));
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return SendOutcome.Failure($"{ClientName} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            var receipt = await response.Content.ReadFromJsonAsync<ProviderReceipt>(Json, cancellationToken);
            return receipt?.Id is { Length: > 0 } id && !string.IsNullOrWhiteSpace(id)
                ? SendOutcome.Accepted(id)
                : SendOutcome.Failure($"{ClientName} answered without a receipt id");
        }
        catch (JsonException)
        {
            return SendOutcome.Failure($"{ClientName} answered with a receipt that is not valid JSON");
        }
        catch (NotSupportedException)
        {
            // ReadFromJsonAsync refuses a content type that is not JSON.
            return SendOutcome.Failure($"{ClientName} answered with a receipt that is not JSON");
        }
        catch (TimeoutRejectedException)
        {
            return SendOutcome.Failure($"{ClientName} did not answer within {options.Timeout.TotalSeconds:0.###} s");
        }
        catch (BrokenCircuitException)
        {
            return SendOutcome.Failure($"{ClientName} is failing; calls are paused");
        }
        catch (HttpRequestException exception)
        {
            return SendOutcome.Failure($"{ClientName} could not be reached: {exception.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Failure($"{ClientName} did not answer in time");
        }
    }

    /// <summary>The provider's answer: its id for the accepted message.</summary>
    private sealed record ProviderReceipt([property: JsonPropertyName("id")] string? Id);
}

/// <summary>SMS: <c>POST {BaseUrl}/messages</c> with the phone and the text.</summary>
internal sealed class SmsHttpSender(IHttpClientFactory clients, SmsProviderOptions options) : HttpMessageSender(clients, options.Value), ISmsSender
{
    public const string Name = "messaging-sms";

    protected override string ClientName => Name;

    protected override string Path => "messages";

    protected override object Body(OutgoingMessage message) =>
        new { clientReference = message.MessageId.ToString("N"), to = message.Destination, text = message.Text };
}

/// <summary>Push: <c>POST {BaseUrl}/messages</c> to the owner account's topic.</summary>
internal sealed class PushHttpSender(IHttpClientFactory clients, PushProviderOptions options) : HttpMessageSender(clients, options.Value), IPushSender
{
    public const string Name = "messaging-push";

    protected override string ClientName => Name;

    protected override string Path => "messages";

    protected override object Body(OutgoingMessage message) =>
        new { clientReference = message.MessageId.ToString("N"), topic = message.Destination, title = TitleOf(message), text = message.Text };

    private static string TitleOf(OutgoingMessage message) => message.Kind switch
    {
        Domain.Messaging.MessageKind.Reminder => "Booking reminder",
        Domain.Messaging.MessageKind.Call => "Your vehicle is called",
        _ => "Booking annulled",
    };
}

/// <summary>R33, main channel: <c>POST {BaseUrl}/call-lists</c> to the officers' console of the checkpoint.</summary>
internal sealed class OfficersConsoleHttpSender(IHttpClientFactory clients, OfficersConsoleProviderOptions options)
    : HttpMessageSender(clients, options.Value), IOfficersConsoleSender
{
    public const string Name = "messaging-officers-console";

    protected override string ClientName => Name;

    protected override string Path => "call-lists";

    protected override object Body(OutgoingMessage message) =>
        new { clientReference = message.MessageId.ToString("N"), checkpoint = message.Destination, text = message.Text };
}

/// <summary>Typed wrappers, so each adapter receives its own provider's settings from the container.</summary>
internal sealed class EmailHttpSender(IHttpClientFactory clients, EmailProviderOptions options) : HttpMessageSender(clients, options.Value), IEmailSender
{
    public const string Name = "messaging-email";

    protected override string ClientName => Name;

    protected override string Path => "emails";

    protected override object Body(OutgoingMessage message) =>
        new { clientReference = message.MessageId.ToString("N"), to = message.Destination, subject = "Your Seo account", text = message.Text };
}

internal sealed record EmailProviderOptions(MessageProviderOptions Value);

internal sealed record SmsProviderOptions(MessageProviderOptions Value);

internal sealed record PushProviderOptions(MessageProviderOptions Value);

internal sealed record OfficersConsoleProviderOptions(MessageProviderOptions Value);
