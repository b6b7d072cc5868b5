using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Identity;

/// <summary>
/// Sandbox mode only: a test root made once at the first sandbox start and kept beside the database
/// (<c>sandbox-identity-root.pem</c>, readable by its owner only; never committed, like the JWT
/// key), which issues signing certificates shaped like the national CA's so that the walkthrough,
/// the load driver and the checkpoint simulator can prove an owner's IIN/BIN.
/// </summary>
internal sealed class SandboxCertificateAuthority : ISandboxCertificateAuthority, IDisposable
{
    public const string FileName = "sandbox-identity-root.pem";

    private static readonly X500DistinguishedName RootName = new("CN=Seo Sandbox Identity Test Root, O=Seo sandbox (not a real CA), C=KZ");

    private readonly ECDsa _rootKey;
    private readonly TimeProvider _clock;

    public SandboxCertificateAuthority(string dataDirectory, TimeProvider clock)
    {
        _clock = clock;
        (Root, _rootKey) = LoadOrCreate(Path.Combine(dataDirectory, FileName), clock);
    }

    public X509Certificate2 Root { get; }

    public Result<IReadOnlyList<byte[]>> Issue(OwnerKind kind, string taxId, string name, byte[] subjectPublicKeyInfo)
    {
        PublicKey key;
        try
        {
            key = PublicKey.CreateFromSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
            if (!(key.GetRSAPublicKey() is { KeySize: >= 2048 } || key.GetECDsaPublicKey() is not null))
            {
                return InvalidPublicKey;
            }
        }
        catch (CryptographicException)
        {
            return InvalidPublicKey;
        }

        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("KZ");
        subject.AddCommonName(name);
        if (kind == OwnerKind.LegalEntity)
        {
            subject.AddOrganizationName(name);
            subject.AddOrganizationalUnitName("BIN" + taxId);
        }
        else
        {
            subject.Add("2.5.4.5", "IIN" + taxId, UniversalTagNumber.PrintableString);
        }

        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(key, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Root, true, false));

        var now = _clock.GetUtcNow();
        using var issued = request.Create(Root.SubjectName, X509SignatureGenerator.CreateForECDsa(_rootKey), now.AddMinutes(-5), now.AddYears(1),
            RandomNumberGenerator.GetBytes(16));
        return new[] { issued.RawData, Root.RawData };
    }

    public void Dispose()
    {
        _rootKey.Dispose();
        Root.Dispose();
    }

    private static readonly DomainError InvalidPublicKey = DomainError.Validation(
        "invalid-public-key", "The public key is base64 DER SubjectPublicKeyInfo of an RSA key of 2048 bits or more, or an EC key.");

    private static (X509Certificate2 Root, ECDsa Key) LoadOrCreate(string path, TimeProvider clock)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest(RootName, key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            // The sandbox clock only moves forward, and the root outlives any sandbox.
            var now = clock.GetUtcNow();
            using var root = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(30));
            var pem = root.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n";
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var file = new StreamWriter(new FileStream(path, create));
                file.Write(pem);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance made it first: use theirs.
            }
        }

        var text = File.ReadAllText(path);
        var loaded = X509Certificate2.CreateFromPem(text, text);
        var rootKey = loaded.GetECDsaPrivateKey() ?? throw new InvalidOperationException($"{path} holds no EC private key.");
        var publicOnly = X509CertificateLoader.LoadCertificate(loaded.RawData);
        loaded.Dispose();
        return (publicOnly, rootKey);
    }
}
