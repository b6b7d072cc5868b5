using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Crossings.Common;
using Seo.Domain.Common;
using P = Seo.Application.Crossings.Common.CrossingParameters;

namespace Seo.Application.Crossings.SearchCrossings;

/// <summary>Reads the crossing-log read model, never the write store (CQRS).</summary>
public sealed class SearchCrossingsHandler(ICrossingLog crossingLog) : IQueryHandler<SearchCrossings, Result<CrossingSearchResult>>
{
    public async ValueTask<Result<CrossingSearchResult>> Handle(SearchCrossings query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = P.Number(query.Page, 1, 1, SearchCrossings.MaxWindow)!.Value;
        var pageSize = P.Number(query.PageSize, SearchCrossings.DefaultPageSize, 1, SearchCrossings.MaxPageSize)!.Value;
        var search = new CrossingQuery(
            Plate: query.Plate is null ? null : P.Plate(query.Plate),
            PlateMatch: P.PlateMatchOf(query.PlateMatch)!.Value,
            Vin: query.Vin?.Trim().ToUpperInvariant(),
            BookingNumber: query.BookingNumber?.Trim(),
            Checkpoint: P.Checkpoint(query.Checkpoint),
            Direction: P.DirectionOf(query.Direction).Value,
            Matched: P.MatchedOf(query.Matched).Value,
            From: P.Instant(query.From),
            To: P.Instant(query.To),
            Sort: P.SortOf(query.Sort)!.Value,
            Skip: (page - 1) * pageSize,
            Take: pageSize);
        var found = await crossingLog.SearchAsync(search, cancellationToken);
        return new CrossingSearchResult([.. found.Items.Select(CrossingMapper.ToDto)], found.Total, page, pageSize, PagingRules.PageCount(found.Total, pageSize));
    }
}
