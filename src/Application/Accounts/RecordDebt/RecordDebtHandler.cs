using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Accounts.RecordDebt;

public sealed class RecordDebtHandler(IRepository<Account> accounts, TimeProvider clock) : ICommandHandler<RecordDebt, Result<AccountDto>>
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

        var recorded = account.RecordDebt(Money.Kzt(command.Amount!.Value), command.Reason!.Trim(), clock.GetUtcNow());
        return recorded.IsSuccess ? AccountDto.From(account) : recorded.Error;
    }
}
