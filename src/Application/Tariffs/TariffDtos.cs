using Seo.Domain.Payments;

namespace Seo.Application.Tariffs;

/// <summary>One entry of the tariff's history.</summary>
/// <param name="Number">The tariff version this entry made: entries are numbered 1, 2, 3 … in the order entered.</param>
/// <param name="Item">BookingFee, PaidRescheduleFee or ExpeditedFee (a value in MRP), or Mrp (a value in tenge).</param>
/// <param name="EnteredBy">The registrar's account; null for the configuration's entries at the store's first start.</param>
public sealed record TariffRevisionDto(int Number, TariffItem Item, decimal Value, DateOnly EffectiveFrom, string Reason, Guid? EnteredBy, DateTimeOffset EnteredAt)
{
    public static TariffRevisionDto From(TariffRevision revision) =>
        new(revision.Number, revision.Item, revision.Value, revision.EffectiveFrom, revision.Reason, revision.EnteredBy?.Value, revision.EnteredAt);
}

/// <summary>A fee as in force on a day: its MRP, the MRP's value, and the amount in tenge.</summary>
public sealed record FeeInForceDto(FeeKind Kind, decimal Mrp, decimal MrpValue, Common.Mapping.MoneyDto Amount);

/// <summary>The tariff: the fees in force on a day (Kazakhstan time) under the current version, and the whole history.</summary>
public sealed record TariffsDto(int Version, DateOnly Date, IReadOnlyList<FeeInForceDto> InForce, IReadOnlyList<TariffRevisionDto> Revisions);
