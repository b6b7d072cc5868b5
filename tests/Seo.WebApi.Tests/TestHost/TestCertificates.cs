using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// Signing certificates made in the tests (no committed keys): a test root every test host trusts
/// (Seo:Identity:TrustedRoots), and owners' certificates shaped like the national CA's — the IIN in
/// the subject's SERIALNUMBER, the BIN in its OU.
/// </summary>
public static class TestCertificates
{
    private static readonly Lazy<(X509Certificate2 Certificate, ECDsa Key)> TestRoot = new(() => MakeRoot("CN=Seo Tests Root"));

    public static X509Certificate2 Root => TestRoot.Value.Certificate;

    /// <summary>Writes the test root where a host reads its trusted roots; answers the path.</summary>
    public static string WriteRoot(string directory)
    {
        var path = Path.Combine(directory, "test-identity-root.pem");
        File.WriteAllText(path, Root.ExportCertificatePem());
        return path;
    }

    /// <summary>A self-signed root nobody trusts, with its key.</summary>
    public static (X509Certificate2 Certificate, ECDsa Key) UntrustedRoot() => MakeRoot("CN=Someone Else's Root");

    /// <summary>A signer's certificate over <paramref name="key"/>, issued by the test root unless another is given.</summary>
    public static X509Certificate2 Issue(
        AsymmetricAlgorithm key,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        string? iin = null,
        string? bin = null,
        X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation,
        (X509Certificate2 Certificate, ECDsa Key)? issuer = null)
    {
        var (issuerCertificate, issuerKey) = issuer ?? TestRoot.Value;
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("KZ");
        subject.AddCommonName("Test Owner");
        if (iin is not null)
        {
            subject.Add("2.5.4.5", "IIN" + iin, System.Formats.Asn1.UniversalTagNumber.PrintableString);
        }

        if (bin is not null)
        {
            subject.AddOrganizationName("Test LLP");
            subject.AddOrganizationalUnitName("BIN" + bin);
        }

        var request = key switch
        {
            ECDsa ec => new CertificateRequest(subject.Build(), ec, HashAlgorithmName.SHA256),
            RSA rsa => new CertificateRequest(subject.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => throw new ArgumentException("RSA or ECDSA keys only.", nameof(key)),
        };
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        return request.Create(issuerCertificate.SubjectName, X509SignatureGenerator.CreateForECDsa(issuerKey), notBefore, notAfter, RandomNumberGenerator.GetBytes(12));
    }

    /// <summary>The signature the owner's key makes over the challenge's UTF-8 bytes.</summary>
    public static string Sign(AsymmetricAlgorithm key, string challenge)
    {
        var data = Encoding.UTF8.GetBytes(challenge);
        return Convert.ToBase64String(key switch
        {
            ECDsa ec => ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence),
            RSA rsa => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => throw new ArgumentException("RSA or ECDSA keys only.", nameof(key)),
        });
    }

    private static (X509Certificate2, ECDsa) MakeRoot(string name)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        // Valid across every fake clock the tests use (their start is fixed in 2026 and moves forward).
        var root = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2060, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return (root, key);
    }
}
