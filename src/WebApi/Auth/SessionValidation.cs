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
        bool active;
        try
        {
            active = await check.IsActiveAsync(new AccountId(account), session, stamp, context.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (IsStoreUnreachable(exception))
        {
            // Fail closed: a token whose session cannot be checked opens nothing. The caller is told
            // 503 (OnChallengeAsync), not 401: signing in again would not help while the store is down.
            context.HttpContext.Items[StoreUnreachableItem] = true;
            context.Fail("The session could not be checked: the write store is unreachable.");
            return;
        }

        if (!active)
        {
            context.Fail("The token's account is disabled, its password changed or its session ended.");
        }
    }

    /// <summary>A protected endpoint asked while the session could not be checked answers 503 with Retry-After.</summary>
    public static async Task OnChallengeAsync(JwtBearerChallengeContext context)
    {
        if (context.HttpContext.Items.ContainsKey(StoreUnreachableItem))
        {
            context.HandleResponse();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            await Http.Problems.Of(StatusCodes.Status503ServiceUnavailable, "store-unavailable",
                "The write store is unreachable, so this session cannot be checked; try again shortly.").ExecuteAsync(context.HttpContext);
        }
    }

    private const string StoreUnreachableItem = "Seo.SessionCheck.StoreUnreachable";

    private static bool IsStoreUnreachable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
