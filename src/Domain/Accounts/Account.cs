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
        account.Raise(new AccountRegistered(id, Role.User, email.Value, now));
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
        account.Raise(new AccountRegistered(id, role, email.Value, now));
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

public sealed record AccountRegistered(AccountId AccountId, Role Role, string Email, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountIdentityChallengeIssued(AccountId AccountId, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountIdentityProven(AccountId AccountId, string TaxId, string CertificateThumbprint, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountDebtRecorded(AccountId AccountId, Money Amount, Money Debt, string Reason, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record AccountDebtSettled(AccountId AccountId, Money Amount, Money Debt, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
