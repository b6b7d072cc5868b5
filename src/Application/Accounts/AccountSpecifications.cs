using Ardalis.Specification;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts;

public sealed class AccountByEmailSpec : Specification<Account>, ISingleResultSpecification<Account>
{
    public AccountByEmailSpec(EmailAddress email) => Query.Where(a => a.Email == email);
}

public sealed class AccountByIdSpec : Specification<Account>, ISingleResultSpecification<Account>
{
    public AccountByIdSpec(AccountId id) => Query.Where(a => a.Id == id);
}

public sealed class AccountsInRoleSpec : Specification<Account>
{
    public AccountsInRoleSpec(Role role) => Query.Where(a => a.Role == role);
}
