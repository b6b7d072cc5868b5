using Mediator;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Tariffs.GetTariffs;

/// <summary>The fees in force on a day (today in Kazakhstan by default) and the tariff's whole history (R25, R26).</summary>
public sealed record GetTariffs(DateOnly? Date) : IQuery<Result<TariffsDto>>;

public sealed class GetTariffsHandler(Common.Ports.IRepository<TariffRevision> revisions, TimeProvider clock)
    : IQueryHandler<GetTariffs, Result<TariffsDto>>
{
    public async ValueTask<Result<TariffsDto>> Handle(GetTariffs query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var history = await revisions.ListAsync(new TariffRevisionsSpec(), cancellationToken);
        var tariff = TariffRevision.ToTariff(history);
        var date = query.Date ?? KazakhstanTime.DayOf(clock.GetUtcNow());
        var inForce = Enum.GetValues<FeeKind>()
            .Select(kind => tariff.Quote(kind, date))
            .OfType<TariffQuote>()
            .Select(q => new FeeInForceDto(q.Kind, q.Mrp, q.MrpValue, Common.Mapping.MoneyDto.From(q.Amount)))
            .ToList();
        return new TariffsDto(tariff.Version, date, inForce, [.. history.Select(TariffRevisionDto.From)]);
    }
}
