namespace Seo.Application.Common;

/// <summary>The proof of an owner's IIN/BIN with a digital-signature certificate (R15; docs/identity.md).</summary>
public sealed class IdentityProofOptions
{
    public const string Section = "Seo:Identity";

    /// <summary>How long a challenge may be signed and sent back.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Files (PEM or DER) of the root certificates a signer's chain must end in, e.g. the national CA's roots.</summary>
    public string[] TrustedRoots { get; set; } = [];

    /// <summary>
    /// NoCheck, Offline (the default: certificate revocation lists already on the machine are
    /// used, nothing is fetched and an unknown status does not refuse) or Online (fetched; an
    /// unknown status refuses).
    /// </summary>
    public string RevocationMode { get; set; } = "Offline";
}
