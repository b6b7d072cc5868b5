namespace Seo.WebApi.Startup;

/// <summary>
/// How the API faces the network (<c>Seo:Hosting</c>): HTTPS redirect and HSTS, the proxies whose
/// forwarded headers are trusted, and whether the API reference is public. Unset switches follow
/// the environment: on for a production host, the reference off; the reverse in Development and Testing.
/// </summary>
internal sealed class HostingOptions
{
    public const string Section = "Seo:Hosting";

    /// <summary>Redirect HTTP to HTTPS and send Strict-Transport-Security. Default: on outside Development and Testing.</summary>
    public bool? Https { get; set; }

    /// <summary>The port HTTP is redirected to; 443 unless the proxy or Kestrel listens elsewhere.</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>Strict-Transport-Security max-age; a year by default.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Serve the API reference (/docs) and the OpenAPI document. Default: on in Development and Testing only.</summary>
    public bool? ApiReference { get; set; }

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public bool HttpsIn(IHostEnvironment environment) => Https ?? IsProduction(environment);

    public bool ApiReferenceIn(IHostEnvironment environment) => ApiReference ?? !IsProduction(environment);

    /// <summary>Every environment but Development and Testing (the test host's) is treated as production.</summary>
    public static bool IsProduction(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !environment.IsDevelopment() && !environment.IsEnvironment("Testing");
    }

    public static HostingOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<HostingOptions>() ?? new HostingOptions();
}

/// <summary>
/// Behind a reverse proxy: trust X-Forwarded-For and X-Forwarded-Proto from these proxies only
/// (addresses) and networks (CIDR, e.g. 10.0.0.0/8). Off by default; when on with neither list,
/// only a proxy on this machine (loopback) is trusted.
/// </summary>
internal sealed class ForwardedHeadersSettings
{
    public bool Enabled { get; set; }

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];
}
