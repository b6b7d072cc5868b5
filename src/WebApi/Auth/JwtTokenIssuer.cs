using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.WebApi.Auth;

internal sealed class JwtTokenIssuer(JwtOptions options, SymmetricSecurityKey key, TimeProvider clock) : ITokenIssuer
{
    public IssuedToken Issue(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = clock.GetUtcNow();
        var expires = now + options.Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, account.Id.Value.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, account.Email.Value),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
            ]),
        });
        return new IssuedToken(token, expires);
    }
}
