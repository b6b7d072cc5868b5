using Seo.Application.Common.Mapping;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;
using Seo.Domain.Payments;

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
    DateTimeOffset CreatedAt)
{
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
            new MoneyDto(account.Debt.Amount, Money.Tenge),
            account.IsBlockedForDebt,
            account.CreatedAt);
    }
}
