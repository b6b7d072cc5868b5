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
/// Within a segment a crossing is counted under its checkpoint's ordinal and its day number, two
/// integers, and the ordinals are turned into codes once per segment: a month at every checkpoint
/// is some 80,000 crossings, and decoding a code and a date for each was most of the count's time.
/// </remarks>
internal sealed class CrossingsPerDayCollector : ICollector
{
    private static readonly long KazakhstanTicks = KazakhstanTime.Offset.Ticks;

    private readonly Dictionary<(string Checkpoint, DateOnly Day), long> counts = [];
    private readonly Dictionary<(int Ordinal, int Day), long> segmentCounts = [];
    private readonly BytesRef checkpointBytes = new();
    private NumericDocValues? timestamps;
    private SortedDocValues? checkpoints;

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
    }

    public void Collect(int doc)
    {
        if (timestamps is null || checkpoints is null)
        {
            return;
        }

        // Timestamps are UTC ticks; the day is Kazakhstan's (UTC+5, no daylight saving).
        var day = (int)((timestamps.Get(doc) + KazakhstanTicks) / TimeSpan.TicksPerDay);
        var key = (checkpoints.GetOrd(doc), day);
        segmentCounts[key] = segmentCounts.GetValueOrDefault(key) + 1;
    }

    /// <summary>Adds the segment's counts, by ordinal, to the counts by checkpoint code.</summary>
    private void FoldSegment()
    {
        if (segmentCounts.Count == 0 || checkpoints is null)
        {
            return;
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
