using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>
/// Puts the index template before the first batch is indexed, rather than at start-up: the API
/// must start while Elasticsearch is down, and a failed attempt is simply tried again with the
/// next batch (which the outbox redelivers).
/// </summary>
internal sealed class TemplatedElasticsearchCrossingLog(ElasticsearchCrossingLog inner) : ICrossingLog, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool templatePut;

    public async Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken)
    {
        if (!templatePut)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!templatePut)
                {
                    await inner.EnsureTemplateAsync(cancellationToken).ConfigureAwait(false);
                    templatePut = true;
                }
            }
            finally
            {
                gate.Release();
            }
        }

        await inner.IndexAsync(records, cancellationToken).ConfigureAwait(false);
    }

    public Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken) =>
        inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken) =>
        inner.CountPerCheckpointPerDayAsync(from, to, checkpoint, cancellationToken);

    public void Dispose() => gate.Dispose();
}
