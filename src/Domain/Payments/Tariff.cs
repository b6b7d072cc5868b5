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

    /// <param name="rates">Rates in the order entered: of two for one kind and date, the later holds.</param>
    /// <param name="mrpValues">MRP values in the order entered, likewise.</param>
    /// <param name="version">The number of the last <see cref="TariffRevision"/> it holds (0: not from the store).</param>
    public Tariff(IEnumerable<TariffRate> rates, IEnumerable<MrpValue> mrpValues, int version = 0)
    {
        // OrderBy is stable: entries of one date keep the order they were entered in.
        _rates = [.. rates.OrderBy(r => r.EffectiveFrom)];
        _mrpValues = [.. mrpValues.OrderBy(m => m.EffectiveFrom)];
        Version = version;
    }

    /// <summary>The tariff version: the number of the last entry of its history.</summary>
    public int Version { get; }

    /// <summary>The rates, in force from their dates (for the registrar's view and the first start's entries).</summary>
    public IReadOnlyList<TariffRate> Rates => _rates;

    public IReadOnlyList<MrpValue> MrpValues => _mrpValues;

    /// <summary>The fee for <paramref name="kind"/> in force on <paramref name="date"/> with what it is made of, or null when none is.</summary>
    public TariffQuote? Quote(FeeKind kind, DateOnly date) =>
        RateOn(kind, date) is { } rate && MrpOn(date) is { } mrp ? new TariffQuote(kind, rate.Mrp, mrp.Tenge, Money.Kzt(rate.Mrp * mrp.Tenge)) : null;

    /// <summary>The fee for <paramref name="kind"/> in force on <paramref name="date"/>, in tenge.</summary>
    public Money FeeFor(FeeKind kind, DateOnly date)
    {
        _ = RateOn(kind, date) ?? throw new InvalidOperationException($"No tariff for {kind} is in force on {date:yyyy-MM-dd}.");
        _ = MrpOn(date) ?? throw new InvalidOperationException($"No MRP value is in force on {date:yyyy-MM-dd}.");
        return Quote(kind, date)!.Amount;
    }

    private TariffRate? RateOn(FeeKind kind, DateOnly date) => _rates.LastOrDefault(r => r.Kind == kind && r.EffectiveFrom <= date);

    private MrpValue? MrpOn(DateOnly date) => _mrpValues.LastOrDefault(m => m.EffectiveFrom <= date);
}

/// <summary>A fee as in force on a day: <paramref name="Mrp"/> indices of <paramref name="MrpValue"/> tenge each.</summary>
public sealed record TariffQuote(FeeKind Kind, decimal Mrp, decimal MrpValue, Money Amount);

/// <summary>A fee of <paramref name="Mrp"/> monthly calculation indices for <paramref name="Kind"/>, from a date.</summary>
public sealed record TariffRate(FeeKind Kind, decimal Mrp, DateOnly EffectiveFrom);

/// <summary>The monthly calculation index (МРП) in tenge, from a date.</summary>
public sealed record MrpValue(decimal Tenge, DateOnly EffectiveFrom);
