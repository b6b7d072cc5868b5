using System.Security.Cryptography;

namespace Seo.Infrastructure.Payments.Gateway;

/// <summary>
/// The secret the gateway signs its callbacks with, and how far a callback's signed time may be
/// from the server's clock. A singleton: from the configuration in production, a random one in the
/// sandbox (<see cref="CreateRandom"/>), which then signs its own simulated callbacks with it.
/// Its <see cref="ToString"/> never shows the secret.
/// </summary>
internal sealed class GatewayCallbackSecret
{
    public GatewayCallbackSecret(string value, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < PaymentGatewayOptions.MinimumCallbackSecretLength || string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"A callback secret is at least {PaymentGatewayOptions.MinimumCallbackSecretLength} characters long.", nameof(value));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(tolerance, TimeSpan.FromSeconds(1));
        Value = value;
        Tolerance = tolerance;
    }

    public string Value { get; }

    public TimeSpan Tolerance { get; }

    /// <summary>A fresh secret of 32 random bytes (base64url, 43 characters).</summary>
    public static GatewayCallbackSecret CreateRandom(TimeSpan? tolerance = null) =>
        new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'), tolerance ?? TimeSpan.FromMinutes(5));

    public override string ToString() => $"{nameof(GatewayCallbackSecret)} (secret hidden, tolerance {Tolerance})";
}
