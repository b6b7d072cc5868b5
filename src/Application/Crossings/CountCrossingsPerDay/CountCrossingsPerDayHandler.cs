using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Crossings.Common;
using Seo.Domain.Common;
using P = Seo.Application.Crossings.Common.CrossingParameters;

namespace Seo.Application.Crossings.CountCrossingsPerDay;

public sealed class CountCrossingsPerDayHandler(ICrossingLog crossingLog) : IQueryHandler<CountCrossingsPerDay, Result<CrossingsPerDayResult>>
{
    public async ValueTask<Result<CrossingsPerDayResult>> Handle(CountCrossingsPerDay query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = P.Instant(query.From)!.Value;
        var to = P.Instant(query.To)!.Value;
        var checkpoint = P.Checkpoint(query.Checkpoint);
        var counts = await crossingLog.CountPerCheckpointPerDayAsync(from, to, checkpoint, cancellationToken);
        return new CrossingsPerDayResult(from, to, checkpoint, [.. counts.Select(c => new CrossingsPerDayDto(c.Checkpoint, c.Day, c.Count))]);
    }
}
