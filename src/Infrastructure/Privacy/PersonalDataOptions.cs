namespace Seo.Infrastructure.Privacy;

/// <summary>
/// The <c>Seo:PersonalData</c> section: the key ring that encrypts personal data at rest and the
/// key of its look-up hashes (docs/personal-data.md). Keys are base64 of 32 random bytes.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string Section = "Seo:PersonalData";

    /// <summary>Every key still needed to read what was written; exactly one is active (new writes use it).</summary>
    public List<PersonalDataKeyOptions> Keys { get; set; } = [];

    /// <summary>The HMAC-SHA256 key of the look-up columns (equality search on encrypted values); never rotated with the ring.</summary>
    public string? LookupKey { get; set; }
}

/// <summary>One key of the ring: its id travels in every ciphertext it made.</summary>
public sealed class PersonalDataKeyOptions
{
    /// <summary>1 to 32 letters, digits, '-' or '_'; never reused for another key.</summary>
    public string? Id { get; set; }

    /// <summary>Base64 of 32 bytes (AES-256).</summary>
    public string? Key { get; set; }

    public bool Active { get; set; }
}
