using Ardalis.Specification;
using Seo.Application.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts;

public sealed class AccountByEmailSpec : Specification<Account>, ISingleResultSpecification<Account>
{
    public AccountByEmailSpec(EmailAddress email) => Query.Where(a => PersonalDataLookup.Matches(a.Email, email));
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

/// <summary>
/// The account that proved <paramref name="taxId"/> (R15: one per IIN/BIN). Every query by tax id
/// lives in this file, so the way tax ids are stored can change in one place.
/// </summary>
public sealed class AccountWithProvenTaxIdSpec : Specification<Account>, ISingleResultSpecification<Account>
{
    public AccountWithProvenTaxIdSpec(string taxId) => Query.Where(a => PersonalDataLookup.Matches(a.ProvenTaxId, taxId)).AsNoTracking();
}

/// <summary>The organisation's grant to one dispatcher that has not been revoked.</summary>
public sealed class ActiveDispatcherGrantSpec : Specification<DispatcherGrant>, ISingleResultSpecification<DispatcherGrant>
{
    /// <param name="readOnly">Untracked: read ahead of a command's transaction, it must not stand in for the copy read inside it.</param>
    public ActiveDispatcherGrantSpec(AccountId organisation, AccountId dispatcher, bool readOnly = false)
    {
        Query.Where(g => g.Organisation == organisation && g.Dispatcher == dispatcher && g.RevokedAt == null);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>An organisation's dispatchers, revoked ones included, newest first.</summary>
public sealed class DispatcherGrantsOfOrganisationSpec : Specification<DispatcherGrant, DispatcherGrantRow>
{
    public DispatcherGrantsOfOrganisationSpec(AccountId organisation)
    {
        Query.Where(g => g.Organisation == organisation).OrderByDescending(g => g.GrantedAt).AsNoTracking();
        Query.Select(g => new DispatcherGrantRow(g.Dispatcher, g.GrantedAt, g.RevokedAt));
    }
}

/// <summary>The columns of a grant the organisation's list of its dispatchers shows.</summary>
public sealed record DispatcherGrantRow(AccountId Dispatcher, DateTimeOffset GrantedAt, DateTimeOffset? RevokedAt);

/// <summary>The ids of the organisations an account dispatches for now.</summary>
public sealed class OrganisationsDispatchedForSpec : Specification<DispatcherGrant, Guid>
{
    public OrganisationsDispatchedForSpec(AccountId dispatcher)
    {
        Query.Where(g => g.Dispatcher == dispatcher && g.RevokedAt == null).AsNoTracking();
        Query.Select(g => g.Organisation.Value);
    }
}

/// <summary>The id, e-mail address and name of each of the accounts, read in one query without loading them.</summary>
public sealed class AccountNamesSpec : Specification<Account, AccountName>
{
    public AccountNamesSpec(IReadOnlyCollection<AccountId> ids)
    {
        Query.Where(a => ids.Contains(a.Id)).AsNoTracking();
        Query.Select(a => new AccountName(a.Id, a.Email, a.DisplayName));
    }
}

/// <summary>How an account is named to another: its e-mail address and display name.</summary>
public sealed record AccountName(AccountId Id, EmailAddress Email, string DisplayName);
