using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Ledger;
using Seo.Domain.Payments;

namespace Seo.Application.Accounts.RecordDebt;

public sealed class RecordDebtHandler(IRepository<Account> accounts, IRepository<JournalEntry> journal, TimeProvider clock) : ICommandHandler<RecordDebt, Result<AccountDto>>
{
    public static readonly DomainError AccountNotFound = DomainError.NotFound("account-not-found", "No such account.");

    public async ValueTask<Result<AccountDto>> Handle(RecordDebt command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(new AccountId(command.AccountId)), cancellationToken);
        if (account is null)
        {
            return AccountNotFound;
        }

        if (account.Role != Role.User)
        {
            return AccountErrors.NotAUser;
        }

        var now = clock.GetUtcNow();
        var amount = Money.Kzt(command.Amount!.Value);
        var recorded = account.RecordDebt(amount, command.Reason!.Trim(), now);
        if (!recorded.IsSuccess)
        {
            return recorded.Error;
        }

        // A fee owed for a service rendered: the carrier owes it, the budget is owed it (R27).
        await journal.AddAsync(JournalEntry.Debt(account.Id, amount, command.Reason!.Trim(), now), cancellationToken);
        return AccountDto.From(account);
    }
}
