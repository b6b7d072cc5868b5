using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Common.Ports;
using Seo.Projections.Crossings.Elasticsearch;
using Seo.Projections.Crossings.Lucene;

namespace Seo.Projections.Crossings;

/// <summary>
/// The crossing log of the configured mode, the projection that feeds it from the outbox, and its
/// readiness check. Elasticsearch when a URL is configured (<c>ConnectionStrings:Elasticsearch</c>
/// or <c>Seo:ReadModels:Elasticsearch:Url</c>); otherwise a Lucene.NET index on disk
/// (<c>Seo:ReadModels:Crossings:LucenePath</c>, by default <c>crossings</c> under
/// <c>Persistence:DataDirectory</c>), written only by the process that projects and read by an
/// API that leaves the projections to the worker. Every store's outages reach the Application as
/// <see cref="ReadModelUnavailableException"/> (<see cref="CrossingLogOutageGuard"/>).
/// </summary>
public static class CrossingLogServices
{
    public const string ElasticsearchSection = "Seo:ReadModels:Elasticsearch";
    public const string LucenePathSetting = "Seo:ReadModels:Crossings:LucenePath";

    /// <param name="projectsHere">
    /// Whether this process writes the log (<see cref="ProjectionsOptions.ProjectsHere"/>). An API
    /// that leaves the projections to the worker gets a read-only Lucene log: the worker holds the
    /// directory's only IndexWriter.
    /// </param>
    public static IServiceCollection AddCrossingLog(this IServiceCollection services, IConfiguration configuration, bool projectsHere = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var url = configuration.GetConnectionString("Elasticsearch");
        if (string.IsNullOrWhiteSpace(url))
        {
            url = configuration[$"{ElasticsearchSection}:Url"];
        }

        string store;
        if (string.IsNullOrWhiteSpace(url))
        {
            store = "Lucene";
            var path = LucenePath(configuration);
            if (projectsHere)
            {
                services.AddSingleton(_ => new LuceneCrossingLog(path));
                services.AddSingleton<ICrossingLog>(provider =>
                {
                    try
                    {
                        return new CrossingLogOutageGuard(provider.GetRequiredService<LuceneCrossingLog>());
                    }
                    catch (InvalidOperationException refused)
                    {
                        // Another process writes this folder. Only the crossing log is out of
                        // service here (searches 503, camera events back off in the outbox); the
                        // other projections of this process keep going.
                        return new UnavailableCrossingLog(refused.Message);
                    }
                });
            }
            else
            {
                services.AddSingleton(_ => new ReadOnlyLuceneCrossingLog(path));
                services.AddSingleton<ICrossingLog>(provider => new CrossingLogOutageGuard(provider.GetRequiredService<ReadOnlyLuceneCrossingLog>()));
            }
        }
        else
        {
            store = "Elasticsearch";
            var options = new ElasticsearchCrossingLogOptions
            {
                IndexPrefix = configuration[$"{ElasticsearchSection}:IndexPrefix"] is { Length: > 0 } prefix ? prefix : new ElasticsearchCrossingLogOptions().IndexPrefix,
            };
            var apiKey = configuration[$"{ElasticsearchSection}:ApiKey"];
            services.AddSingleton(options);
            services.AddSingleton(_ =>
            {
                var settings = new ElasticsearchClientSettings(new Uri(url));
                // The key comes from the environment or a secret store, never from the repository.
                if (!string.IsNullOrWhiteSpace(apiKey))
                {
                    settings = settings.Authentication(new ApiKey(apiKey));
                }

                return new ElasticsearchClient(settings);
            });
            services.AddSingleton(provider => new TemplatedElasticsearchCrossingLog(new ElasticsearchCrossingLog(
                provider.GetRequiredService<ElasticsearchClient>(), options, provider.GetService<TimeProvider>() ?? TimeProvider.System)));
            services.AddSingleton<ICrossingLog>(provider => new CrossingLogOutageGuard(provider.GetRequiredService<TemplatedElasticsearchCrossingLog>()));
            // The analysts' open data goes beside the crossings, under the same prefix (docs/capacity.md).
            services.AddSingleton<IOpenDataIndex>(provider => new OpenData.ElasticsearchOpenDataIndex(provider.GetRequiredService<ElasticsearchClient>(), options));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, CrossingLogProjection>());
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"read-model:crossings:{store}",
            provider => new CrossingLogHealthCheck(provider.GetRequiredService<ICrossingLog>()),
            Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded,
            ["ready", "read-model"]));
        return services;
    }

    /// <summary>Where the embedded Lucene index lives: configured, or <c>crossings</c> under the data directory.</summary>
    public static string LucenePath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[LucenePathSetting] is { Length: > 0 } configured)
        {
            return configured;
        }

        var dataDirectory = configuration["Persistence:DataDirectory"];
        return Path.Combine(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory, "crossings");
    }
}
