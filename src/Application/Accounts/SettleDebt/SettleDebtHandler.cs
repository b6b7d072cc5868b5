using Mediator;
using Seo.Application.Accounts.RecordDebt;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Accounts.SettleDebt;

public sealed class SettleDebtHandler(IRepository<Account> accounts, TimeProvider clock) : ICommandHandler<SettleDebt, Result<AccountDto>>
{
    public async ValueTask<Result<AccountDto>> Handle(SettleDebt command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(new AccountId(command.AccountId)), cancellationToken);
        if (account is null)
        {
            return RecordDebtHandler.AccountNotFound;
        }

        var settled = account.SettleDebt(Money.Kzt(command.Amount!.Value), clock.GetUtcNow());
        return settled.IsSuccess ? AccountDto.From(account) : settled.Error;
    }
}
