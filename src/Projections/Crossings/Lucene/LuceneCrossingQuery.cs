using Lucene.Net.Index;
using Lucene.Net.Search;
using Seo.Application.Common.Ports;
using F = Seo.Projections.Crossings.Lucene.LuceneCrossingFields;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>Translates a <see cref="CrossingQuery"/> into a Lucene query and sort.</summary>
internal static class LuceneCrossingQuery
{
    public static Query For(CrossingQuery query)
    {
        var all = new BooleanQuery();
        if (query.Plate is not null)
        {
            all.Add(PlateQuery(query.Plate, query.PlateMatch), Occur.MUST);
        }

        AddTerm(all, F.Vin, query.Vin);
        AddTerm(all, F.BookingNumber, query.BookingNumber);
        AddTerm(all, F.Checkpoint, query.Checkpoint);
        AddTerm(all, F.Direction, query.Direction?.ToString());
        AddTerm(all, F.Matched, query.Matched is null ? null : query.Matched.Value ? F.True : F.False);
        if (query.From is not null || query.To is not null)
        {
            all.Add(TimeRange(query.From, query.To), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? new MatchAllDocsQuery() : all;
    }

    /// <summary>Crossings in [from, to), of one checkpoint when given: what the per-day count walks.</summary>
    public static Query ForPeriod(DateTimeOffset from, DateTimeOffset to, string? checkpoint)
    {
        var all = new BooleanQuery { { TimeRange(from, to), Occur.MUST } };
        AddTerm(all, F.Checkpoint, checkpoint);
        return all;
    }

    /// <summary>By timestamp, then by event id so that equal timestamps still page stably.</summary>
    public static Sort SortFor(CrossingSort order)
    {
        var newestFirst = order == CrossingSort.NewestFirst;
        return new Sort(
            new SortField(F.Timestamp, SortFieldType.INT64, newestFirst),
            new SortField(F.EventId, SortFieldType.STRING, newestFirst));
    }

    private static Query PlateQuery(string plate, PlateMatch match) => match switch
    {
        PlateMatch.Exact => new TermQuery(new Term(F.Plate, plate)),
        PlateMatch.Prefix => new PrefixQuery(new Term(F.Plate, plate)),
        // Confusable characters folded on both sides (any number of 0/O-like misreads), and one
        // character misread some other way on top. Scored as a constant, so every close plate is
        // kept, not only the 50 best-scoring terms of the whole index.
        PlateMatch.Fuzzy => new FuzzyQuery(new Term(F.PlateSkeleton, PlateSkeleton.Of(plate)), maxEdits: 1)
        {
            MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Unknown plate match."),
    };

    private static void AddTerm(BooleanQuery all, string field, string? value)
    {
        if (value is not null)
        {
            all.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }

    private static NumericRangeQuery<long> TimeRange(DateTimeOffset? from, DateTimeOffset? to) =>
        NumericRangeQuery.NewInt64Range(F.Timestamp, CrossingTime.ToMillisecond(from)?.UtcTicks, CrossingTime.ToMillisecond(to)?.UtcTicks, minInclusive: true, maxInclusive: false);
}
