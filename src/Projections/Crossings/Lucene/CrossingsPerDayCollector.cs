using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Seo.Application.Common.Ports;
using F = Seo.Projections.Crossings.Lucene.LuceneCrossingFields;
using Seo.Domain.Common;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>
/// Counts every matching crossing per checkpoint and UTC+5 day, reading the doc values of each
/// segment: no stored field is loaded, which keeps a walk over a few million reads cheap.
/// </summary>
internal sealed class CrossingsPerDayCollector : ICollector
{
    private readonly Dictionary<(string Checkpoint, DateOnly Day), long> counts = [];
    private readonly BytesRef checkpointBytes = new();
    private NumericDocValues? timestamps;
    private SortedDocValues? checkpoints;

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyList<CrossingsPerDay> Counts =>
        CrossingsPerDayOrder.Apply(counts.Select(c => new CrossingsPerDay(c.Key.Checkpoint, c.Key.Day, c.Value)));

    public void SetScorer(Scorer scorer)
    {
        // Scores play no part in counting.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        timestamps = context.AtomicReader.GetNumericDocValues(F.Timestamp);
        checkpoints = context.AtomicReader.GetSortedDocValues(F.Checkpoint);
    }

    public void Collect(int doc)
    {
        if (timestamps is null || checkpoints is null)
        {
            return;
        }

        checkpoints.Get(doc, checkpointBytes);
        var day = KazakhstanTime.DayOf(new DateTimeOffset(timestamps.Get(doc), TimeSpan.Zero));
        var key = (checkpointBytes.Utf8ToString(), day);
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
