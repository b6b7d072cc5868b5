using Ardalis.Specification;
using Seo.Application.Common.Ports;
using Seo.Application.OpenData.Common;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

/// <summary>How the R6 limit's throughput is found (<c>Seo:PriorityQuotaThroughput</c>).</summary>
public sealed class PriorityLimitOptions
{
    public const string Section = "Seo:PriorityQuotaThroughput";

    /// <summary>
    /// How many recent days' crossings make the checkpoint's actual daily throughput; 0 counts the
    /// planned capacity of the day instead.
    /// </summary>
    public int RecentDays { get; set; } = 7;
}

/// <summary>
/// R6: a day's priority bookings stay within the share in force on it of the checkpoint's
/// <em>actual</em> daily throughput. When a day opens for sale its limit is set from the average
/// crossings per day over the last <see cref="PriorityLimitOptions.RecentDays"/> days that the open
/// data has visits for (the journey's events), never above the day's planned capacity; with no such
/// history (a new checkpoint, or the option at 0) from the planned capacity.
/// </summary>
public sealed class PriorityLimits(PriorityQuotaPolicy policy, PriorityLimitOptions options, IRepository<CheckpointVisit> visits, TimeProvider clock)
{
    public async Task<int> ForAsync(Checkpoint checkpoint, DateOnly date, CapacitySchedule schedule, CancellationToken cancellationToken) =>
        (await ForCheckpointAsync(checkpoint, cancellationToken))(date, schedule);

    /// <summary>The rule for many days of one checkpoint, its recent throughput read once: the day and its schedule give the limit.</summary>
    public async Task<Func<DateOnly, CapacitySchedule, int>> ForCheckpointAsync(Checkpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var actual = await ActualThroughputAsync(checkpoint, cancellationToken);
        return (date, schedule) => policy.LimitFor(date, actual is { } crossings ? Math.Min(schedule!.DailyThroughput, crossings) : schedule!.DailyThroughput);
    }

    /// <summary>The average crossings per day over the recent days with visits, or null without such history.</summary>
    private async Task<int?> ActualThroughputAsync(Checkpoint checkpoint, CancellationToken cancellationToken)
    {
        if (options.RecentDays <= 0)
        {
            return null;
        }

        var today = checkpoint.DateAt(clock.GetUtcNow());
        var recent = await visits.ListAsync(new CrossingsPerDaySpec(checkpoint.Id.Value, today.AddDays(-options.RecentDays), today.AddDays(-1)), cancellationToken);
        return recent.Count == 0
            ? null
            : (int)Math.Round(recent.GroupBy(v => v.Date).Average(day => day.Count(v => v.Crossed)), MidpointRounding.AwayFromZero);
    }

    /// <summary>A visit of the recent days: its day and whether the vehicle crossed.</summary>
    public sealed record RecentVisit(DateOnly Date, bool Crossed);

    private sealed class CrossingsPerDaySpec : Specification<CheckpointVisit, RecentVisit>
    {
        public CrossingsPerDaySpec(string checkpoint, DateOnly from, DateOnly to)
        {
            Query.Where(v => v.Checkpoint == checkpoint && v.Date >= from && v.Date <= to).AsNoTracking();
            Query.Select(v => new RecentVisit(v.Date, v.CrossedAt != null));
        }
    }
}
