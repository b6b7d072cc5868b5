using Microsoft.Extensions.Options;

namespace Seo.Infrastructure.Payments.Gateway;

/// <summary>
/// The acquiring bank's payment gateway (section <c>Seo:Payments:Gateway</c>); the wire contract and
/// the callback signature are in <c>docs/payments.md</c>. <see cref="ApiKey"/> and
/// <see cref="CallbackSecret"/> are secrets: set them from the environment or a secret store, never log them.
/// </summary>
internal sealed class PaymentGatewayOptions
{
    public const string Section = "Seo:Payments:Gateway";

    /// <summary>The shortest callback secret accepted: 32 characters.</summary>
    public const int MinimumCallbackSecretLength = 32;

    /// <summary>Absolute http(s) URL; calls go to <c>{BaseUrl}/v1/payments…</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Whether an acquiring gateway is configured; until it is, the sandbox acquirer stands in.</summary>
    public bool IsConfigured => BaseUrl is not null;

    /// <summary>Seo's merchant id at the gateway, sent as <c>X-Merchant-Id</c>.</summary>
    public string? MerchantId { get; set; }

    /// <summary>A secret: the bearer token of every call (<c>Seo__Payments__Gateway__ApiKey</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>A secret shared with the gateway that signs its callbacks; at least 32 characters when set.</summary>
    public string? CallbackSecret { get; set; }

    /// <summary>How far a callback's signed time may be from the server's clock, either way (replay protection).</summary>
    public TimeSpan CallbackTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one call may take in all, its attempts and the delays between them included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries after a transient failure (5xx, 408, 429, timeout, connection error); 0 turns retries off.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first retry's median delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The base address with a trailing slash, so the relative paths keep any path prefix of the URL.</summary>
    public Uri BaseAddress => new(BaseUrl!.AbsoluteUri.TrimEnd('/') + "/", UriKind.Absolute);

    /// <summary>Whether the gateway was told to send callbacks: only when Seo can check their signature.</summary>
    public bool Callbackless => string.IsNullOrEmpty(CallbackSecret);
}

/// <summary>
/// Refuses, at start, a gateway configuration the adapter could not work with; each message names
/// the setting and never shows a secret's value.
/// </summary>
internal sealed class PaymentGatewayOptionsValidator : IValidateOptions<PaymentGatewayOptions>
{
    // The bounds the resilience pipeline itself accepts (its timeouts are 10 ms to 1 day).
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, PaymentGatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string section = PaymentGatewayOptions.Section;
        var failures = new List<string>();

        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{section}:BaseUrl must be an absolute http(s) URL.");
        }
        else if (!string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            failures.Add($"{section}:BaseUrl must not carry user information, a query or a fragment (credentials go in ApiKey).");
        }

        if (string.IsNullOrWhiteSpace(options.MerchantId))
        {
            failures.Add($"{section}:MerchantId is required.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{section}:ApiKey is required: set Seo__Payments__Gateway__ApiKey from the environment or a secret store.");
        }

        failures.AddRange(CallbackFailures(options, secretRequired: false));

        if (options.Timeout < ShortestTimeout || options.Timeout > LongestTimeout)
        {
            failures.Add($"{section}:Timeout must be between 10 ms and 1 day, not {options.Timeout}.");
        }

        if (options.AttemptTimeout < ShortestTimeout || options.AttemptTimeout > options.Timeout)
        {
            failures.Add($"{section}:AttemptTimeout must be at least 10 ms and no longer than Timeout ({options.Timeout}), not {options.AttemptTimeout}.");
        }

        if (options.Retries is < 0 or > 10)
        {
            failures.Add($"{section}:Retries must be between 0 and 10, not {options.Retries}.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > options.Timeout)
        {
            failures.Add($"{section}:RetryDelay must be between 0 and Timeout ({options.Timeout}), not {options.RetryDelay}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The rules of the callback settings; the secret itself may be left unset unless <paramref name="secretRequired"/>.</summary>
    public static IEnumerable<string> CallbackFailures(PaymentGatewayOptions options, bool secretRequired)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string section = PaymentGatewayOptions.Section;
        if (string.IsNullOrEmpty(options.CallbackSecret))
        {
            if (secretRequired)
            {
                yield return $"{section}:CallbackSecret is required to accept the gateway's callbacks: set Seo__Payments__Gateway__CallbackSecret from the environment or a secret store.";
            }
        }
        else if (options.CallbackSecret.Length < PaymentGatewayOptions.MinimumCallbackSecretLength || string.IsNullOrWhiteSpace(options.CallbackSecret))
        {
            yield return $"{section}:CallbackSecret must be at least {PaymentGatewayOptions.MinimumCallbackSecretLength} characters long (it has {options.CallbackSecret.Length}).";
        }

        if (options.CallbackTolerance < TimeSpan.FromSeconds(1) || options.CallbackTolerance > TimeSpan.FromHours(1))
        {
            yield return $"{section}:CallbackTolerance must be between 1 second and 1 hour, not {options.CallbackTolerance}.";
        }
    }
}
