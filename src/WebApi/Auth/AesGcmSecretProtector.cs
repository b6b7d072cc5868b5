using System.Security.Cryptography;
using Seo.Application.Common.Ports;

namespace Seo.WebApi.Auth;

/// <summary>
/// AES-256-GCM for the TOTP secrets in the write store: <c>v1.</c> + base64(nonce | tag | ciphertext).
/// The key comes from <c>Auth:Totp:EncryptionKey</c> (base64, 32 bytes; instances sharing a store
/// share it) or, on the embedded default, from <c>totp-secret.key</c> in the data folder, made on
/// first start. A copy of the database alone does not reveal the secrets.
/// </summary>
internal sealed class AesGcmSecretProtector(byte[] key) : ISecretProtector
{
    public const string Section = "Auth:Totp:EncryptionKey";
    private const string Prefix = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static AesGcmSecretProtector Create(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[Section];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return new AesGcmSecretProtector(SigningKeyStore.ReadOrCreate(dataDirectory, "totp-secret.key", 32));
        }

        var key = Convert.FromBase64String(configured);
        return key.Length == 32 ? new AesGcmSecretProtector(key) : throw new InvalidOperationException($"{Section} must be 32 bytes (base64).");
    }

    public string Protect(ReadOnlySpan<byte> secret)
    {
        var sealedBytes = new byte[NonceSize + TagSize + secret.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, secret, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    public byte[] Unprotect(string protectedSecret)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);
        if (!protectedSecret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not a protected secret.");
        }

        var sealedBytes = Convert.FromBase64String(protectedSecret[Prefix.Length..]);
        var secret = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), secret);
        return secret;
    }
}
