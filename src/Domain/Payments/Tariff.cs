namespace Seo.Domain.Payments;

/// <summary>
/// A dated tariff (R25: fees come from order No. 538 of 25 May 2023, set in MRP). Each row holds
/// from its date until the next row of the same kind; the MRP value in tenge is also dated,
/// since the budget law changes it every year.
/// </summary>
public sealed class Tariff
{
    private readonly IReadOnlyList<TariffRate> _rates;
    private readonly IReadOnlyList<MrpValue> _mrpValues;

    public Tariff(IEnumerable<TariffRate> rates, IEnumerable<MrpValue> mrpValues)
    {
        _rates = [.. rates.OrderBy(r => r.EffectiveFrom)];
        _mrpValues = [.. mrpValues.OrderBy(m => m.EffectiveFrom)];
    }

    /// <summary>The fee for <paramref name="kind"/> in force on <paramref name="date"/>, in tenge.</summary>
    public Money FeeFor(FeeKind kind, DateOnly date)
    {
        var rate = _rates.LastOrDefault(r => r.Kind == kind && r.EffectiveFrom <= date)
            ?? throw new InvalidOperationException($"No tariff for {kind} is in force on {date:yyyy-MM-dd}.");
        var mrp = _mrpValues.LastOrDefault(m => m.EffectiveFrom <= date)
            ?? throw new InvalidOperationException($"No MRP value is in force on {date:yyyy-MM-dd}.");
        return Money.Kzt(rate.Mrp * mrp.Tenge);
    }
}

/// <summary>A fee of <paramref name="Mrp"/> monthly calculation indices for <paramref name="Kind"/>, from a date.</summary>
public sealed record TariffRate(FeeKind Kind, decimal Mrp, DateOnly EffectiveFrom);

/// <summary>The monthly calculation index (МРП) in tenge, from a date.</summary>
public sealed record MrpValue(decimal Tenge, DateOnly EffectiveFrom);
