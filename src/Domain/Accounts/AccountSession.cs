using Seo.Domain.Common;

namespace Seo.Domain.Accounts;

/// <summary>
/// One sign-in and the refresh tokens that descend from it (a token family). Only the newest
/// token's hash is kept; every use replaces it (rotation). A token of the family that is not the
/// newest was stolen or replayed: the whole family is revoked (reuse detection), and every access
/// token issued under it stops with it, since each names its session.
/// </summary>
public sealed class AccountSession : AggregateRoot<Guid>
{
    private AccountSession()
    {
    }

    public AccountId AccountId { get; private set; }

    /// <summary>SHA-256 (hex) of the newest refresh token; the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = string.Empty;

    /// <summary>How many times the token was rotated.</summary>
    public int Generation { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The newest token is refused after this; each rotation moves it on, up to <see cref="EndsAt"/>.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The session's absolute end: rotation never carries it past this.</summary>
    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBecause { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static AccountSession Start(Guid id, AccountId accountId, string tokenHash, TimeSpan idleLifetime, TimeSpan absoluteLifetime, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        var session = new AccountSession
        {
            Id = id,
            AccountId = accountId,
            TokenHash = tokenHash,
            StartedAt = now,
            EndsAt = now + absoluteLifetime,
        };
        session.ExpiresAt = Min(now + idleLifetime, session.EndsAt);
        session.Raise(new AccountSessionStarted(id, accountId, now));
        return session;
    }

    /// <summary>
    /// Exchanges the newest refresh token for the next one. A token that is not the newest revokes
    /// the family and is refused as reused; an expired or revoked session refuses any token.
    /// </summary>
    public Result Rotate(string presentedHash, string nextHash, TimeSpan idleLifetime, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(nextHash);
        if (IsRevoked || now >= ExpiresAt)
        {
            return AccountErrors.InvalidRefreshToken;
        }

        if (!string.Equals(presentedHash, TokenHash, StringComparison.Ordinal))
        {
            Revoke("refresh-token-reused", now);
            return AccountErrors.RefreshTokenReused;
        }

        TokenHash = nextHash;
        Generation++;
        ExpiresAt = Min(now + idleLifetime, EndsAt);
        Raise(new AccountSessionRotated(Id, AccountId, Generation, now));
        return Result.Success();
    }

    /// <summary>Ends the session (sign-out, reuse, a new password): its refresh token and its access tokens stop at once.</summary>
    public void Revoke(string because, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return;
        }

        RevokedAt = now;
        RevokedBecause = because;
        Raise(new AccountSessionRevoked(Id, AccountId, because, now));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

public sealed record AccountSessionStarted(Guid SessionId, AccountId AccountId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountSessionRotated(Guid SessionId, AccountId AccountId, int Generation, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountSessionRevoked(Guid SessionId, AccountId AccountId, string Because, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
