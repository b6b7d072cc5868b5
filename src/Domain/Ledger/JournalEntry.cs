using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Domain.Ledger;

public readonly record struct JournalEntryId(Guid Value)
{
    public static JournalEntryId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>The registrar's chart of accounts for the fees it collects (R23, R24, R27).</summary>
public enum LedgerAccount
{
    /// <summary>Asset: money received into the registrar's account and not yet remitted to the budget.</summary>
    Collection,

    /// <summary>Liability: fees owed to the state budget (R24).</summary>
    BudgetPayable,

    /// <summary>Asset: what carriers owe (R27); kept per carrier account.</summary>
    CarrierDebts,
}

/// <summary>Why an entry was made.</summary>
public enum JournalEntryKind
{
    /// <summary>A fee was paid: Collection ↑, BudgetPayable ↑.</summary>
    Payment,

    /// <summary>A fee was given back (system or state fault, R28): BudgetPayable ↓, Collection ↓.</summary>
    Refund,

    /// <summary>The payer's bank took a paid fee back; the carrier owes it (R27): CarrierDebts ↑, Collection ↓.</summary>
    Reversal,

    /// <summary>The registrar recorded a debt for a service rendered (R27): CarrierDebts ↑, BudgetPayable ↑.</summary>
    Debt,

    /// <summary>A debt was paid: Collection ↑, CarrierDebts ↓.</summary>
    DebtSettlement,

    /// <summary>Received money went to the state budget (R24): BudgetPayable ↓, Collection ↓.</summary>
    Remittance,
}

/// <summary>One side of an entry: a debit or a credit on one account, in tiyn, optionally for one carrier.</summary>
public sealed record JournalLine(LedgerAccount Account, long DebitTiyn, long CreditTiyn, Guid? Carrier);

/// <summary>
/// One balanced, immutable posting in the registrar's books: debits equal credits, amounts exact
/// in tiyn. Entries are never changed or removed — a mistake is corrected by a further entry —
/// and balances are derived from them. Only the remittance mark is set later, once, on entries
/// that moved money through the collection account.
/// </summary>
public sealed class JournalEntry : AggregateRoot<JournalEntryId>
{
    public const int MaxReferenceLength = 200;

    private readonly List<JournalLine> _lines = [];

    private JournalEntry()
    {
    }

    public JournalEntryKind Kind { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The carrier account the entry is about; null for a remittance.</summary>
    public AccountId? Carrier { get; private set; }

    /// <summary>What caused it: a payment intent, a debt's reason, a remittance batch.</summary>
    public string Reference { get; private set; } = string.Empty;

    public PaymentIntentId? Intent { get; private set; }

    public IReadOnlyList<JournalLine> Lines => _lines;

    /// <summary>The net amount through the collection account (positive in, negative out).</summary>
    public long CollectionTiyn { get; private set; }

    /// <summary>The remittance batch that took this entry's money to the budget; null until then.</summary>
    public Guid? RemittanceId { get; private set; }

    public Money Amount => Money.FromTiyn(_lines.Sum(line => line.DebitTiyn));

    public static JournalEntry Payment(PaymentIntentId intent, AccountId carrier, Money amount, DateTimeOffset now) =>
        Post(JournalEntryKind.Payment, carrier, intent, intent.ToString(), amount, LedgerAccount.Collection, LedgerAccount.BudgetPayable, now);

    public static JournalEntry DebtSettlement(PaymentIntentId? intent, AccountId carrier, Money amount, string reference, DateTimeOffset now) =>
        Post(JournalEntryKind.DebtSettlement, carrier, intent, reference, amount, LedgerAccount.Collection, LedgerAccount.CarrierDebts, now);

    public static JournalEntry Refund(PaymentIntentId intent, AccountId carrier, Money amount, DateTimeOffset now) =>
        Post(JournalEntryKind.Refund, carrier, intent, intent.ToString(), amount, LedgerAccount.BudgetPayable, LedgerAccount.Collection, now);

    public static JournalEntry Reversal(PaymentIntentId intent, AccountId carrier, Money amount, DateTimeOffset now) =>
        Post(JournalEntryKind.Reversal, carrier, intent, intent.ToString(), amount, LedgerAccount.CarrierDebts, LedgerAccount.Collection, now);

    public static JournalEntry Debt(AccountId carrier, Money amount, string reason, DateTimeOffset now) =>
        Post(JournalEntryKind.Debt, carrier, null, reason, amount, LedgerAccount.CarrierDebts, LedgerAccount.BudgetPayable, now);

    public static JournalEntry Remittance(Guid remittanceId, Money amount, string reference, DateTimeOffset now)
    {
        var entry = Post(JournalEntryKind.Remittance, null, null, reference, amount, LedgerAccount.BudgetPayable, LedgerAccount.Collection, now);
        entry.RemittanceId = remittanceId;
        return entry;
    }

    /// <summary>Marks the entry's money as remitted by a batch; once only.</summary>
    public Result MarkRemitted(Guid remittanceId, DateTimeOffset now)
    {
        if (RemittanceId is not null)
        {
            return new DomainError("entry-already-remitted", "The entry was remitted by another batch.", ErrorKind.Conflict, "R24");
        }

        RemittanceId = remittanceId;
        Raise(new JournalEntryRemitted(Id, remittanceId, now));
        return Result.Success();
    }

    private static JournalEntry Post(
        JournalEntryKind kind, AccountId? carrier, PaymentIntentId? intent, string reference, Money amount, LedgerAccount debit, LedgerAccount credit, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (amount.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "An entry moves a positive amount.");
        }

        var tiyn = amount.Tiyn;
        var forCarrier = carrier?.Value;
        var entry = new JournalEntry
        {
            Id = JournalEntryId.New(),
            Kind = kind,
            PostedAt = now,
            Carrier = carrier,
            Intent = intent,
            Reference = reference.Length <= MaxReferenceLength ? reference : reference[..MaxReferenceLength],
        };
        entry._lines.Add(new JournalLine(debit, tiyn, 0, forCarrier));
        entry._lines.Add(new JournalLine(credit, 0, tiyn, forCarrier));
        entry.CollectionTiyn = entry._lines.Where(line => line.Account == LedgerAccount.Collection).Sum(line => line.DebitTiyn - line.CreditTiyn);
        entry.Raise(new JournalEntryPosted(entry.Id, kind, carrier, amount, now));
        return entry;
    }
}

public sealed record JournalEntryPosted(JournalEntryId EntryId, JournalEntryKind Kind, AccountId? Carrier, Money Amount, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record JournalEntryRemitted(JournalEntryId EntryId, Guid RemittanceId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
