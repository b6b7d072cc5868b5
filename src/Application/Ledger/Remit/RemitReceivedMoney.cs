using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Domain.Common;
using Seo.Domain.Ledger;
using Seo.Domain.Payments;

namespace Seo.Application.Ledger.Remit;

/// <summary>
/// R24: forms the day's remittance — all money received before today (Kazakhstan time) and not
/// remitted yet, net of refunds and reversals — posts it and marks the entries it covers. Run
/// daily, money is remitted the day after it arrives, well within the three days; a run that
/// finds the day's batch formed, or nothing to remit, changes nothing.
/// </summary>
public sealed record RemitReceivedMoney : ICommand<Result<RemittanceDto?>>;

public sealed class RemitReceivedMoneyHandler(IRepository<JournalEntry> journal, IRepository<Remittance> remittances, TimeProvider clock)
    : ICommandHandler<RemitReceivedMoney, Result<RemittanceDto?>>
{
    public async ValueTask<Result<RemittanceDto?>> Handle(RemitReceivedMoney command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = KazakhstanTime.DayOf(now);
        if (await remittances.FirstOrDefaultAsync(new RemittanceOfDaySpec(today), cancellationToken) is { } formed)
        {
            return RemittanceDto.From(formed);
        }

        var coversUntil = KazakhstanTime.StartOf(today);
        var entries = await journal.ListAsync(new UnremittedEntriesSpec(coversUntil), cancellationToken);
        var net = entries.Sum(e => e.CollectionTiyn);
        if (entries.Count == 0 || net <= 0)
        {
            // Nothing received, or more given back than received: nothing to send; the entries wait for a later day's batch.
            return (RemittanceDto?)null;
        }

        var remittance = Remittance.Form(today, coversUntil, Money.FromTiyn(net), entries.Count, entries.Min(e => e.PostedAt), now);
        foreach (var entry in entries)
        {
            entry.MarkRemitted(remittance.Id, now);
        }

        await remittances.AddAsync(remittance, cancellationToken);
        await journal.AddAsync(JournalEntry.Remittance(remittance.Id, remittance.Amount, remittance.Number, now), cancellationToken);
        return RemittanceDto.From(remittance);
    }
}
