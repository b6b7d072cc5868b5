using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Seo.Infrastructure.Privacy;

/// <summary>
/// Encrypts personal data for the write store with AES-256-GCM under the ring's active key, and
/// decrypts it under whichever key of the ring made it. A ciphertext is text:
/// <c>pd1.{keyId}.{base64(nonce ‖ tag ‖ ciphertext)}</c>; the prefix and key id are bound to it as
/// associated data, so a ciphertext cannot be passed off as another key's. Text without the
/// prefix is a value written before encryption existed and is read as it is (docs/personal-data.md).
/// Equality search goes through <see cref="Lookup"/>, an HMAC-SHA256 under a separate key.
/// </summary>
public sealed class PersonalDataProtector
{
    public const string Prefix = "pd1.";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly PersonalDataKeyRing? _ring;

    public PersonalDataProtector(PersonalDataKeyRing ring) => _ring = ring ?? throw new ArgumentNullException(nameof(ring));

    private PersonalDataProtector() => _ring = null;

    /// <summary>
    /// For contexts that only build the model (design time, schema tools): any attempt to read
    /// or write personal data through it fails, so nothing is ever written in clear by mistake.
    /// </summary>
    public static PersonalDataProtector Unavailable { get; } = new();

    /// <summary>Tells rings apart (EF keeps one model per ring).</summary>
    public string Fingerprint => _ring?.Fingerprint ?? "unavailable";

    public string ActiveKeyId => Ring.ActiveId;

    internal PersonalDataKeyRing Ring => _ring ?? throw new InvalidOperationException(
        "This store context has no personal-data key ring, so it can neither read nor write personal data.");

    /// <summary>The stored form of <paramref name="plaintext"/>, under the active key.</summary>
    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return Encoding.ASCII.GetString(Seal(Encoding.UTF8.GetBytes(plaintext)));
    }

    /// <summary>The value behind a stored form; text written before encryption is returned as it is.</summary>
    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.StartsWith(Prefix, StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Open(Encoding.ASCII.GetBytes(stored)))
            : stored;
    }

    /// <summary>The stored form of binary content (the same text format, as ASCII bytes).</summary>
    public byte[] ProtectBytes(byte[] plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return Seal(plaintext);
    }

    /// <summary>Binary content back; bytes written before encryption are returned as they are.</summary>
    public byte[] UnprotectBytes(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.AsSpan().StartsWith(PrefixBytes) ? Open(stored) : stored;
    }

    /// <summary>Whether a stored value was made with the active key (else the re-encryption sweep re-wraps it).</summary>
    public bool IsCurrent(string? stored) =>
        stored is null || stored.StartsWith(Prefix + Ring.ActiveId + ".", StringComparison.Ordinal);

    /// <summary>The text a stored value under the active key starts with (a LIKE pattern's stem; ids hold no wildcards).</summary>
    public string ActivePrefix => Prefix + Ring.ActiveId + ".";

    /// <summary>
    /// The look-up hash of a value: HMAC-SHA256 under the look-up key, as 64 hex digits. Equal values
    /// give equal hashes whatever key encrypted them, so the hash column can be indexed and searched.
    /// </summary>
    public string Lookup(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexString(HMACSHA256.HashData(Ring.LookupKey, Encoding.UTF8.GetBytes(value)));
    }

    private static ReadOnlySpan<byte> PrefixBytes => "pd1."u8;

    private byte[] Seal(byte[] plaintext)
    {
        var ring = Ring;
        var header = Encoding.ASCII.GetBytes(Prefix + ring.ActiveId + ".");
        var payload = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = payload.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(ring.ActiveKey, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, payload.AsSpan(NonceBytes + TagBytes), payload.AsSpan(NonceBytes, TagBytes), header);
        }

        var stored = new byte[header.Length + Base64.GetMaxEncodedToUtf8Length(payload.Length)];
        header.CopyTo(stored, 0);
        Base64.EncodeToUtf8(payload, stored.AsSpan(header.Length), out _, out var written);
        return stored.AsSpan(0, header.Length + written).ToArray();
    }

    private byte[] Open(byte[] stored)
    {
        var ring = Ring;
        var span = stored.AsSpan(PrefixBytes.Length);
        var dot = span.IndexOf((byte)'.');
        if (dot <= 0)
        {
            throw new CryptographicException("A stored personal-data value is malformed: it has no key id.");
        }

        var keyId = Encoding.ASCII.GetString(span[..dot]);
        if (!ring.TryGetKey(keyId, out var key))
        {
            throw new CryptographicException(
                $"A stored personal-data value was encrypted with key '{keyId}', which is not in the ring ({PersonalDataOptions.Section}:Keys).");
        }

        var payload = Convert.FromBase64String(Encoding.ASCII.GetString(span[(dot + 1)..]));
        if (payload.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("A stored personal-data value is malformed: it is too short.");
        }

        var plaintext = new byte[payload.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(
            payload.AsSpan(0, NonceBytes), payload.AsSpan(NonceBytes + TagBytes), payload.AsSpan(NonceBytes, TagBytes), plaintext,
            stored.AsSpan(0, PrefixBytes.Length + dot + 1));
        return plaintext;
    }
}
