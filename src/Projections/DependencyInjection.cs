using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seo.Projections.Availability;
using Seo.Projections.Crossings;
using Seo.Projections.Live;
using Seo.Projections.Redis;
using StackExchange.Redis;

namespace Seo.Projections;

public static class DependencyInjection
{
    /// <summary>Where the Redis read models are, besides <c>ConnectionStrings:Redis</c>.</summary>
    public const string RedisSetting = "Seo:ReadModels:Redis";

    /// <summary>
    /// The read models of the configured mode: Redis when a Redis connection is configured
    /// (<c>ConnectionStrings:Redis</c> or <c>Seo:ReadModels:Redis</c>, StackExchange.Redis
    /// syntax), otherwise in this process (the embedded default, which needs no server).
    /// </summary>
    public static IServiceCollection AddProjections(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var projections = ProjectionsOptions.From(configuration);
        services.AddSingleton(projections);
        services.AddCrossingLog(configuration, projections.ProjectsHere);
        var redis = RedisConnection(configuration);
        if (redis is null && projections.RunIn == ProjectionsHost.Worker)
        {
            // Two processes cannot share the API's memory: the worker would fill a read model
            // that no query ever reads.
            throw new InvalidOperationException(
                $"Projections run in the worker ({ProjectionsOptions.Section}:RunIn=Worker), so the availability read model must be shared: set ConnectionStrings:Redis.");
        }

        if (redis is not null)
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisOptions(redis)));
            var circuit = RedisReadCircuitOptions.From(configuration);
            services.AddSingleton(provider => new RedisReadCircuit(circuit, provider.GetService<TimeProvider>() ?? TimeProvider.System));
        }

        services.AddAvailabilityReadModel(AvailabilityReadModelOptions.From(configuration), redis: redis is not null);
        services.AddLiveReadModel(LiveReadModelOptions.From(configuration), redis: redis is not null);
        return services;
    }

    private static string? RedisConnection(IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = configuration[RedisSetting];
        }

        return string.IsNullOrWhiteSpace(connection) ? null : connection;
    }

    private static ConfigurationOptions RedisOptions(string connection)
    {
        var options = ConfigurationOptions.Parse(connection);
        // The API must start, and answer what it can, while Redis is down; the multiplexer
        // keeps reconnecting in the background and commands fail (visibly) meanwhile.
        options.AbortOnConnectFail = false;
        // While disconnected, fail each command at once (RedisConnectionException) rather than
        // queue it until a timeout: a query can fall back and the projector retries, but only
        // if they learn of the outage now rather than after every request has waited it out.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }
}
