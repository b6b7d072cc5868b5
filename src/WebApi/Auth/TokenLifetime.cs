namespace Seo.WebApi.Auth;

/// <summary>Whether a token's validity window contains <c>now</c>, allowing the configured clock skew.</summary>
internal static class TokenLifetime
{
    public static bool IsValid(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan clockSkew) =>
        expires is { } end && end > now - clockSkew && (notBefore is null || notBefore <= now + clockSkew);
}
