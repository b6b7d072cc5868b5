using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Seo.Infrastructure.Privacy;

namespace Seo.WebApi.Auth;

/// <summary>
/// The token signing key: from configuration, or for the embedded default a random key made
/// once and kept beside the database, so tokens survive a restart and no key is ever committed.
/// Several instances behind one address (a server store) must share a configured key, or each
/// refuses the others' tokens; the README says so.
/// </summary>
internal static class SigningKeyStore
{
    public const int MinimumBytes = 32;

    public static SymmetricSecurityKey Resolve(JwtOptions options, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = Convert.FromBase64String(options.SigningKey);
            return configured.Length >= MinimumBytes
                ? new SymmetricSecurityKey(configured)
                : throw new InvalidOperationException($"Auth:Jwt:SigningKey must be at least {MinimumBytes} bytes (base64).");
        }

        DataDirectory.Ensure(dataDirectory);
        var path = Path.Combine(dataDirectory, "jwt-signing.key");
        if (!File.Exists(path))
        {
            DataDirectory.WriteOwnerOnly(path, RandomNumberGenerator.GetBytes(64));
        }

        return new SymmetricSecurityKey(File.ReadAllBytes(path));
    }
}
