using Seo.Domain.Accounts;
using Seo.Domain.Ledger;

namespace Seo.Application.Common.Ports;

/// <summary>Balances and totals derived from the journal by the store (sums in tiyn, exact in every store).</summary>
public interface ILedgerReader
{
    /// <summary>Debits and credits per ledger account, for one carrier or for the whole books.</summary>
    Task<IReadOnlyList<LedgerAccountTotal>> TotalsAsync(AccountId? carrier, CancellationToken cancellationToken);

    /// <summary>When the oldest entry that moved money through the collection account and is not remitted yet was posted.</summary>
    Task<DateTimeOffset?> OldestUnremittedAsync(CancellationToken cancellationToken);

    /// <summary>Entries posted in a window, with what they moved through the collection account (for the daily report).</summary>
    Task<IReadOnlyList<CashMovement>> CashMovementsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}

public sealed record LedgerAccountTotal(LedgerAccount Account, long DebitTiyn, long CreditTiyn);

public sealed record CashMovement(JournalEntryKind Kind, DateTimeOffset PostedAt, long CollectionTiyn, Guid? RemittanceId);
