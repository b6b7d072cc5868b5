using Ardalis.Specification;
using Seo.Domain.Accounts;

namespace Seo.Application.Accounts.Sessions;

public sealed class AccountSessionByIdSpec : Specification<AccountSession>, ISingleResultSpecification<AccountSession>
{
    public AccountSessionByIdSpec(Guid id) => Query.Where(s => s.Id == id);
}

public sealed class OpenSessionsOfSpec : Specification<AccountSession>
{
    public OpenSessionsOfSpec(AccountId account) => Query.Where(s => s.AccountId == account && s.RevokedAt == null);
}
