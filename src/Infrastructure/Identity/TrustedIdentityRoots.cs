using System.Security.Cryptography.X509Certificates;
using Seo.Application.Common;

namespace Seo.Infrastructure.Identity;

/// <summary>
/// The roots an owner's certificate must chain to: the files of <c>Seo:Identity:TrustedRoots</c>,
/// and in sandbox mode the sandbox test root too; and the revocation mode.
/// </summary>
internal sealed class TrustedIdentityRoots
{
    private readonly List<X509Certificate2> _certificates = [];

    public TrustedIdentityRoots(IdentityProofOptions options, SandboxCertificateAuthority? sandbox)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var path in options.TrustedRoots)
        {
            _certificates.AddRange(Load(path));
        }

        if (sandbox is not null)
        {
            _certificates.Add(sandbox.Root);
        }

        RevocationMode = Enum.TryParse<X509RevocationMode>(options.RevocationMode, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new InvalidOperationException($"{IdentityProofOptions.Section}:RevocationMode is NoCheck, Offline or Online, not '{options.RevocationMode}'.");
    }

    public IReadOnlyList<X509Certificate2> Certificates => _certificates;

    public X509RevocationMode RevocationMode { get; }

    private static X509Certificate2Collection Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{IdentityProofOptions.Section}:TrustedRoots names '{path}', which does not exist.");
        }

        var text = File.ReadAllText(path);
        var collection = new X509Certificate2Collection();
        if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            collection.ImportFromPem(text);
        }
        else
        {
            collection.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        return collection;
    }
}
