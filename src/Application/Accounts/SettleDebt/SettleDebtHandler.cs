using Mediator;
using Seo.Application.Accounts.RecordDebt;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Ledger;
using Seo.Domain.Payments;

namespace Seo.Application.Accounts.SettleDebt;

public sealed class SettleDebtHandler(IRepository<Account> accounts, IRepository<JournalEntry> journal, TimeProvider clock) : ICommandHandler<SettleDebt, Result<AccountDto>>
{
    public async ValueTask<Result<AccountDto>> Handle(SettleDebt command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(new AccountId(command.AccountId)), cancellationToken);
        if (account is null)
        {
            return RecordDebtHandler.AccountNotFound;
        }

        var now = clock.GetUtcNow();
        var owed = account.Debt;
        var settled = account.SettleDebt(Money.Kzt(command.Amount!.Value), now);
        if (!settled.IsSuccess)
        {
            return settled.Error;
        }

        // Paid to the registrar outside Seo (e.g. at a bank counter): only what was owed is a settlement.
        var paid = Money.Kzt(owed.Amount - account.Debt.Amount);
        if (paid.Amount > 0)
        {
            await journal.AddAsync(JournalEntry.DebtSettlement(null, account.Id, paid, "Settled outside Seo, recorded by the registrar", now), cancellationToken);
        }

        return AccountDto.From(account);
    }
}
