using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.WebApi.Auth;

/// <summary>The authenticated caller, read from the bearer token's claims.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public AccountId? AccountId =>
        Guid.TryParse(Principal?.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? new AccountId(id)
            : null;

    public Role? Role => Enum.TryParse<Role>(Principal?.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public Guid? SessionId => Guid.TryParse(Principal?.FindFirstValue(JwtTokenIssuer.SessionClaim), out var id) ? id : null;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
}
