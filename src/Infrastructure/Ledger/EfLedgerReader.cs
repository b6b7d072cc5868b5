using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Ledger;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Ledger;

/// <summary>The journal's sums, computed by the store over the lines (tiyn are integers: exact on every provider).</summary>
internal sealed class EfLedgerReader(SeoDbContext db) : ILedgerReader
{
    public async Task<IReadOnlyList<LedgerAccountTotal>> TotalsAsync(AccountId? carrier, CancellationToken cancellationToken)
    {
        var lines = db.JournalEntries.AsNoTracking().SelectMany(e => e.Lines);
        if (carrier is { } id)
        {
            lines = lines.Where(l => l.Carrier == id.Value);
        }

        var totals = await lines
            .GroupBy(l => l.Account)
            .Select(g => new { Account = g.Key, Debit = g.Sum(l => l.DebitTiyn), Credit = g.Sum(l => l.CreditTiyn) })
            .ToListAsync(cancellationToken);
        return [.. totals.Select(t => new LedgerAccountTotal(t.Account, t.Debit, t.Credit))];
    }

    public async Task<DateTimeOffset?> OldestUnremittedAsync(CancellationToken cancellationToken)
    {
        return await db.JournalEntries.AsNoTracking()
            .Where(UnremittedEntries.Predicate)
            .OrderBy(e => e.PostedAt)
            .Select(e => (DateTimeOffset?)e.PostedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CashMovement>> CashMovementsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var movements = await db.JournalEntries.AsNoTracking()
            .Where(e => e.PostedAt >= from && e.PostedAt < until && e.CollectionTiyn != 0)
            .Select(e => new CashMovement(e.Kind, e.PostedAt, e.CollectionTiyn, e.RemittanceId))
            .ToListAsync(cancellationToken);
        return movements;
    }
}
