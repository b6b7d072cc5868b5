using Ardalis.Specification;
using Seo.Application.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts;

public sealed class AccountByEmailSpec : Specification<Account>, ISingleResultSpecification<Account>
{
    public AccountByEmailSpec(EmailAddress email) => Query.Where(a => a.Email == email);
}

public sealed class AccountByIdSpec : Specification<Account>, ISingleResultSpecification<Account>
{
    /// <param name="readOnly">Untracked: read ahead of a command's transaction, it must not stand in for the copy read inside it.</param>
    public AccountByIdSpec(AccountId id, bool readOnly = false)
    {
        Query.Where(a => a.Id == id);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>
/// The accounts registered with an IIN or BIN. The column is encrypted: the equality runs on its
/// keyed look-up hash (<see cref="PersonalDataLookup"/>, docs/personal-data.md).
/// </summary>
public sealed class AccountsWithTaxIdSpec : Specification<Account>
{
    public AccountsWithTaxIdSpec(string taxId) => Query.Where(a => PersonalDataLookup.Matches(a.Owner!.TaxId, taxId)).AsNoTracking();
}

public sealed class AccountsInRoleSpec : Specification<Account>
{
    public AccountsInRoleSpec(Role role) => Query.Where(a => a.Role == role);
}
