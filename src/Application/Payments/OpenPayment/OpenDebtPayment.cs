using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.OpenPayment;

/// <summary>
/// R27: opens the intent that settles the caller's whole debt through the gateway, like a fee. An
/// intent opened for an earlier amount that is still unpaid is closed: only the debt as it stands
/// now can be paid.
/// </summary>
public sealed record OpenDebtPayment : ICommand<Result<PaymentDto>>;

public sealed class OpenDebtPaymentHandler(IRepository<Account> accounts, IRepository<PaymentIntent> intents, ICurrentUser currentUser, PaymentOptions options, TimeProvider clock)
    : ICommandHandler<OpenDebtPayment, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(OpenDebtPayment command, CancellationToken cancellationToken)
    {
        var caller = currentUser.AccountId ?? throw new InvalidOperationException("Only a signed-in carrier pays a debt.");
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(caller), cancellationToken);
        if (account is null || !account.IsBlockedForDebt)
        {
            return PaymentRefusals.NoDebt;
        }

        var now = clock.GetUtcNow();
        var earlier = await intents.ListAsync(new PaymentIntentsOfPayerSpec(caller, PaymentPurpose.DebtSettlement), cancellationToken);
        if (earlier.FirstOrDefault(i => i.Status == PaymentIntentStatus.Pending && i.Amount == account.Debt) is { } open)
        {
            return PaymentDto.From(open);
        }

        foreach (var stale in earlier.Where(i => i.Status == PaymentIntentStatus.Pending))
        {
            stale.Cancel(now);
        }

        var intent = PaymentIntent.Open(
            $"account:{caller}:debt:{earlier.Count + 1}", PaymentPurpose.DebtSettlement, caller, null, $"DEBT-{caller.Value.ToString("N")[..12].ToUpperInvariant()}",
            account.Debt, null, now + options.DebtPaymentWindow, now);
        await intents.AddAsync(intent, cancellationToken);
        return PaymentDto.From(intent);
    }
}
