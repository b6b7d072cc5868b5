namespace Seo.Application.Accounts.Sessions;

/// <summary>Refresh tokens (section <c>Auth:Sessions</c>); the access token's own lifetime is <c>Auth:Jwt:Lifetime</c>.</summary>
public sealed class SessionOptions
{
    public const string Section = "Auth:Sessions";

    /// <summary>A refresh token unused this long expires; each use gives a new one with this lifetime again.</summary>
    public TimeSpan RefreshLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>However often it is refreshed, a session ends this long after its sign-in.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(7);
}
