using System.Globalization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.WebApi.Auth;

/// <summary>
/// After a bearer token's signature and lifetime check out, the store is asked whether its
/// account is still enabled under the same security stamp and its session still open
/// (<see cref="IAccountSessionCheck"/>): a disabled account, a sign-out, a reused refresh token
/// or a new password stops the token on its next request, on every instance.
/// </summary>
internal static class SessionValidation
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (!Guid.TryParse(principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var account)
            || !Guid.TryParse(principal?.FindFirst(JwtTokenIssuer.SessionClaim)?.Value, out var session)
            || !int.TryParse(principal?.FindFirst(JwtTokenIssuer.StampClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stamp))
        {
            context.Fail("The token names no session.");
            return;
        }

        var check = context.HttpContext.RequestServices.GetRequiredService<IAccountSessionCheck>();
        if (!await check.IsActiveAsync(new AccountId(account), session, stamp, context.HttpContext.RequestAborted))
        {
            context.Fail("The token's account is disabled, its password changed or its session ended.");
        }
    }
}
