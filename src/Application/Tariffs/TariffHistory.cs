using Ardalis.Specification;
using Seo.Application.Common.Ports;
using Seo.Domain.Payments;

namespace Seo.Application.Tariffs;

/// <summary>
/// The tariff as its history in the write store makes it (R25, R26): read for each fee that is
/// issued, so every instance computes a fee from the same entries. The history is a few dozen rows.
/// </summary>
public sealed class TariffHistory(IRepository<TariffRevision> revisions)
{
    public async Task<Tariff> CurrentAsync(CancellationToken cancellationToken) =>
        TariffRevision.ToTariff(await revisions.ListAsync(new TariffRevisionsSpec(), cancellationToken));
}

/// <summary>Every entry, in the order entered.</summary>
public sealed class TariffRevisionsSpec : Specification<TariffRevision>
{
    public TariffRevisionsSpec() => Query.OrderBy(r => r.Number).AsNoTracking();
}

/// <summary>The entry entered last (its number + 1 is the next one's).</summary>
public sealed class LastTariffRevisionSpec : Specification<TariffRevision>, ISingleResultSpecification<TariffRevision>
{
    public LastTariffRevisionSpec() => Query.OrderByDescending(r => r.Number).Take(1).AsNoTracking();
}
