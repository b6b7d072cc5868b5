namespace Seo.Infrastructure.Messaging.Http;

/// <summary>
/// One messaging provider's HTTP endpoint (sections <c>Seo:Messaging:Sms</c>, <c>Seo:Messaging:Push</c>,
/// <c>Seo:Messaging:Officers:Main</c>). Unset <see cref="BaseUrl"/>: the provider is not configured.
/// </summary>
public sealed class MessageProviderOptions
{
    /// <summary>The header the API key travels in.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The header that carries the message id, so the provider accepts a resend once.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Absolute http(s) URL; messages are POSTed to a path under it.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>A secret: set it from the environment or a secret store, never in appsettings.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Quick retries of one send after a transient failure (5xx, 408, 429, timeout, connection error); the delivery job retries later ones with back-off.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first quick retry's median delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    /// <summary>The base address with a trailing slash, so relative paths keep any path prefix of the URL.</summary>
    public Uri BaseAddress => new(BaseUrl!.TrimEnd('/') + "/", UriKind.Absolute);

    /// <summary>Refuses a configuration the adapter could not work with, naming the setting.</summary>
    public void Validate(string section)
    {
        if (!Uri.TryCreate(BaseUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{section}:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new InvalidOperationException(
                $"{section}:BaseUrl is set but the API key is not: set {section.Replace(":", "__", StringComparison.Ordinal)}__ApiKey from the environment or a secret store.");
        }

        if (Timeout < TimeSpan.FromMilliseconds(10) || RetryDelay < TimeSpan.Zero || Retries is < 0 or > 10)
        {
            throw new InvalidOperationException($"{section}: Timeout must be at least 10 ms, RetryDelay not negative, Retries 0 to 10.");
        }
    }
}
