using Seo.Domain.Payments;

namespace Seo.Infrastructure.Persistence.Seed;

/// <summary>
/// The tariff the configuration gives (<c>Seo:Tariff</c>, <c>Seo:Mrp</c>, or the built-in rows):
/// entered as the history's first entries when a store has none, and never again — from then on
/// the registrar keeps the tariff through <c>/api/v1/admin/tariffs</c>.
/// </summary>
public sealed class TariffSeed(Tariff configured)
{
    public IReadOnlyList<TariffRevision> Revisions(DateTimeOffset now)
    {
        var rows = configured.MrpValues.Select(m => (Item: TariffItem.Mrp, Value: m.Tenge, m.EffectiveFrom))
            .Concat(configured.Rates.Select(r => (Item: TariffRevision.ItemOf(r.Kind), Value: r.Mrp, r.EffectiveFrom)));
        return [.. rows.Select((row, i) => TariffRevision.FromConfiguration(i + 1, row.Item, row.Value, row.EffectiveFrom, now) is { IsSuccess: true } made
            ? made.Value
            : throw new InvalidOperationException($"Seo:Tariff / Seo:Mrp: the {row.Item} row from {row.EffectiveFrom:yyyy-MM-dd} ({row.Value}) is out of range."))];
    }
}
