namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>Where and how the Elasticsearch crossing log writes.</summary>
public sealed record ElasticsearchCrossingLogOptions
{
    /// <summary>
    /// The start of every index name: crossings go to <c>{IndexPrefix}-{yyyy.MM}</c> by the month
    /// (UTC) of their timestamp, so old months can be dropped whole, and searches read
    /// <c>{IndexPrefix}-*</c>. Lower case, as Elasticsearch requires.
    /// </summary>
    public string IndexPrefix { get; init; } = "seo-crossings";

    /// <summary>The name of the composable index template that maps those indices.</summary>
    public string TemplateName => IndexPrefix;

    /// <summary>The pattern matching every monthly index.</summary>
    public string IndexPattern => IndexPrefix + "-*";

    /// <summary>How many times a batch (or its rejected part) is sent again after a 429 before giving up.</summary>
    public int MaxRetriesOnTooManyRequests { get; init; } = 5;

    /// <summary>The first back-off after a 429; it doubles with each retry, with up to half of it again as jitter.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Whether a bulk waits until its documents are searchable (<c>refresh=wait_for</c>). Off in
    /// production, where the one-second refresh is soon enough; on in tests that search at once.
    /// </summary>
    public bool WaitForRefresh { get; init; }
}
