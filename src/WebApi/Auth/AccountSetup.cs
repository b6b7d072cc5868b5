using Seo.Domain.Accounts;
using Seo.WebApi.Http;

namespace Seo.WebApi.Auth;

/// <summary>Marks the endpoints a token with pending setup may call: its own account, a new password, enrolling an authenticator, signing out.</summary>
internal sealed class AllowDuringSetup;

/// <summary>
/// A token issued while its account still has setup to do (a new password, a TOTP enrolment)
/// carries a <see cref="Claim"/> claim; with it, only endpoints marked <see cref="AllowDuringSetup"/>
/// answer, every other one is 403 <c>account-setup-required</c>.
/// </summary>
internal sealed class AccountSetupMiddleware(RequestDelegate next)
{
    public const string Claim = "setup";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == Claim)
            && context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<AllowDuringSetup>() is null
            && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
        {
            return Problems.From(AccountErrors.SetupRequired).ExecuteAsync(context);
        }

        return next(context);
    }
}
