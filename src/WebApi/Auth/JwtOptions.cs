namespace Seo.WebApi.Auth;

/// <summary>Bearer token settings (section <c>Auth:Jwt</c>). The signing key never lives in the repository.</summary>
public sealed class JwtOptions
{
    public const string Section = "Auth:Jwt";

    public string Issuer { get; set; } = "seo";

    public string Audience { get; set; } = "seo-api";

    /// <summary>
    /// Base64 HMAC-SHA256 key of at least 32 bytes. When empty, the embedded default generates
    /// one on first start and keeps it in the data folder (<c>jwt-signing.key</c>).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long an access token lives; a client refreshes it with its refresh token (<c>Auth:Sessions</c>).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);
}
