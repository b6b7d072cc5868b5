using Lucene.Net.Search;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>
/// Searches and counts over one Lucene searcher, whoever opened it: the writing log (the API's
/// own index, or the worker's) and the read-only log (the API while a worker writes) answer alike.
/// </summary>
internal static class LuceneCrossingSearch
{
    public static CrossingPage Search(IndexSearcher searcher, CrossingQuery query)
    {
        var luceneQuery = LuceneCrossingQuery.For(query);
        var wanted = query.Skip + query.Take;
        if (query.Take == 0)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(luceneQuery, counter);
            return new CrossingPage([], counter.TotalHits);
        }

        var top = searcher.Search(luceneQuery, null, wanted, LuceneCrossingQuery.SortFor(query.Sort));
        var items = top.ScoreDocs
            .Skip(query.Skip)
            .Select(hit => LuceneCrossingDocument.ToRecord(searcher.Doc(hit.Doc)))
            .ToList();
        return new CrossingPage(items, top.TotalHits);
    }

    public static IReadOnlyList<CrossingsPerDay> CountPerCheckpointPerDay(IndexSearcher searcher, DateTimeOffset from, DateTimeOffset to, string? checkpoint)
    {
        var collector = new CrossingsPerDayCollector(from, to);
        searcher.Search(LuceneCrossingQuery.ForPeriod(from, to, checkpoint), collector);
        return collector.Counts;
    }
}
