using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Common.Ports;
using Seo.Application.Live;
using Seo.Projections.Redis;
using StackExchange.Redis;

namespace Seo.Projections.Live;

/// <summary>The checkpoints' live views: read model (Redis or in process, as availability), projection, rebuild at start, readiness.</summary>
internal static class LiveServices
{
    public static IServiceCollection AddLiveReadModel(this IServiceCollection services, LiveReadModelOptions options, bool redis)
    {
        if (redis)
        {
            services.AddSingleton(provider => new RedisCheckpointLiveReadModel(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                options.KeyPrefix,
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                options.ReplayBuffer));
            services.AddSingleton<ICheckpointLiveReadModel>(provider => new RedisLiveOutageGuard(provider.GetRequiredService<RedisCheckpointLiveReadModel>(), provider.GetRequiredService<RedisReadCircuit>()));
        }
        else
        {
            services.AddSingleton<ICheckpointLiveReadModel>(provider =>
                new InProcessCheckpointLiveReadModel(provider.GetService<TimeProvider>() ?? TimeProvider.System, options.ReplayBuffer));
        }

        // Also registered by AddApplication; here too, so that the projections stand on their own (the worker, tests).
        services.AddMetrics();
        services.TryAddSingleton<LiveMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, CheckpointLiveProjection>(provider => new CheckpointLiveProjection(
            provider.GetRequiredService<ICheckpointLiveReadModel>(), provider.GetRequiredService<LiveMetrics>(), provider.GetService<TimeProvider>() ?? TimeProvider.System)));
        if (options.RebuildAtStart)
        {
            services.AddHostedService<LiveRebuildAtStart>();
        }

        services.AddHealthChecks().AddCheck<LiveReadModelHealthCheck>(
            $"read-model:live:{(redis ? "Redis" : "InProcess")}", HealthStatus.Degraded, ["ready", "read-model"]);
        return services;
    }
}
