using System.Security.Cryptography;
using System.Text;
using Seo.Application.Accounts.IssueToken;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.Application.Accounts.Sessions;

/// <summary>
/// Starts sessions: an access token and the first refresh token of a new family. A refresh token
/// is <c>{session id}.{256 random bits}</c>; only its SHA-256 is stored (a fast hash is enough for
/// a random secret of that size).
/// </summary>
public sealed class SessionTokens(IRepository<AccountSession> sessions, IUnitOfWork unitOfWork, ITokenIssuer issuer, SessionOptions options, TimeProvider clock)
{
    /// <summary>Starts a session inside the unit of work under way (a command); it is written when the unit commits.</summary>
    public async Task<TokenDto> StartAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var id = Guid.CreateVersion7();
        var refreshToken = NewRefreshToken(id);
        var session = AccountSession.Start(id, account.Id, HashOf(refreshToken), options.RefreshLifetime, options.SessionLifetime, clock.GetUtcNow());
        await sessions.AddAsync(session, cancellationToken);
        return TokenDto.From(issuer.Issue(account, id), account, refreshToken, session.ExpiresAt);
    }

    /// <summary>Starts a session in a transaction of its own: for a sign-in, which is no command.</summary>
    public Task<TokenDto> StartAloneAsync(Account account, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async token =>
            {
                await using var scope = await unitOfWork.BeginAsync(token);
                var started = await StartAsync(account, token);
                await unitOfWork.SaveChangesAsync(token);
                await scope.CommitAsync(token);
                return started;
            },
            cancellationToken);

    /// <summary>The next refresh token of a session, and its hash to store.</summary>
    public static (string Token, string Hash) Next(Guid sessionId)
    {
        var token = NewRefreshToken(sessionId);
        return (token, HashOf(token));
    }

    /// <summary>The session a refresh token names, if it is shaped like one.</summary>
    public static Guid? SessionOf(string? refreshToken) =>
        refreshToken is { Length: < 200 } && refreshToken.IndexOf('.', StringComparison.Ordinal) is var dot and > 0
        && Guid.TryParseExact(refreshToken[..dot], "N", out var id)
            ? id
            : null;

    public static string HashOf(string refreshToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));

    private static string NewRefreshToken(Guid sessionId) =>
        $"{sessionId:N}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
}
