using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Domain.Payments;

public readonly record struct TariffRevisionId(Guid Value)
{
    public static TariffRevisionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>What a tariff revision sets: a fee in MRP (order No. 538), or the MRP's value in tenge (the budget law).</summary>
public enum TariffItem
{
    /// <summary>The booking fee, in MRP.</summary>
    BookingFee,

    /// <summary>A reschedule beyond the two free ones (R28), in MRP.</summary>
    PaidRescheduleFee,

    /// <summary>Paid expedited passage (R6.4), in MRP.</summary>
    ExpeditedFee,

    /// <summary>The monthly calculation index, in tenge.</summary>
    Mrp,
}

/// <summary>
/// One entry in the tariff's history (R25, R26): a fee in MRP or the MRP in tenge, in force from a
/// date until a later entry for the same item, numbered in the order entered — the number is the
/// tariff version a fee was computed under. Entries are never changed or removed: a correction is
/// a new entry. The registrar enters them for a day still to come (Kazakhstan time), so a fee
/// already issued or a day already under way never changes; the first entries come from the
/// configuration at the store's first start.
/// </summary>
public sealed class TariffRevision : AggregateRoot<TariffRevisionId>
{
    /// <summary>More MRP than any fee of order No. 538 could be: a typo's guard.</summary>
    public const decimal MaxFeeInMrp = 1_000m;

    /// <summary>More tenge than the MRP could be for years: a typo's guard.</summary>
    public const decimal MaxMrpInTenge = 100_000m;

    public const int MaxReasonLength = 500;

    private TariffRevision()
    {
    }

    /// <summary>1, 2, 3 … in the order entered; unique.</summary>
    public int Number { get; private set; }

    public TariffItem Item { get; private set; }

    /// <summary>MRP for a fee, tenge for the MRP; at most two decimals.</summary>
    public decimal Value { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Why: the order or law it comes from ("Order No. 538 of 25 May 2023, item 1").</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>The registrar who entered it; null for the configuration's entries at first start.</summary>
    public AccountId? EnteredBy { get; private set; }

    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>A registrar's entry: for a day after today (Kazakhstan time), so nothing already issued or under way changes.</summary>
    public static Result<TariffRevision> Enter(int number, TariffItem item, decimal value, DateOnly effectiveFrom, string? reason, AccountId enteredBy, DateTimeOffset now)
    {
        if (effectiveFrom <= KazakhstanTime.DayOf(now))
        {
            return TariffErrors.NotInTheFuture(KazakhstanTime.DayOf(now).AddDays(1));
        }

        return Create(number, item, value, effectiveFrom, reason, enteredBy, now);
    }

    /// <summary>The configuration's entry at the store's first start, whatever its date.</summary>
    public static Result<TariffRevision> FromConfiguration(int number, TariffItem item, decimal value, DateOnly effectiveFrom, DateTimeOffset now) =>
        Create(number, item, value, effectiveFrom, "Configuration at the store's first start (Seo:Tariff, Seo:Mrp)", null, now);

    /// <summary>The tariff the entries make, each later entry for an item and date taking the place of an earlier one.</summary>
    public static Tariff ToTariff(IEnumerable<TariffRevision> revisions)
    {
        var ordered = revisions.OrderBy(r => r.Number).ToList();
        return new Tariff(
            ordered.Where(r => r.Item != TariffItem.Mrp).Select(r => new TariffRate(FeeKindOf(r.Item), r.Value, r.EffectiveFrom)),
            ordered.Where(r => r.Item == TariffItem.Mrp).Select(r => new MrpValue(r.Value, r.EffectiveFrom)),
            ordered.Count == 0 ? 0 : ordered[^1].Number);
    }

    public static TariffItem ItemOf(FeeKind kind) => kind switch
    {
        FeeKind.Booking => TariffItem.BookingFee,
        FeeKind.PaidReschedule => TariffItem.PaidRescheduleFee,
        FeeKind.Expedited => TariffItem.ExpeditedFee,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static FeeKind FeeKindOf(TariffItem item) => item switch
    {
        TariffItem.BookingFee => FeeKind.Booking,
        TariffItem.PaidRescheduleFee => FeeKind.PaidReschedule,
        TariffItem.ExpeditedFee => FeeKind.Expedited,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    private static Result<TariffRevision> Create(int number, TariffItem item, decimal value, DateOnly effectiveFrom, string? reason, AccountId? enteredBy, DateTimeOffset now)
    {
        if (!Enum.IsDefined(item))
        {
            return TariffErrors.UnknownItem;
        }

        var max = item == TariffItem.Mrp ? MaxMrpInTenge : MaxFeeInMrp;
        if (value <= 0 || value > max || decimal.Round(value, 2) != value)
        {
            return TariffErrors.InvalidValue(item, max);
        }

        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxReasonLength)
        {
            return TariffErrors.ReasonRequired;
        }

        return new TariffRevision
        {
            Id = TariffRevisionId.New(),
            Number = number,
            Item = item,
            Value = value,
            EffectiveFrom = effectiveFrom,
            Reason = trimmed,
            EnteredBy = enteredBy,
            EnteredAt = now,
        };
    }
}

public static class TariffErrors
{
    public static readonly DomainError UnknownItem = DomainError.Validation(
        "unknown-tariff-item", "The item is one of BookingFee, PaidRescheduleFee, ExpeditedFee (in MRP) or Mrp (in tenge).",
        new Dictionary<string, string[]> { ["item"] = ["Unknown item."] });

    public static readonly DomainError ReasonRequired = DomainError.Validation(
        "tariff-reason-required", $"Say where the value comes from (the order or law), in at most {TariffRevision.MaxReasonLength} characters.",
        new Dictionary<string, string[]> { ["reason"] = ["Required, at most 500 characters."] });

    public static DomainError InvalidValue(TariffItem item, decimal max) => DomainError.Validation(
        "invalid-tariff-value",
        $"{(item == TariffItem.Mrp ? "The MRP in tenge" : "A fee in MRP")} is above 0, at most {max:0} and has at most two decimals.",
        new Dictionary<string, string[]> { ["value"] = ["Out of range or more than two decimals."] });

    public static DomainError NotInTheFuture(DateOnly earliest) => new(
        "tariff-not-in-the-future",
        $"A tariff entry takes effect on a day still to come (Kazakhstan time), from {earliest:yyyy-MM-dd}: fees already issued and days under way never change.",
        ErrorKind.Validation,
        "R25")
    {
        Errors = new Dictionary<string, string[]> { ["effectiveFrom"] = [$"From {earliest:yyyy-MM-dd}."] },
    };
}
