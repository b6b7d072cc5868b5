using System.Globalization;
using System.Security.Cryptography;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Identity;

/// <summary>
/// PBKDF2-HMAC-SHA256 with a random 16-byte salt, stored as
/// <c>pbkdf2-sha256$iterations$salt$hash</c> so the work factor can rise without breaking old hashes.
/// </summary>
internal sealed class Pbkdf2PasswordHasher(int iterations = Pbkdf2PasswordHasher.DefaultIterations) : IPasswordHasher
{
    public const int DefaultIterations = 210_000;
    private const string Scheme = "pbkdf2-sha256";

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public bool Verify(string password, string hash)
    {
        var parts = hash.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var rounds))
        {
            return false;
        }

        Span<byte> salt = stackalloc byte[64];
        Span<byte> expected = stackalloc byte[64];
        if (rounds < 1
            || !Convert.TryFromBase64String(parts[2], salt, out var saltLength)
            || !Convert.TryFromBase64String(parts[3], expected, out var hashLength)
            || hashLength == 0)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt[..saltLength].ToArray(), rounds, HashAlgorithmName.SHA256, hashLength);
        return CryptographicOperations.FixedTimeEquals(actual, expected[..hashLength]);
    }
}
