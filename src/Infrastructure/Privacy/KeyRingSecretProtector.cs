using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Privacy;

/// <summary>
/// Staff TOTP secrets under the personal-data key ring (<c>pd1.</c> values, rotated by the same
/// re-encryption sweep), so there is one encryption scheme and one set of keys to guard and
/// rotate. Secrets written by earlier builds under their own key (<c>v1.</c> + nonce, tag and
/// ciphertext, key <c>Auth:Totp:EncryptionKey</c> or the data folder's <c>totp-secret.key</c>) are
/// still read while that key is there, and the sweep moves them onto the ring.
/// </summary>
public sealed class KeyRingSecretProtector(PersonalDataProtector ring, byte[]? legacyKey = null) : ISecretProtector
{
    /// <summary>Where earlier builds kept their key; read if present, never made.</summary>
    public const string LegacyKeySetting = "Auth:Totp:EncryptionKey";

    public const string LegacyKeyFile = "totp-secret.key";

    private const string LegacyPrefix = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Protect(ReadOnlySpan<byte> secret) => ring.Protect(Convert.ToBase64String(secret));

    public byte[] Unprotect(string protectedSecret)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);
        if (protectedSecret.StartsWith(PersonalDataProtector.Prefix, StringComparison.Ordinal))
        {
            return Convert.FromBase64String(ring.Unprotect(protectedSecret));
        }

        if (protectedSecret.StartsWith(LegacyPrefix, StringComparison.Ordinal) && legacyKey is not null)
        {
            return OpenLegacy(protectedSecret, legacyKey);
        }

        throw new CryptographicException("Not a protected secret, or one whose key is gone.");
    }

    /// <summary>The earlier builds' key, if this deployment has one: configured, or its file in the data folder.</summary>
    public static byte[]? LegacyKey(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var file = Path.Combine(dataDirectory, LegacyKeyFile);
        var key = configuration[LegacyKeySetting] is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : File.Exists(file) ? File.ReadAllBytes(file) : null;
        return key is null or { Length: 32 }
            ? key
            : throw new InvalidOperationException($"{LegacyKeySetting} (or {LegacyKeyFile}) must be 32 bytes: it is the AES-256 key earlier builds sealed TOTP secrets with.");
    }

    private static byte[] OpenLegacy(string protectedSecret, byte[] key)
    {
        var sealedBytes = Convert.FromBase64String(protectedSecret[LegacyPrefix.Length..]);
        var secret = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), secret);
        return secret;
    }
}
