using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Domain.Ledger;

/// <summary>
/// R24: one transfer of received fees to the state budget. It covers every entry through the
/// collection account posted before <see cref="CoversUntil"/> and not remitted before, nets them
/// (payments and settlements in, refunds and reversals out) and is posted as one entry of its own.
/// </summary>
public sealed class Remittance : AggregateRoot<Guid>
{
    private Remittance()
    {
    }

    /// <summary>The payment order's number, unique and in order: <c>RB-2026-12-06</c> for the day's batch.</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>The Kazakhstan day the batch was formed on.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>Entries posted before this instant (the start of <see cref="Day"/>) are in the batch.</summary>
    public DateTimeOffset CoversUntil { get; private set; }

    public Money Amount { get; private set; }

    public int EntryCount { get; private set; }

    /// <summary>The oldest entry's posting: the batch is on time when this is within the limit (R24).</summary>
    public DateTimeOffset OldestEntryAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The payment order file written for the bank.</summary>
    public string FileName { get; private set; } = string.Empty;

    public static Remittance Form(DateOnly day, DateTimeOffset coversUntil, Money amount, int entryCount, DateTimeOffset oldestEntryAt, DateTimeOffset now)
    {
        if (entryCount <= 0 || amount.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A remittance moves a positive amount from at least one entry.");
        }

        var number = $"RB-{day:yyyy-MM-dd}";
        var remittance = new Remittance
        {
            Id = Guid.CreateVersion7(),
            Number = number,
            Day = day,
            CoversUntil = coversUntil,
            Amount = amount,
            EntryCount = entryCount,
            OldestEntryAt = oldestEntryAt,
            CreatedAt = now,
            FileName = $"{number}.json",
        };
        remittance.Raise(new RemittanceFormed(remittance.Id, number, amount, entryCount, now));
        return remittance;
    }
}

public sealed record RemittanceFormed(Guid RemittanceId, string Number, Money Amount, int EntryCount, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
