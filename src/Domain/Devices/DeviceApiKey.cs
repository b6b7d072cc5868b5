using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Seo.Domain.Devices;

/// <summary>
/// A device's API key: <c>seo_dev_{device id}_{secret}</c>, where the secret is 256 random bits.
/// Only its SHA-256 hash is stored. The device id in the key lets the server find the one
/// device to compare with (no search by secret), and the hashes are compared in constant time.
/// </summary>
/// <remarks>
/// A fast hash is enough here, unlike for passwords: a slow hash (PBKDF2, Argon2) only protects
/// secrets with little entropy that an attacker holding the hashes could guess. A 256-bit random
/// secret cannot be guessed at any hashing speed, so SHA-256 keeps stolen hashes useless while
/// every camera request stays cheap to authenticate.
/// </remarks>
public static class DeviceApiKey
{
    public const string Prefix = "seo_dev_";

    /// <summary>Bytes of randomness in a key's secret (256 bits).</summary>
    public const int SecretBytes = 32;

    /// <summary>The length of a stored hash in hexadecimal characters (SHA-256).</summary>
    public const int HashLength = 64;

    /// <summary>A new key for <paramref name="device"/>: the text to show once, and the hash to keep.</summary>
    public static (string Key, string Hash) Issue(DeviceId device)
    {
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{device.Value:N}_{secret}");
        return (key, HashOf(key));
    }

    /// <summary>The lower-case hexadecimal SHA-256 of a key, as stored.</summary>
    public static string HashOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>The device a presented key claims to belong to, or null when it is not shaped like a key.</summary>
    public static DeviceId? DeviceOf(string? key)
    {
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 200)
        {
            return null;
        }

        var rest = key.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        return separator == 32 && Guid.TryParseExact(rest[..separator], "N", out var id) ? new DeviceId(id) : null;
    }

    /// <summary>
    /// Whether <paramref name="presented"/> hashes to <paramref name="storedHash"/>, compared in
    /// constant time so that the time taken says nothing about how much of the hash matched.
    /// </summary>
    public static bool Matches(string presented, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(presented);
        ArgumentNullException.ThrowIfNull(storedHash);
        var expected = Encoding.ASCII.GetBytes(storedHash);
        var actual = Encoding.ASCII.GetBytes(HashOf(presented));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
