using Seo.Domain.Accounts;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// A test's authenticator app for one account: computes RFC 6238 codes on the app's fake clock.
/// The API accepts each step's code once and only within one step of now, and the fake clock
/// stands still, so the authenticator hands out the steps in turn and, when the window is used
/// up, the last access token it obtained stands in for a new sign-in.
/// </summary>
internal sealed class Authenticator(byte[] secret)
{
    private readonly Lock _lock = new();
    private long _lastStep = long.MinValue;

    public byte[] Secret => secret;

    /// <summary>The last token answer obtained with this authenticator (its access token and account).</summary>
    public System.Text.Json.Nodes.JsonObject? LastToken { get; set; }

    /// <summary>The next unused code within the window around <paramref name="now"/>, or null when all three were used.</summary>
    public string? NextCode(DateTimeOffset now)
    {
        lock (_lock)
        {
            var current = Totp.StepAt(now);
            for (var step = current - Totp.Drift; step <= current + Totp.Drift; step++)
            {
                if (step > _lastStep)
                {
                    _lastStep = step;
                    return Totp.Code(secret, step);
                }
            }

            return null;
        }
    }

    /// <summary>The code of the step at <paramref name="now"/>, whether used or not (for tests of reuse).</summary>
    public string CodeAt(DateTimeOffset now) => Totp.Code(secret, Totp.StepAt(now));

    public static Authenticator FromBase32(string secret) => new(Totp.FromBase32(secret)!);
}
