using Seo.Domain.Common;
using Seo.Domain.Accounts;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Sandbox only: issues test signing certificates shaped like the national CA's (IIN in the
/// subject's SERIALNUMBER, BIN in its OU) from the sandbox's own test root.
/// </summary>
public interface ISandboxCertificateAuthority
{
    /// <summary>The signer's certificate then the test root, each DER.</summary>
    Result<IReadOnlyList<byte[]>> Issue(OwnerKind kind, string taxId, string name, byte[] subjectPublicKeyInfo);
}
