using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Payments;

namespace Seo.Domain.Accounts;

/// <summary>
/// Someone who signs in: a user (carrier) who has signed the user agreement (R3, R15), or staff
/// the registrar created (officer, registrar, analyst, device).
/// </summary>
public sealed class Account : AggregateRoot<AccountId>
{
    private Account()
    {
    }

    public Role Role { get; private set; }

    /// <summary>The login.</summary>
    public EmailAddress Email { get; private set; } = null!;

    public string PasswordHash { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public OwnerProfile? Owner { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>R27: unpaid debt; any amount above zero blocks booking.</summary>
    public Money Debt { get; private set; }

    public bool IsBlockedForDebt => Debt.Amount > 0;

    /// <summary>R15: the IIN/BIN a digital-signature certificate proved; none until then (docs/identity.md).</summary>
    public string? ProvenTaxId { get; private set; }

    public DateTimeOffset? IdentityProvenAt { get; private set; }

    /// <summary>The SHA-256 thumbprint of the certificate that proved the IIN/BIN.</summary>
    public string? IdentityCertificate { get; private set; }

    /// <summary>The last challenge issued to prove the IIN/BIN: one at a time, single use, short-lived.</summary>
    public string? IdentityChallenge { get; private set; }

    public DateTimeOffset? IdentityChallengeExpiresAt { get; private set; }

    public DateTimeOffset? IdentityChallengeUsedAt { get; private set; }

    /// <summary>
    /// R15, R16.3: an owner who gives an IIN/BIN has it proven before booking under it; an owner
    /// without one (a non-resident) is identified by the user agreement and the registries.
    /// </summary>
    public bool NeedsIdentityProof => Owner?.TaxId is not null && ProvenTaxId is null;

    /// <summary>When the registrar disabled the account; while set, nothing it holds opens anything.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public string? DisabledReason { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>
    /// Changes whenever every session of the account must end at once (a new password); each
    /// access token carries the value it was issued under, and a token of an older one is refused.
    /// </summary>
    public int SecurityStamp { get; private set; }

    /// <summary>The bootstrap registrar's one-time password must be replaced before anything else is done.</summary>
    public bool MustChangePassword { get; private set; }

    /// <summary>The confirmed TOTP secret, encrypted by the host (never stored in the clear).</summary>
    public string? TotpSecret { get; private set; }

    /// <summary>A secret shown at enrolment, encrypted, until a code made with it confirms it.</summary>
    public string? PendingTotpSecret { get; private set; }

    public DateTimeOffset? TotpEnrolledAt { get; private set; }

    /// <summary>The newest TOTP step a code was accepted for: no code is accepted twice.</summary>
    public long LastTotpStep { get; private set; }

    public bool HasTotp => TotpSecret is not null;

    /// <summary>Officers, registrars and analysts prove a second factor (TOTP) at every sign-in.</summary>
    public bool RequiresTotp => Role is Role.Officer or Role.Registrar or Role.Analyst;

    /// <summary>What must be done before this account may do anything else: a new password, a TOTP enrolment.</summary>
    public IReadOnlyList<string> PendingSetup =>
        [.. new[] { MustChangePassword ? SetupSteps.ChangePassword : null, RequiresTotp && !HasTotp ? SetupSteps.EnrolTotp : null }.OfType<string>()];

    /// <summary>
    /// A carrier signs the user agreement and consents to the processing of personal data:
    /// residents through the state service, non-residents through the agreement (R16, end).
    /// </summary>
    public static Result<Account> RegisterUser(
        AccountId id,
        EmailAddress email,
        string passwordHash,
        OwnerProfile owner,
        bool agreementAccepted,
        bool personalDataConsent,
        string agreementVersion,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!agreementAccepted || !personalDataConsent)
        {
            return AccountErrors.AgreementRequired;
        }

        var account = new Account
        {
            Id = id,
            Role = Role.User,
            Email = email,
            PasswordHash = passwordHash,
            DisplayName = owner.Name,
            Owner = owner with
            {
                Agreement = new AgreementRecord(agreementVersion, now,
                    owner.Residency == Residency.Resident ? ConsentChannel.StatePersonalDataService : ConsentChannel.UserAgreement),
            },
            CreatedAt = now,
        };
        account.Raise(new AccountRegistered(id, Role.User, now));
        return account;
    }

    /// <summary>Staff accounts are created by the registrar; they never book.</summary>
    public static Account CreateStaff(AccountId id, Role role, EmailAddress email, string passwordHash, string displayName, DateTimeOffset now)
    {
        if (role == Role.User)
        {
            throw new ArgumentException("User accounts register themselves with the user agreement.", nameof(role));
        }

        var account = new Account { Id = id, Role = role, Email = email, PasswordHash = passwordHash, DisplayName = displayName, CreatedAt = now };
        account.Raise(new AccountRegistered(id, role, now));
        return account;
    }

    /// <summary>R27: booking is blocked while a debt is open; only carriers book.</summary>
    public Result MayBook()
    {
        if (Role != Role.User || Owner is null)
        {
            return AccountErrors.NotAUser;
        }

        if (IsBlockedForDebt)
        {
            return AccountErrors.BlockedForDebt;
        }

        return NeedsIdentityProof ? IdentityErrors.NotProven : Result.Success();
    }

    /// <summary>
    /// R15: a new challenge for the owner to sign with their certificate; it replaces the one
    /// before, runs out after <paramref name="lifetime"/> and proves once.
    /// </summary>
    public Result<string> IssueIdentityChallenge(string nonce, TimeSpan lifetime, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nonce);
        if (Role != Role.User || Owner is null)
        {
            return AccountErrors.NotAUser;
        }

        if (Owner.TaxId is null)
        {
            return IdentityErrors.NothingToProve;
        }

        if (ProvenTaxId is not null)
        {
            return IdentityErrors.AlreadyProven;
        }

        IdentityChallenge = $"seo-identity-proof:{Id.Value:N}:{nonce}";
        IdentityChallengeExpiresAt = now + lifetime;
        IdentityChallengeUsedAt = null;
        Raise(new AccountIdentityChallengeIssued(Id, now + lifetime, now));
        return IdentityChallenge;
    }

    /// <summary>Whether <paramref name="challenge"/> is this account's live challenge.</summary>
    public Result CheckIdentityChallenge(string? challenge, DateTimeOffset now)
    {
        if (IdentityChallenge is null || !string.Equals(challenge, IdentityChallenge, StringComparison.Ordinal))
        {
            return IdentityErrors.ChallengeNotFound;
        }

        if (IdentityChallengeUsedAt is not null)
        {
            return IdentityErrors.ChallengeUsed;
        }

        return now >= IdentityChallengeExpiresAt ? IdentityErrors.ChallengeExpired : Result.Success();
    }

    /// <summary>
    /// R15, R16.3: a verified certificate signed the live challenge; the IIN (individual, subject
    /// SERIALNUMBER) or BIN (legal entity, subject OU) it carries must be the account's.
    /// </summary>
    public Result ProveIdentity(string challenge, CertifiedIdentity certified, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certified);
        var live = CheckIdentityChallenge(challenge, now);
        if (!live.IsSuccess)
        {
            return live;
        }

        if (ProvenTaxId is not null)
        {
            return IdentityErrors.AlreadyProven;
        }

        var claimed = Owner?.TaxId;
        var shown = Owner?.Kind == OwnerKind.LegalEntity ? certified.Bin : certified.Iin;
        if (claimed is null || !string.Equals(claimed, shown, StringComparison.Ordinal))
        {
            return IdentityErrors.TaxIdMismatch;
        }

        IdentityChallengeUsedAt = now;
        ProvenTaxId = claimed;
        IdentityProvenAt = now;
        IdentityCertificate = certified.Thumbprint;
        Raise(new AccountIdentityProven(Id, claimed, certified.Thumbprint, now));
        return Result.Success();
    }

    /// <summary>R27: the registrar records a debt; the account is blocked at once.</summary>
    public Result RecordDebt(Money amount, string reason, DateTimeOffset now)
    {
        if (amount.Amount <= 0)
        {
            return AccountErrors.InvalidAmount;
        }

        Debt += amount;
        Raise(new AccountDebtRecorded(Id, amount, Debt, reason, now));
        return Result.Success();
    }

    /// <summary>R27: service resumes only when the debt is paid in full.</summary>
    public Result SettleDebt(Money amount, DateTimeOffset now)
    {
        if (amount.Amount <= 0)
        {
            return AccountErrors.InvalidAmount;
        }

        Debt = Money.Kzt(Math.Max(0, Debt.Amount - amount.Amount));
        Raise(new AccountDebtSettled(Id, amount, Debt, now));
        return Result.Success();
    }

    /// <summary>The registrar disables an account: its tokens and sessions stop at once.</summary>
    public Result Disable(string reason, DateTimeOffset now)
    {
        if (IsDisabled)
        {
            return AccountErrors.AlreadyDisabled;
        }

        DisabledAt = now;
        DisabledReason = reason;
        SecurityStamp++;
        Raise(new AccountDisabled(Id, reason, now));
        return Result.Success();
    }

    /// <summary>The registrar enables a disabled account again; its holder signs in afresh.</summary>
    public Result Enable(string reason, DateTimeOffset now)
    {
        if (!IsDisabled)
        {
            return AccountErrors.NotDisabled;
        }

        DisabledAt = null;
        DisabledReason = null;
        Raise(new AccountEnabled(Id, reason, now));
        return Result.Success();
    }

    /// <summary>A new password ends every session made under the old one.</summary>
    public void ChangePassword(string passwordHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        PasswordHash = passwordHash;
        MustChangePassword = false;
        SecurityStamp++;
        Raise(new AccountPasswordChanged(Id, now));
    }

    /// <summary>The first registrar, made with a one-time password, replaces it at first sign-in.</summary>
    public void RequirePasswordChange() => MustChangePassword = true;

    /// <summary>Starts (or restarts) a TOTP enrolment with a new secret, encrypted by the caller; refused once enrolled.</summary>
    public Result BeginTotpEnrolment(string protectedSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        if (HasTotp)
        {
            return AccountErrors.TotpAlreadyEnrolled;
        }

        PendingTotpSecret = protectedSecret;
        return Result.Success();
    }

    /// <summary>
    /// A code made with the pending secret confirms the enrolment; every session made before it
    /// ends (the caller gets a new one).
    /// </summary>
    public Result ConfirmTotp(ReadOnlySpan<byte> pendingSecret, string? code, DateTimeOffset now)
    {
        if (PendingTotpSecret is null)
        {
            return AccountErrors.NoTotpEnrolment;
        }

        if (Totp.MatchingStep(pendingSecret, code, now, LastTotpStep) is not { } step)
        {
            return AccountErrors.InvalidTotpCode;
        }

        TotpSecret = PendingTotpSecret;
        PendingTotpSecret = null;
        TotpEnrolledAt = now;
        LastTotpStep = step;
        SecurityStamp++;
        Raise(new AccountTotpEnrolled(Id, now));
        return Result.Success();
    }

    /// <summary>A sign-in's TOTP code: accepted once, for a step within the drift and newer than any accepted before.</summary>
    public Result AcceptTotp(ReadOnlySpan<byte> secret, string? code, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(code))
        {
            return AccountErrors.TotpRequired;
        }

        if (Totp.MatchingStep(secret, code, now, LastTotpStep) is not { } step)
        {
            return AccountErrors.InvalidTotpCode;
        }

        LastTotpStep = step;
        Raise(new AccountTotpAccepted(Id, step, now));
        return Result.Success();
    }

    /// <summary>Configuration gave the first registrar's TOTP secret (for the sandbox's tools): enrolled from the start.</summary>
    public void EnrolConfiguredTotp(string protectedSecret, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        TotpSecret = protectedSecret;
        TotpEnrolledAt = now;
    }

    public BookingOwner AsBookingOwner() =>
        Owner is { } owner
            ? new BookingOwner(Id, owner.Kind, owner.Residency, owner.Name, owner.TaxId)
            : throw new InvalidOperationException("Only user accounts own bookings.");
}

/// <summary>What a verified certificate says of its holder: the IIN in the subject's SERIALNUMBER, the BIN in its OU.</summary>
public sealed record CertifiedIdentity(string? Iin, string? Bin, string Thumbprint);

/// <summary>The owner data of R16.3 kept with a user account, and the agreement they signed.</summary>
public sealed record OwnerProfile(OwnerKind Kind, Residency Residency, string Name, string? TaxId, PhoneNumber Phone)
{
    public AgreementRecord? Agreement { get; init; }

    /// <summary>
    /// R16.3: residents give an IIN (individuals) or BIN (legal entities), optional for
    /// non-residents; an organisation gives its name, a person their full name.
    /// </summary>
    public static Result<OwnerProfile> Create(
        OwnerKind kind, Residency residency, string? organisationName, PersonName? personName, string? taxId, PhoneNumber phone)
    {
        string name;
        if (kind == OwnerKind.LegalEntity)
        {
            if (string.IsNullOrWhiteSpace(organisationName) || organisationName.Length > 200)
            {
                return AccountErrors.OrganisationNameRequired;
            }

            name = organisationName.Trim();
        }
        else
        {
            if (personName is null)
            {
                return AccountErrors.PersonNameRequired;
            }

            name = personName.ToString();
        }

        if (string.IsNullOrWhiteSpace(taxId))
        {
            return residency == Residency.Resident
                ? AccountErrors.TaxIdRequired
                : new OwnerProfile(kind, residency, name, null, phone);
        }

        var valid = kind == OwnerKind.Individual ? Iin.Create(taxId).AsResult() : Bin.Create(taxId).AsResult();
        return valid.IsSuccess ? new OwnerProfile(kind, residency, name, taxId, phone) : valid.Error;
    }
}

/// <summary>The signed user agreement and how personal-data consent was given.</summary>
public sealed record AgreementRecord(string Version, DateTimeOffset SignedAt, ConsentChannel ConsentChannel);

/// <remarks>Carries no e-mail: events are kept in the outbox, where personal data is not encrypted.</remarks>
public sealed record AccountRegistered(AccountId AccountId, Role Role, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountIdentityChallengeIssued(AccountId AccountId, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountIdentityProven(AccountId AccountId, string TaxId, string CertificateThumbprint, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountDebtRecorded(AccountId AccountId, Money Amount, Money Debt, string Reason, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountDebtSettled(AccountId AccountId, Money Amount, Money Debt, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountDisabled(AccountId AccountId, string Reason, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountEnabled(AccountId AccountId, string Reason, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountPasswordChanged(AccountId AccountId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountTotpEnrolled(AccountId AccountId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A TOTP code was accepted at sign-in; raising it makes two sign-ins with one code conflict in the store.</summary>
public sealed record AccountTotpAccepted(AccountId AccountId, long Step, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>What an account must do before anything else (<see cref="Account.PendingSetup"/>).</summary>
public static class SetupSteps
{
    public const string ChangePassword = "change-password";
    public const string EnrolTotp = "enrol-totp";
}
