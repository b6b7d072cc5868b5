using Seo.Domain.Accounts;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Issues short-lived bearer tokens that carry the account id, role, session (refresh-token
/// family) and security stamp; every request checks the last two against the store.
/// </summary>
public interface ITokenIssuer
{
    IssuedToken Issue(Account account, Guid sessionId);
}

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
