using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.WebApi.Auth;

internal sealed class JwtTokenIssuer(JwtOptions options, SymmetricSecurityKey key, TimeProvider clock) : ITokenIssuer
{
    /// <summary>The session (refresh-token family) an access token belongs to.</summary>
    public const string SessionClaim = "sid";

    /// <summary>The account's security stamp when the token was issued.</summary>
    public const string StampClaim = "stamp";

    public IssuedToken Issue(Account account, Guid sessionId)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = clock.GetUtcNow();
        var expires = now + options.Lifetime;
        List<Claim> claims =
        [
            new Claim(JwtRegisteredClaimNames.Sub, account.Id.Value.ToString()),
            new Claim(JwtRegisteredClaimNames.Email, account.Email.Value),
            new Claim(ClaimTypes.Role, account.Role.ToString()),
            new Claim(SessionClaim, sessionId.ToString()),
            new Claim(StampClaim, account.SecurityStamp.ToString(CultureInfo.InvariantCulture)),
        ];

        // An account with setup to do gets a token that allows only that (AccountSetupMiddleware).
        claims.AddRange(account.PendingSetup.Select(step => new Claim(AccountSetupMiddleware.Claim, step)));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(claims),
        });
        return new IssuedToken(token, expires);
    }
}
