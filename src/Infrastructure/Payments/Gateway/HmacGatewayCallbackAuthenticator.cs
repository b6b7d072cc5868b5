using System.Security.Cryptography;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Payments.Gateway;

/// <summary>
/// Believes a callback only when its <see cref="GatewayCallbackSignature"/> is the HMAC of its raw
/// body with the shared secret (compared in constant time) and its signed time is within
/// <see cref="GatewayCallbackSecret.Tolerance"/> of the server's clock, either way. A repeated
/// delivery inside that window is recognised upstream by its event id.
/// </summary>
internal sealed class HmacGatewayCallbackAuthenticator(GatewayCallbackSecret secret, TimeProvider clock) : IGatewayCallbackAuthenticator
{
    public static readonly DomainError SignatureMissing = new(
        "gateway-signature-missing", $"The callback has no {GatewayCallbackSignature.HeaderName} header.", ErrorKind.Unauthenticated);

    public static readonly DomainError SignatureInvalid = new(
        "gateway-signature-invalid", $"The callback's {GatewayCallbackSignature.HeaderName} header is malformed or does not match its body.", ErrorKind.Unauthenticated);

    public static readonly DomainError SignatureExpired = new(
        "gateway-signature-expired", "The callback was signed too long before or after now; it may be a replay.", ErrorKind.Unauthenticated);

    public Result<GatewayEvent> Authenticate(string body, string? signature)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return SignatureMissing;
        }

        if (!GatewayCallbackSignature.TryParse(signature, out var seconds, out var signatures))
        {
            return SignatureInvalid;
        }

        var expected = GatewayCallbackSignature.Mac(body, secret.Value, seconds);
        var matches = false;
        foreach (var candidate in signatures)
        {
            // Every candidate is compared, in constant time, so the time taken says nothing about which (if any) matched.
            matches |= CryptographicOperations.FixedTimeEquals(expected, candidate);
        }

        if (!matches)
        {
            return SignatureInvalid;
        }

        // Checked only once the signature holds, so a forger learns nothing about the clock.
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)secret.Tolerance.TotalSeconds)
        {
            return SignatureExpired;
        }

        return GatewayCallbackBody.Parse(body);
    }
}
