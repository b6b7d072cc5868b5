using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Identity;

/// <summary>
/// Verifies a raw signature over the challenge (RSA PKCS#1 v1.5 or PSS, or ECDSA, with SHA-256) with
/// the signer's X.509 certificate, the certificate's chain against the configured trusted roots only
/// (never the machine's store) at the app's clock time, its key usage, and reads the IIN from the
/// subject's SERIALNUMBER ("IIN" + 12 digits) and the BIN from its OU ("BIN" + 12 digits), as the
/// national CA writes them (docs/identity.md).
/// </summary>
internal sealed class X509IdentityCertificateVerifier(TrustedIdentityRoots roots, TimeProvider clock) : IIdentityCertificateVerifier
{
    private const string SerialNumberOid = "2.5.4.5";
    private const string OrganizationalUnitOid = "2.5.4.11";

    public Result<CertifiedIdentity> Verify(byte[] signedData, byte[] signature, IReadOnlyList<byte[]> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        var loaded = new List<X509Certificate2>();
        try
        {
            foreach (var der in certificates)
            {
                loaded.Add(X509CertificateLoader.LoadCertificate(der));
            }
        }
        catch (CryptographicException)
        {
            Dispose(loaded);
            return IdentityErrors.InvalidCertificate;
        }

        try
        {
            return Verify(signedData, signature, loaded[0], loaded.Skip(1).ToList());
        }
        finally
        {
            Dispose(loaded);
        }
    }

    private Result<CertifiedIdentity> Verify(byte[] signedData, byte[] signature, X509Certificate2 signer, IReadOnlyList<X509Certificate2> intermediates)
    {
        var usage = signer.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (usage is null || !usage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature))
        {
            return IdentityErrors.CertificateNotForSigning;
        }

        var now = clock.GetUtcNow();
        if (now < signer.NotBefore.ToUniversalTime() || now > signer.NotAfter.ToUniversalTime())
        {
            return IdentityErrors.CertificateNotValidNow;
        }

        var chained = Chain(signer, intermediates, now);
        if (!chained.IsSuccess)
        {
            return chained.Error;
        }

        if (!SignatureVerifies(signer, signedData, signature))
        {
            return IdentityErrors.SignatureInvalid;
        }

        string? iin = null, bin = null;
        foreach (var rdn in signer.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            var type = rdn.GetSingleElementType().Value;
            var value = rdn.GetSingleElementValue();
            if (type == SerialNumberOid && TaxId(value, "IIN") is { } i)
            {
                iin = i;
            }
            else if (type == OrganizationalUnitOid && TaxId(value, "BIN") is { } b)
            {
                bin = b;
            }
        }

        return new CertifiedIdentity(iin, bin, signer.GetCertHashString(HashAlgorithmName.SHA256));
    }

    private Result Chain(X509Certificate2 signer, IReadOnlyList<X509Certificate2> intermediates, DateTimeOffset now)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots.Certificates.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(intermediates.ToArray());
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.RevocationMode = roots.RevocationMode;
        chain.ChainPolicy.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        chain.ChainPolicy.DisableCertificateDownloads = roots.RevocationMode != X509RevocationMode.Online;
        if (roots.RevocationMode == X509RevocationMode.Offline)
        {
            chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreEndRevocationUnknown | X509VerificationFlags.IgnoreCertificateAuthorityRevocationUnknown;
        }

        if (chain.Build(signer))
        {
            return Result.Success();
        }

        var statuses = chain.ChainStatus.Select(s => s.Status).Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s);
        if (roots.RevocationMode == X509RevocationMode.Offline)
        {
            statuses &= ~(X509ChainStatusFlags.RevocationStatusUnknown | X509ChainStatusFlags.OfflineRevocation);
            if (statuses == X509ChainStatusFlags.NoError)
            {
                return Result.Success();
            }
        }

        return statuses.HasFlag(X509ChainStatusFlags.NotTimeValid) && !statuses.HasFlag(X509ChainStatusFlags.UntrustedRoot) && !statuses.HasFlag(X509ChainStatusFlags.PartialChain)
            ? IdentityErrors.CertificateNotValidNow
            : IdentityErrors.CertificateUntrusted;
    }

    private static bool SignatureVerifies(X509Certificate2 signer, byte[] data, byte[] signature)
    {
        try
        {
            if (signer.GetRSAPublicKey() is { } rsa)
            {
                using (rsa)
                {
                    return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                        || rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
                }
            }

            if (signer.GetECDsaPublicKey() is { } ecdsa)
            {
                using (ecdsa)
                {
                    return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
                        || ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                }
            }
        }
        catch (CryptographicException)
        {
            return false;
        }

        // Another algorithm (e.g. GOST 34.310): not verified here, so not accepted.
        return false;
    }

    private static string? TaxId(string? value, string prefix) =>
        value is { Length: 15 } && value.StartsWith(prefix, StringComparison.Ordinal) && value.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0
            ? value[3..]
            : null;

    private static void Dispose(List<X509Certificate2> certificates)
    {
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }
}
