using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.GetMyAccount;

/// <summary>The caller's own account: owner data, agreement and consent, whether its IIN/BIN is proven and whom it dispatches for (R16.3, R15).</summary>
public sealed record GetMyAccount : IQuery<Result<AccountDto>>;

public sealed class GetMyAccountHandler(IRepository<Account> accounts, IRepository<DispatcherGrant> grants, ICurrentUser currentUser) : IQueryHandler<GetMyAccount, Result<AccountDto>>
{
    public static readonly DomainError NotFound = DomainError.NotFound("account-not-found", "The account of this token no longer exists.");

    public async ValueTask<Result<AccountDto>> Handle(GetMyAccount query, CancellationToken cancellationToken)
    {
        var account = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id, readOnly: true), cancellationToken) : null;
        if (account is null)
        {
            return NotFound;
        }

        var dispatching = await grants.ListAsync(new OrganisationsDispatchedForSpec(account.Id), cancellationToken);
        return AccountDto.From(account) with { DispatcherFor = dispatching };
    }
}
