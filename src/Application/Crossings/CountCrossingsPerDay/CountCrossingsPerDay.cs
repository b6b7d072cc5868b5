using Mediator;
using Seo.Application.Crossings.Common;
using Seo.Domain.Common;

namespace Seo.Application.Crossings.CountCrossingsPerDay;

/// <summary>Crossings per checkpoint per Kazakhstan day (UTC+5) over [from, to), for officers and analysts.</summary>
public sealed record CountCrossingsPerDay(string? From, string? To, string? Checkpoint) : IQuery<Result<CrossingsPerDayResult>>
{
    /// <summary>
    /// The longest period one request may count. A day per bucket and a bucket per checkpoint
    /// must stay under Elasticsearch's search.max_buckets (65,536 by default): 366 days × 41
    /// checkpoints is about 15,000.
    /// </summary>
    public const int MaxDays = 366;
}
