using Seo.Domain.Accounts;

namespace Seo.Application.Common.Ports;

/// <summary>Issues bearer tokens that carry the account id and role.</summary>
public interface ITokenIssuer
{
    IssuedToken Issue(Account account);
}

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
