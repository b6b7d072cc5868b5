using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.IssueToken;

/// <summary>An account holder exchanges e-mail and password for a bearer token. Changes nothing, so it is not a command.</summary>
public sealed record IssueToken(string? Email, string? Password) : IRequest<Result<TokenDto>>;

public sealed record TokenDto(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, Guid AccountId, string Role)
{
    public static TokenDto From(IssuedToken token, Domain.Accounts.Account account)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(account);
        return new TokenDto(token.AccessToken, "Bearer", token.ExpiresAt, account.Id.Value, account.Role.ToString());
    }
}
