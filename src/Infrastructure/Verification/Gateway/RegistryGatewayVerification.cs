using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Seo.Application.Common.Ports;
using Seo.Domain.Verification;
using Seo.Infrastructure.Http;

namespace Seo.Infrastructure.Verification.Gateway;

/// <summary>
/// Asks the e-government gateway for every check of R19 at once, one HTTP call per check, within
/// <see cref="RegistryGatewayOptions.Deadline"/>. Only a well-formed 2xx answer is believed; every
/// other ending (timeout, 5xx after retries, open circuit, 4xx, malformed answer, deadline) is
/// <see cref="CheckVerdict.Unavailable"/> with the reason, so nothing passes unchecked (R20).
/// </summary>
internal sealed partial class RegistryGatewayVerification(
    IHttpClientFactory clients,
    RegistryGatewayOptions options,
    TimeProvider clock,
    ILogger<RegistryGatewayVerification> logger) : IVehicleVerification
{
    public const string ClientName = "registry-gateway";

    private string UnavailableSource => $"registry gateway {options.BaseUrl}";

    public async Task<IReadOnlyList<CheckOutcome>> VerifyAsync(VerificationSubject subject, IReadOnlyList<CheckRequirement> requirements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(requirements);

        using var deadline = new CancellationTokenSource(options.Deadline, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var client = clients.CreateClient(ClientName);

        // All at once: the slowest registry, not the sum of them, bounds the wait.
        var outcomes = await Task.WhenAll(requirements.Select(r => CheckAsync(client, r.Check, subject, linked.Token)));

        // The caller gave up: its cancellation is not a registry's unavailability.
        cancellationToken.ThrowIfCancellationRequested();
        return outcomes;
    }

    private async Task<CheckOutcome> CheckAsync(HttpClient client, RegistryCheck check, VerificationSubject subject, CancellationToken cancellationToken)
    {
        // Off the caller's thread, so one slow serialisation or connect never delays the other checks' start.
        await Task.Yield();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"checks/{(int)check}", UriKind.Relative))
        {
            Content = JsonContent.Create(GatewayCheckRequest.For(check, subject), options: GatewayJson.Options),
        };
        request.Headers.Add(RegistryGatewayOptions.ApiKeyHeader, options.ApiKey);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Unavailable(check, $"the gateway answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            GatewayCheckAnswer? answer;
            try
            {
                answer = await response.Content.ReadFromJsonAsync<GatewayCheckAnswer>(GatewayJson.Options, cancellationToken);
            }
            catch (JsonException)
            {
                return Unavailable(check, "the gateway's answer is not valid JSON");
            }

            return Believe(check, answer);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Unavailable(check, $"no answer before the verification deadline of {options.Deadline.TotalSeconds:0.###} s");
        }
        catch (TimeoutRejectedException)
        {
            return Unavailable(check, $"no answer within {options.Timeout.TotalSeconds:0.###} s, {AttemptCounter.Attempts(request)} attempt(s)");
        }
        catch (BrokenCircuitException)
        {
            return Unavailable(check, "the circuit to this check is open after repeated failures; not called");
        }
        catch (HttpRequestException exception)
        {
            return Unavailable(check, $"the gateway could not be reached: {exception.Message}");
        }
    }

    /// <summary>An answer is believed only whole: a known verdict, a source, and a reason for a failure.</summary>
    private CheckOutcome Believe(RegistryCheck check, GatewayCheckAnswer? answer)
    {
        if (answer is null)
        {
            return Unavailable(check, "the gateway's answer is empty");
        }

        CheckVerdict? verdict = answer.Verdict switch
        {
            { } v when v.Equals("passed", StringComparison.OrdinalIgnoreCase) => CheckVerdict.Passed,
            { } v when v.Equals("failed", StringComparison.OrdinalIgnoreCase) => CheckVerdict.Failed,
            { } v when v.Equals("notApplicable", StringComparison.OrdinalIgnoreCase) => CheckVerdict.NotApplicable,
            _ => null,
        };
        if (verdict is null)
        {
            return Unavailable(check, answer.Verdict is null ? "the gateway's answer has no verdict" : $"the gateway's verdict '{answer.Verdict}' is not passed, failed or notApplicable");
        }

        if (string.IsNullOrWhiteSpace(answer.Source))
        {
            return Unavailable(check, "the gateway's answer does not name its source");
        }

        // R20: a refusal names its reason; a failure without one cannot be shown to the carrier.
        if (verdict == CheckVerdict.Failed && string.IsNullOrWhiteSpace(answer.Reason))
        {
            return Unavailable(check, "the gateway answered failed without a reason");
        }

        // R20: a document's term holds the booking to it, so a term that cannot be read is no term at all.
        DateOnly? validUntil = null;
        if (answer.ValidUntil is not null)
        {
            if (!DateOnly.TryParseExact(answer.ValidUntil, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Unavailable(check, $"the gateway's validUntil '{answer.ValidUntil}' is not a date (yyyy-MM-dd)");
            }

            validUntil = parsed;
        }

        return new CheckOutcome(check, verdict.Value, answer.Source, answer.Reason, answer.Reference, clock.GetUtcNow(), validUntil);
    }

    private CheckOutcome Unavailable(RegistryCheck check, string reason)
    {
        LogUnavailable(check, reason);
        return new CheckOutcome(check, CheckVerdict.Unavailable, UnavailableSource, reason, null, clock.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registry check {Check} is unavailable: {Reason}")]
    private partial void LogUnavailable(RegistryCheck check, string reason);
}
