using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Verifies that <c>signature</c> is the signer's over <c>signedData</c>, that the signer's certificate
/// (the first of <c>certificates</c>, then its intermediates) chains to a trusted root, is valid now
/// and allows digital signatures; and reads the IIN/BIN it carries.
/// </summary>
public interface IIdentityCertificateVerifier
{
    Result<CertifiedIdentity> Verify(byte[] signedData, byte[] signature, IReadOnlyList<byte[]> certificates);
}
