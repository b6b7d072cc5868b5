using Seo.Domain.Common;

namespace Seo.Domain.Accounts;

/// <summary>Refusals of the proof of an owner's IIN/BIN with a digital-signature certificate (R15, R16.3; docs/identity.md).</summary>
public static class IdentityErrors
{
    public static readonly DomainError NotProven = new(
        "owner-identity-not-proven",
        "The account's IIN/BIN is not proven yet: sign a challenge with the owner's digital-signature certificate (POST /api/v1/accounts/me/identity-proof/challenge) before booking.",
        ErrorKind.Forbidden, "R15");

    public static readonly DomainError NothingToProve = new(
        "no-tax-id-to-prove", "The account gives no IIN/BIN, so there is nothing to prove: it is identified by the user agreement (R15).", ErrorKind.Conflict, "R16.3");

    public static readonly DomainError AlreadyProven = new(
        "owner-identity-already-proven", "The account's IIN/BIN is already proven.", ErrorKind.Conflict, "R15");

    public static readonly DomainError ChallengeNotFound = new(
        "identity-challenge-not-found", "No such challenge was issued to this account: ask for a new one.", ErrorKind.Conflict, "R15");

    public static readonly DomainError ChallengeExpired = new(
        "identity-challenge-expired", "The challenge has expired: ask for a new one.", ErrorKind.Conflict, "R15");

    public static readonly DomainError ChallengeUsed = new(
        "identity-challenge-used", "The challenge has been used already: a challenge proves once.", ErrorKind.Conflict, "R15");

    public static readonly DomainError TaxIdMismatch = new(
        "identity-tax-id-mismatch",
        "The certificate is not the account's owner's: its IIN (subject SERIALNUMBER) or BIN (subject OU) is not the account's.",
        ErrorKind.Forbidden, "R16.3");

    public static readonly DomainError TaxIdProvenByAnother = new(
        "tax-id-already-proven", "Another account has proven this IIN/BIN already: one account per organisation, which may add dispatchers.",
        ErrorKind.Conflict, "R15");

    public static readonly DomainError InvalidCertificate = DomainError.Validation(
        "invalid-certificate", "The certificates must be base64 DER X.509 certificates, the signer's first.");

    public static readonly DomainError SignatureInvalid = new(
        "identity-signature-invalid", "The signature does not verify with the certificate's key over the challenge.", ErrorKind.Forbidden, "R15");

    public static readonly DomainError CertificateUntrusted = new(
        "identity-certificate-untrusted", "The certificate does not chain to a trusted root, or is revoked.", ErrorKind.Forbidden, "R15");

    public static readonly DomainError CertificateNotValidNow = new(
        "identity-certificate-expired", "The certificate (or one of its chain) is not valid at this time: expired or not yet valid.", ErrorKind.Forbidden, "R15");

    public static readonly DomainError CertificateNotForSigning = new(
        "identity-certificate-not-for-signing", "The certificate's key usage does not allow digital signatures.", ErrorKind.Forbidden, "R15");

    public static readonly DomainError NotAnOrganisation = new(
        "not-an-organisation", "Only a legal entity's account whose BIN is proven adds dispatchers.", ErrorKind.Forbidden, "R15");

    public static readonly DomainError DispatcherNotFound = DomainError.NotFound(
        "dispatcher-not-found", "No user account has this id.");

    public static readonly DomainError DispatcherInvalid = new(
        "dispatcher-invalid", "A dispatcher is another user (carrier) account.", ErrorKind.Conflict);

    public static readonly DomainError NotADispatcher = new(
        "not-a-dispatcher", "The caller is not a dispatcher of that organisation, or was revoked.", ErrorKind.Forbidden, "R15");
}
