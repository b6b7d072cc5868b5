using Seo.Domain.Common;

namespace Seo.Domain.Accounts;

public static class AccountErrors
{
    public static readonly DomainError BlockedForDebt = new(
        "account-blocked-for-debt", "The account has an unpaid debt; booking is blocked until it is paid in full.", ErrorKind.Conflict, "R27");

    public static readonly DomainError AgreementRequired = new(
        "user-agreement-required", "The user agreement must be signed and personal-data consent given.", ErrorKind.Validation, "R15");

    public static readonly DomainError TaxIdRequired = new(
        "tax-id-required", "A resident owner gives an IIN (individual) or BIN (legal entity).", ErrorKind.Validation, "R16.3")
    {
        Errors = new Dictionary<string, string[]> { ["taxId"] = ["Required for a resident owner."] },
    };

    public static readonly DomainError OrganisationNameRequired = new(
        "organisation-name-required", "A legal entity gives its organisation name.", ErrorKind.Validation, "R16.3")
    {
        Errors = new Dictionary<string, string[]> { ["organisationName"] = ["Required for a legal entity (at most 200 characters)."] },
    };

    public static readonly DomainError PersonNameRequired = new(
        "person-name-required", "An individual gives surname and given name.", ErrorKind.Validation, "R16.3")
    {
        Errors = new Dictionary<string, string[]> { ["surname"] = ["Surname and given name are required for an individual."] },
    };

    public static readonly DomainError EmailTaken = new(
        "email-taken", "An account with this e-mail already exists.", ErrorKind.Conflict);

    public static readonly DomainError NotAUser = new(
        "not-a-booking-account", "Only user accounts (carriers) book.", ErrorKind.Forbidden);

    public static readonly DomainError InvalidCredentials = new(
        "invalid-credentials", "The e-mail or password is wrong.", ErrorKind.Unauthenticated);

    /// <summary>
    /// Too many wrong passwords for this e-mail or from this address: refused before the password
    /// is checked, with the same answer whether or not an account has the e-mail.
    /// </summary>
    public static DomainError SignInLocked(TimeSpan wait) => new DomainError(
        "sign-in-locked", "Too many failed sign-ins for this e-mail or from this address; try again later.", ErrorKind.TooManyRequests)
        .RetryAfter(wait);

    /// <summary>Every password check the server allows at once is busy and the short queue is full; nothing was checked.</summary>
    public static DomainError PasswordCheckBusy(TimeSpan wait) => new DomainError(
        "password-check-busy", "Too many passwords are being checked at once; try again in a moment.", ErrorKind.Unavailable)
        .RetryAfter(wait);

    public static readonly DomainError InvalidAmount = DomainError.Validation("invalid-amount", "The amount must be above zero.");

    public static readonly DomainError AlreadyDisabled = new(
        "account-already-disabled", "The account is already disabled.", ErrorKind.Conflict);

    public static readonly DomainError NotDisabled = new(
        "account-not-disabled", "The account is not disabled.", ErrorKind.Conflict);

    public static readonly DomainError CannotDisableSelf = new(
        "cannot-disable-own-account", "A registrar cannot disable their own account.", ErrorKind.Conflict);

    public static readonly DomainError Disabled = new(
        "account-disabled", "The account is disabled; ask the registrar.", ErrorKind.Forbidden);

    public static readonly DomainError WrongCurrentPassword = new(
        "wrong-current-password", "The current password is wrong.", ErrorKind.Forbidden);

    public static readonly DomainError InvalidRefreshToken = new(
        "invalid-refresh-token", "The refresh token is unknown, expired or revoked; sign in again.", ErrorKind.Unauthenticated);

    public static readonly DomainError RefreshTokenReused = new(
        "refresh-token-reused", "This refresh token was already used: the session is revoked; sign in again.", ErrorKind.Unauthenticated);

    public static readonly DomainError TotpRequired = new(
        "totp-required", "This account signs in with a one-time code from its authenticator (totpCode).", ErrorKind.Unauthenticated);

    public static readonly DomainError InvalidTotpCode = new(
        "invalid-totp-code", "The one-time code is wrong, expired or already used.", ErrorKind.Unauthenticated);

    public static readonly DomainError TotpAlreadyEnrolled = new(
        "totp-already-enrolled", "The account already has an authenticator.", ErrorKind.Conflict);

    public static readonly DomainError NoTotpEnrolment = new(
        "no-totp-enrolment", "Start the enrolment first (POST /api/v1/accounts/me/totp).", ErrorKind.Conflict);

    public static readonly DomainError SetupRequired = new(
        "account-setup-required", "Set a new password and enrol an authenticator first; until then this token allows only those.", ErrorKind.Forbidden);
}
