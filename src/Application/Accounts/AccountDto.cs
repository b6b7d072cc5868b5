using Seo.Application.Common.Mapping;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts;

public sealed record AccountDto(
    Guid Id,
    Role Role,
    string Email,
    string DisplayName,
    OwnerKind? Kind,
    Residency? Residency,
    string? TaxId,
    string? Phone,
    string? AgreementVersion,
    DateTimeOffset? AgreementSignedAt,
    ConsentChannel? ConsentChannel,
    MoneyDto Debt,
    bool BlockedForDebt,
    DateTimeOffset CreatedAt,
    IdentityProofState IdentityProof,
    DateTimeOffset? IdentityProvenAt)
{
    /// <summary>The organisations (their account ids) this account books for as a dispatcher (R15).</summary>
    public IReadOnlyList<Guid> DispatcherFor { get; init; } = [];

    public static AccountDto From(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountDto(
            account.Id.Value,
            account.Role,
            account.Email.Value,
            account.DisplayName,
            account.Owner?.Kind,
            account.Owner?.Residency,
            account.Owner?.TaxId,
            account.Owner?.Phone.Value,
            account.Owner?.Agreement?.Version,
            account.Owner?.Agreement?.SignedAt,
            account.Owner?.Agreement?.ConsentChannel,
            MoneyDto.From(account.Debt),
            account.IsBlockedForDebt,
            account.CreatedAt,
            account.ProvenTaxId is not null ? IdentityProofState.Proven
                : account.NeedsIdentityProof ? IdentityProofState.Required : IdentityProofState.NotApplicable,
            account.IdentityProvenAt);
    }
}

/// <summary>Whether the account's IIN/BIN is proven by a digital-signature certificate (R15).</summary>
public enum IdentityProofState
{
    /// <summary>No IIN/BIN is given (a non-resident, or staff): nothing to prove.</summary>
    NotApplicable,

    /// <summary>The IIN/BIN is given but not proven: the account may not book yet.</summary>
    Required,

    /// <summary>A certificate carrying the IIN/BIN signed a challenge.</summary>
    Proven,
}
