using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Seo.Projections.Crossings.Elasticsearch;

namespace Seo.Projections.Tests.Crossings;

/// <summary>
/// A real Elasticsearch at <c>SEO_ELASTICSEARCH_URL</c>, with indices and a template of this run's
/// own (a prefix no other template's pattern overlaps), all removed afterwards. Without the
/// variable every test of the class fails with the reason: scripts/test.sh leaves the trait
/// <c>ReadModel=Elasticsearch</c> out in that case and says so, the pipeline sets it.
/// </summary>
public sealed class ElasticsearchCrossingLogFixture : IAsyncLifetime
{
    public const string UrlVariable = "SEO_ELASTICSEARCH_URL";

    private ElasticsearchClient? client;
    private ElasticsearchCrossingLogOptions options = new();

    public ElasticsearchCrossingLog Log { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException(
                $"{UrlVariable} is not set, so the Elasticsearch crossing-log suite (trait ReadModel=Elasticsearch) has no server to run against. " +
                $"Set {UrlVariable}=http://localhost:9200 (e.g. the compose stack's Elasticsearch), or leave the trait out: bash scripts/test.sh does when the variable is unset.");
        }

        client = new ElasticsearchClient(new ElasticsearchClientSettings(new Uri(url)));
        options = new ElasticsearchCrossingLogOptions { IndexPrefix = "seotest-" + Guid.NewGuid().ToString("N"), WaitForRefresh = true };
        Log = new ElasticsearchCrossingLog(client, options, TimeProvider.System);
        await Log.EnsureTemplateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (client is null)
        {
            return;
        }

        // Deleting by wildcard is refused by default (action.destructive_requires_name), so the
        // run's indices are listed first and deleted by name.
        var indices = await client.Indices.GetAsync(new GetIndexRequest(options.IndexPattern));
        foreach (var index in indices.Indices?.Keys ?? [])
        {
            await client.Indices.DeleteAsync(new DeleteIndexRequest(index));
        }

        await client.Indices.DeleteIndexTemplateAsync(new DeleteIndexTemplateRequest(options.TemplateName));
    }
}
