using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.IssueToken;

/// <summary>
/// An account holder exchanges e-mail and password for a short access token and a refresh token
/// (a new session). Not a command: a refused sign-in is still recorded (audit trail), and the
/// session is written in a transaction of its own.
/// </summary>
/// <param name="TotpCode">The authenticator's current code: officers, registrars and analysts who have enrolled one.</param>
public sealed record IssueToken(string? Email, string? Password, string? TotpCode = null) : IRequest<Result<TokenDto>>;

/// <param name="RefreshToken">Exchanged once at <c>POST /api/v1/auth/token/refresh</c> for the next pair; shown only here.</param>
/// <param name="Setup">
/// What the account must do first (<c>change-password</c>, <c>enrol-totp</c>); while any is
/// listed the access token allows only those, and every other request is 403 <c>account-setup-required</c>.
/// </param>
public sealed record TokenDto(
    string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshExpiresAt, Guid AccountId, string Role,
    IReadOnlyList<string> Setup)
{
    public static TokenDto From(IssuedToken token, Domain.Accounts.Account account, string refreshToken, DateTimeOffset refreshExpiresAt)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(account);
        return new TokenDto(token.AccessToken, "Bearer", token.ExpiresAt, refreshToken, refreshExpiresAt, account.Id.Value, account.Role.ToString(), account.PendingSetup);
    }
}
