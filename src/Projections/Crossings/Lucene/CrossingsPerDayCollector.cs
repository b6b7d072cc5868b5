using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;
using F = Seo.Projections.Crossings.Lucene.LuceneCrossingFields;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>
/// Counts every matching crossing per checkpoint and UTC+5 day, reading the doc values of each
/// segment: no stored field is loaded, which keeps a walk over a few million reads cheap.
/// </summary>
/// <remarks>
/// Within a segment a crossing is counted in a grid cell of its checkpoint's ordinal and its day
/// of the period, and the cells are turned into codes and dates once per segment: a month at every
/// checkpoint is some 80,000 crossings, and decoding a code and a date for each was most of the
/// count's time. A period too long for a grid (far beyond the 366 days the API allows) is counted
/// by ordinal and day number in a dictionary instead.
/// </remarks>
internal sealed class CrossingsPerDayCollector(DateTimeOffset from, DateTimeOffset to) : ICollector
{
    private const int MaxGridCells = 1 << 20;
    private static readonly long KazakhstanTicks = KazakhstanTime.Offset.Ticks;

    private readonly int firstDay = DayNumberOf(from.UtcTicks);
    private readonly int days = Math.Max(1, DayNumberOf(to.UtcTicks - 1) - DayNumberOf(from.UtcTicks) + 1);
    private readonly Dictionary<(string Checkpoint, DateOnly Day), long> counts = [];
    private readonly Dictionary<(int Ordinal, int Day), long> segmentCounts = [];
    private readonly BytesRef checkpointBytes = new();
    private NumericDocValues? timestamps;
    private SortedDocValues? checkpoints;
    private int[]? grid;

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyList<CrossingsPerDay> Counts
    {
        get
        {
            FoldSegment();
            return CrossingsPerDayOrder.Apply(counts.Select(c => new CrossingsPerDay(c.Key.Checkpoint, c.Key.Day, c.Value)));
        }
    }

    public void SetScorer(Scorer scorer)
    {
        // Scores play no part in counting.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        FoldSegment();
        timestamps = context.AtomicReader.GetNumericDocValues(F.Timestamp);
        checkpoints = context.AtomicReader.GetSortedDocValues(F.Checkpoint);
        grid = checkpoints is not null && (long)checkpoints.ValueCount * days <= MaxGridCells ? new int[checkpoints.ValueCount * days] : null;
    }

    public void Collect(int doc)
    {
        if (timestamps is null || checkpoints is null)
        {
            return;
        }

        var ordinal = checkpoints.GetOrd(doc);
        var day = DayNumberOf(timestamps.Get(doc));
        if (grid is not null && ordinal >= 0 && day >= firstDay && day - firstDay < days)
        {
            grid[(ordinal * days) + day - firstDay]++;
            return;
        }

        var key = (ordinal, day);
        segmentCounts[key] = segmentCounts.GetValueOrDefault(key) + 1;
    }

    /// <summary>Timestamps are UTC ticks; the day is Kazakhstan's (UTC+5, no daylight saving), as a <see cref="DateOnly.DayNumber"/>.</summary>
    private static int DayNumberOf(long utcTicks) => (int)((utcTicks + KazakhstanTicks) / TimeSpan.TicksPerDay);

    /// <summary>Adds the segment's counts, by ordinal, to the counts by checkpoint code.</summary>
    private void FoldSegment()
    {
        if (checkpoints is null)
        {
            return;
        }

        if (grid is not null)
        {
            for (var cell = 0; cell < grid.Length; cell++)
            {
                if (grid[cell] > 0)
                {
                    var key = (Ordinal: cell / days, Day: firstDay + (cell % days));
                    segmentCounts[key] = segmentCounts.GetValueOrDefault(key) + grid[cell];
                }
            }

            grid = null;
        }

        foreach (var ((ordinal, day), count) in segmentCounts)
        {
            if (ordinal < 0)
            {
                // A crossing without a checkpoint cannot be written; nothing to count it under.
                continue;
            }

            checkpoints.LookupOrd(ordinal, checkpointBytes);
            var key = (checkpointBytes.Utf8ToString(), DateOnly.FromDayNumber(day));
            counts[key] = counts.GetValueOrDefault(key) + count;
        }

        segmentCounts.Clear();
    }
}
