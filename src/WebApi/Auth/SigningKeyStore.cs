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

        return new SymmetricSecurityKey(ReadOrCreate(dataDirectory, "jwt-signing.key", 64));
    }

    /// <summary>
    /// A random key kept in the data folder, readable by its owner only: made on first use, read
    /// on every later start. For the embedded default; server deployments configure their keys.
    /// </summary>
    public static byte[] ReadOrCreate(string dataDirectory, string fileName, int size)
    {
        DataDirectory.Ensure(dataDirectory);
        var path = Path.Combine(dataDirectory, fileName);
        if (!File.Exists(path))
        {
            DataDirectory.WriteOwnerOnly(path, RandomNumberGenerator.GetBytes(size));
        }

        return File.ReadAllBytes(path);
    }
}
