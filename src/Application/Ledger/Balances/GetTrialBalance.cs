using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Ledger;

namespace Seo.Application.Ledger.Balances;

/// <summary>The registrar's books derived from the journal — for everyone, or one carrier — and whether they balance.</summary>
public sealed record GetTrialBalance(Guid? Carrier) : IQuery<TrialBalanceDto>;

public sealed class GetTrialBalanceHandler(ILedgerReader ledger) : IQueryHandler<GetTrialBalance, TrialBalanceDto>
{
    public async ValueTask<TrialBalanceDto> Handle(GetTrialBalance query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var totals = await ledger.TotalsAsync(query.Carrier is { } id ? new AccountId(id) : null, cancellationToken);
        var accounts = Enum.GetValues<LedgerAccount>()
            .Select(account => totals.FirstOrDefault(t => t.Account == account) ?? new LedgerAccountTotal(account, 0, 0))
            .Select(t => new LedgerAccountBalanceDto(t.Account, TiynText.Money(t.DebitTiyn), TiynText.Money(t.CreditTiyn), TiynText.Signed(t.DebitTiyn - t.CreditTiyn)))
            .ToList();
        long debits = totals.Sum(t => t.DebitTiyn), credits = totals.Sum(t => t.CreditTiyn);
        var collection = totals.FirstOrDefault(t => t.Account == LedgerAccount.Collection);
        return new TrialBalanceDto(
            query.Carrier, accounts, TiynText.Money(debits), TiynText.Money(credits), debits == credits,
            TiynText.Money(Math.Max(0, (collection?.DebitTiyn ?? 0) - (collection?.CreditTiyn ?? 0))));
    }
}
