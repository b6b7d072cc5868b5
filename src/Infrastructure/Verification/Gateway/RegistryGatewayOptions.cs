namespace Seo.Infrastructure.Verification.Gateway;

/// <summary>
/// The e-government gateway that answers the automated checks of R18 (section <c>Seo:Registries:Gateway</c>).
/// Unset <see cref="BaseUrl"/> keeps the simulated registries (docs/demo-registries.md); see <c>docs/registries.md</c>.
/// </summary>
public sealed class RegistryGatewayOptions
{
    public const string Section = "Seo:Registries:Gateway";

    /// <summary>The header the API key travels in.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Absolute http(s) URL; each check is <c>POST {BaseUrl}/checks/{number}</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>A secret: set it from the environment or a secret store (<c>Seo__Registries__Gateway__ApiKey</c>), never in appsettings.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one attempt of one check may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the whole verification (all checks, all attempts) may take; a check still open then is unavailable.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Retries of a check after a transient failure (5xx, 408, 429, timeout, connection error); 0 turns retries off.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first retry's median delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a check's circuit stays open (answering unavailable without a call) after it kept failing.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the gateway is configured at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    /// <summary>The base address with a trailing slash, so relative check paths keep any path prefix of the URL.</summary>
    public Uri BaseAddress => new(BaseUrl!.TrimEnd('/') + "/", UriKind.Absolute);

    /// <summary>Refuses a configuration the adapter could not work with, naming the setting.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(BaseUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{Section}:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new InvalidOperationException(
                $"{Section}:BaseUrl is set but the API key is not: set Seo__Registries__Gateway__ApiKey from the environment or a secret store.");
        }

        if (Timeout < TimeSpan.FromMilliseconds(10) || Deadline < TimeSpan.FromMilliseconds(10) || RetryDelay < TimeSpan.Zero || BreakDuration < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException($"{Section}: Timeout and Deadline must be at least 10 ms, RetryDelay not negative, BreakDuration at least 1 s.");
        }

        if (Retries is < 0 or > 10)
        {
            throw new InvalidOperationException($"{Section}:Retries must be between 0 and 10, not {Retries}.");
        }
    }
}
