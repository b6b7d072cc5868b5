using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Seo.Application.Common.Ports;
using F = Seo.Projections.Crossings.Elasticsearch.ElasticsearchCrossingFields;
using Seo.Domain.Common;

namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>Translates the port's questions into Elasticsearch search requests.</summary>
internal static class ElasticsearchCrossingRequests
{
    public const string PerCheckpoint = "per_checkpoint";
    public const string PerDay = "per_day";

    /// <summary>More than the 41 checkpoints, so that no checkpoint's bucket is ever cut off.</summary>
    private const int CheckpointBuckets = 1_000;

    public static SearchRequest Search(CrossingQuery query, ElasticsearchCrossingLogOptions options)
    {
        var order = query.Sort == CrossingSort.NewestFirst ? SortOrder.Desc : SortOrder.Asc;
        return new SearchRequest(options.IndexPattern)
        {
            Query = new BoolQuery { Filter = Filters(query) },
            // Event id breaks ties between equal timestamps, so pages never overlap.
            Sort = [new FieldSort(F.Timestamp) { Order = order }, new FieldSort(F.EventId) { Order = order }],
            From = query.Skip,
            Size = query.Take,
            // The exact total, not Elasticsearch's default lower bound of 10 000.
            TrackTotalHits = true,
        };
    }

    public static SearchRequest CountPerCheckpointPerDay(DateTimeOffset from, DateTimeOffset to, string? checkpoint, ElasticsearchCrossingLogOptions options)
    {
        var filters = new List<Query> { TimeRange(from, to) };
        if (checkpoint is not null)
        {
            filters.Add(new TermQuery(F.Checkpoint, checkpoint));
        }

        return new SearchRequest(options.IndexPattern)
        {
            Query = new BoolQuery { Filter = filters },
            Size = 0,
            Aggregations = new Dictionary<string, Aggregation>
            {
                [PerCheckpoint] = new Aggregation
                {
                    Terms = new TermsAggregation { Field = F.Checkpoint, Size = CheckpointBuckets },
                    Aggregations = new Dictionary<string, Aggregation>
                    {
                        [PerDay] = new DateHistogramAggregation
                        {
                            Field = F.Timestamp,
                            CalendarInterval = CalendarInterval.Day,
                            TimeZone = KazakhstanTime.OffsetText,
                            MinDocCount = 1,
                        },
                    },
                },
            },
        };
    }

    private static List<Query> Filters(CrossingQuery query)
    {
        var filters = new List<Query>();
        if (query.Plate is not null)
        {
            filters.Add(PlateQuery(query.Plate, query.PlateMatch));
        }

        AddTerm(filters, F.Vin, query.Vin);
        AddTerm(filters, F.BookingNumber, query.BookingNumber);
        AddTerm(filters, F.Checkpoint, query.Checkpoint);
        AddTerm(filters, F.Direction, query.Direction?.ToString());
        if (query.Matched is { } matched)
        {
            filters.Add(new TermQuery(F.Matched, matched));
        }

        if (query.From is not null || query.To is not null)
        {
            filters.Add(TimeRange(query.From, query.To));
        }

        return filters;
    }

    private static Query PlateQuery(string plate, PlateMatch match) => match switch
    {
        PlateMatch.Exact => new TermQuery(F.Plate, plate),
        PlateMatch.Prefix => new PrefixQuery(F.Plate, plate),
        // Confusable characters folded on both sides (any number of 0/O-like misreads), and one
        // character misread some other way on top; constant score, so no close plate is dropped
        // for the 50 best-scoring terms.
        PlateMatch.Fuzzy => new FuzzyQuery(F.PlateSkeleton, PlateSkeleton.Of(plate)) { Fuzziness = 1, Rewrite = "constant_score" },
        _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Unknown plate match."),
    };

    private static void AddTerm(List<Query> filters, string field, string? value)
    {
        if (value is not null)
        {
            filters.Add(new TermQuery(field, value));
        }
    }

    /// <summary>[from, to) on the timestamp, in UTC.</summary>
    private static DateRangeQuery TimeRange(DateTimeOffset? from, DateTimeOffset? to) => new(F.Timestamp)
    {
        Gte = CrossingTime.ToMillisecond(from)?.UtcDateTime,
        Lt = CrossingTime.ToMillisecond(to)?.UtcDateTime,
    };
}
