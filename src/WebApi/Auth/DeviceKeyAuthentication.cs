using System.Security.Claims;
using System.Text.Encodings.Web;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Seo.Application.Devices.AuthenticateDevice;
using Seo.Domain.Accounts;
using Seo.WebApi.Http;

namespace Seo.WebApi.Auth;

/// <summary>
/// Cameras authenticate with their API key in <c>X-Device-Key</c>: a valid, unrevoked key gives
/// the Device role, the device's id (<c>sub</c>) and its checkpoint. Only endpoints whose policy
/// names this scheme read the header; a bearer token is never accepted in its place.
/// </summary>
internal sealed class DeviceKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DeviceKey";
    public const string Header = "X-Device-Key";
    public const string CheckpointClaim = "checkpoint";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var mediator = Context.RequestServices.GetRequiredService<IMediator>();
        var result = await mediator.Send(new AuthenticateDevice(values.ToString()), Context.RequestAborted);
        if (!result.IsSuccess)
        {
            return AuthenticateResult.Fail(result.Error.Message);
        }

        var device = result.Value;
        var identity = new ClaimsIdentity(
            [
                new Claim("sub", device.DeviceId.ToString()),
                new Claim(ClaimTypes.NameIdentifier, device.DeviceId.ToString()),
                new Claim(ClaimTypes.Name, device.Name),
                new Claim(ClaimTypes.Role, nameof(Role.Device)),
                new Claim(CheckpointClaim, device.Checkpoint),
            ],
            SchemeName,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 as problem details, the same answer for a missing, unknown, wrong or revoked key.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.Of(StatusCodes.Status401Unauthorized, "invalid-device-key", $"A camera authenticates with a valid, unrevoked API key in the {Header} header.")
            .ExecuteAsync(Context);

    /// <summary>The device id of an authenticated device principal.</summary>
    public static Guid DeviceIdOf(ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not a device principal."));
}
