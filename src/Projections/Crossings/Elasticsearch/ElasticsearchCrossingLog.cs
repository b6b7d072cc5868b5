using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>
/// The production crossing log: monthly indices <c>{prefix}-{yyyy.MM}</c> in Elasticsearch,
/// mapped by one index template, searched through the pattern <c>{prefix}-*</c> and shown in
/// Kibana. Call <see cref="EnsureTemplateAsync"/> once at start-up, before the first batch.
/// </summary>
public sealed class ElasticsearchCrossingLog : ICrossingLog
{
    private const int TooManyRequests = 429;

    private readonly ElasticsearchClient client;
    private readonly ElasticsearchCrossingLogOptions options;
    private readonly TimeProvider timeProvider;

    /// <summary>Uses <paramref name="client"/> with the given options; delays come from <paramref name="timeProvider"/>.</summary>
    public ElasticsearchCrossingLog(ElasticsearchClient client, ElasticsearchCrossingLogOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.client = client;
        this.options = options;
        this.timeProvider = timeProvider;
    }

    /// <summary>
    /// Puts (creates or replaces) the index template, so every monthly index is mapped as designed,
    /// and adds to the monthly indices already created any field the template gained since.
    /// </summary>
    public async Task EnsureTemplateAsync(CancellationToken cancellationToken)
    {
        var response = await client.Indices.PutIndexTemplateAsync(ElasticsearchCrossingTemplate.Request(options), cancellationToken).ConfigureAwait(false);
        if (!response.IsValidResponse)
        {
            throw new CrossingLogIndexingException($"Elasticsearch refused the index template '{options.TemplateName}': {response.DebugInformation}");
        }

        var existing = await client.Indices.PutMappingAsync(ElasticsearchCrossingTemplate.ExistingIndices(options), cancellationToken).ConfigureAwait(false);
        if (!existing.IsValidResponse)
        {
            throw new CrossingLogIndexingException($"Elasticsearch refused the mapping of the existing indices '{options.IndexPattern}': {existing.DebugInformation}");
        }
    }

    /// <inheritdoc />
    public async Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        IReadOnlyList<CrossingRecord> pending = [.. records];
        for (var retry = 0; pending.Count > 0; retry++)
        {
            if (retry > 0)
            {
                if (retry > options.MaxRetriesOnTooManyRequests)
                {
                    throw new CrossingLogIndexingException(string.Create(CultureInfo.InvariantCulture,
                        $"Elasticsearch still answered 429 Too Many Requests for {pending.Count} crossing(s) after {options.MaxRetriesOnTooManyRequests} retries; deliver the batch again later."));
                }

                var delay = TooManyRequestsBackoff.Delay(options.InitialBackoff, retry, Random.Shared.NextDouble());
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            pending = await SendAsync(pending, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken)
    {
        CrossingQueryGuard.EnsureValid(query);
        var response = await client.SearchAsync<ElasticsearchCrossingDocument>(ElasticsearchCrossingRequests.Search(query, options), cancellationToken).ConfigureAwait(false);
        if (!response.IsValidResponse)
        {
            throw Refused(response, "a crossing search");
        }

        var items = response.Hits.Select(hit => (hit.Source ?? throw new InvalidOperationException($"Crossing '{hit.Id}' came back without its _source.")).ToRecord()).ToList();
        return new CrossingPage(items, response.Total);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken)
    {
        var request = ElasticsearchCrossingRequests.CountPerCheckpointPerDay(from, to, checkpoint, options);
        var response = await client.SearchAsync<ElasticsearchCrossingDocument>(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsValidResponse)
        {
            throw Refused(response, "the crossings-per-day aggregation");
        }

        // No index yet (nothing indexed) means no aggregation in the answer: no crossings.
        var perCheckpoint = response.Aggregations?.GetStringTerms(ElasticsearchCrossingRequests.PerCheckpoint);
        if (perCheckpoint is null)
        {
            return [];
        }

        var counts =
            from checkpointBucket in perCheckpoint.Buckets
            let code = checkpointBucket.Key.ToString()
            from dayBucket in checkpointBucket.Aggregations?.GetDateHistogram(ElasticsearchCrossingRequests.PerDay)?.Buckets ?? []
            where dayBucket.DocCount > 0
            // The bucket's key is the UTC+5 midnight that starts the day.
            select new CrossingsPerDay(code, KazakhstanTime.DayOf(dayBucket.Key), dayBucket.DocCount);
        return CrossingsPerDayOrder.Apply(counts);
    }

    /// <summary>The index of a crossing: by the UTC month of its timestamp, which never changes for an event.</summary>
    internal static string IndexFor(CrossingRecord record, ElasticsearchCrossingLogOptions options) =>
        options.IndexPrefix + "-" + record.Timestamp.UtcDateTime.ToString("yyyy.MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Why a query failed: no HTTP answer at all (refused connection, unknown host, timeout) or a
    /// gateway that could not reach the cluster (502, 503, 504) is an outage, which the API answers
    /// with 503; any other refusal is a bad query, a bug.
    /// </summary>
    private static Exception Refused(Elastic.Transport.Products.Elasticsearch.ElasticsearchResponse response, string what)
    {
        var details = response.ApiCallDetails;
        if (details.HttpStatusCode is null or 502 or 503 or 504)
        {
            var message = $"Elasticsearch did not answer {what}: {response.DebugInformation}";
            return details.OriginalException is { } cause
                ? new ReadModelUnavailableException(message, cause)
                : new ReadModelUnavailableException(message);
        }

        return new InvalidOperationException($"Elasticsearch refused {what}: {response.DebugInformation}");
    }

    /// <summary>Sends one bulk and returns what Elasticsearch asked to send again later (429).</summary>
    private async Task<IReadOnlyList<CrossingRecord>> SendAsync(IReadOnlyList<CrossingRecord> records, CancellationToken cancellationToken)
    {
        var request = new BulkRequest
        {
            Operations = [.. records.Select(ToIndexOperation)],
            Refresh = options.WaitForRefresh ? Refresh.WaitFor : null,
        };
        var response = await client.BulkAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.ApiCallDetails.HttpStatusCode == TooManyRequests)
        {
            return records;
        }

        // Every operation must be answered: a short answer would let unanswered crossings pass as indexed.
        if (response.Items.Count != records.Count)
        {
            throw new CrossingLogIndexingException($"Elasticsearch refused a bulk of {records.Count} crossing(s): {response.DebugInformation}");
        }

        // Items answer the operations in order.
        var again = new List<CrossingRecord>();
        var refused = new List<string>();
        foreach (var (record, item) in records.Zip(response.Items))
        {
            if (item.Status == TooManyRequests)
            {
                again.Add(record);
            }
            else if (item.Error is not null || item.Status >= 300)
            {
                refused.Add(string.Create(CultureInfo.InvariantCulture, $"{record.EventId} ({item.Status} {item.Error?.Type}: {item.Error?.Reason})"));
            }
        }

        if (refused.Count > 0)
        {
            throw new CrossingLogIndexingException(string.Create(CultureInfo.InvariantCulture,
                $"Elasticsearch refused {refused.Count} of {records.Count} crossing(s): {string.Join("; ", refused)}"));
        }

        return again;
    }

    private BulkIndexOperation<ElasticsearchCrossingDocument> ToIndexOperation(CrossingRecord record) =>
        new(ElasticsearchCrossingDocument.From(record), IndexFor(record, options))
        {
            // The event id is the document id: a redelivered event overwrites itself.
            Id = record.EventId.ToString("D"),
        };
}
