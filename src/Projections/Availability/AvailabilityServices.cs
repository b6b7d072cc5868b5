using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Common.Ports;
using Seo.Projections.Redis;
using StackExchange.Redis;

namespace Seo.Projections.Availability;

/// <summary>The availability read model, its projection, readiness check and rebuild triggers.</summary>
internal static class AvailabilityServices
{
    /// <param name="redis">Whether a Redis multiplexer is registered (Redis mode) or not (in process).</param>
    public static IServiceCollection AddAvailabilityReadModel(this IServiceCollection services, AvailabilityReadModelOptions options, bool redis)
    {
        if (redis)
        {
            services.AddSingleton(provider => new RedisAvailabilityReadModel(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                options.KeyPrefix,
                clock: provider.GetService<TimeProvider>() ?? TimeProvider.System,
                keyRetention: options.KeyRetention));
            services.AddSingleton<IAvailabilityReadModel>(provider => new RedisOutageGuard(provider.GetRequiredService<RedisAvailabilityReadModel>(), provider.GetRequiredService<RedisReadCircuit>()));
            services.AddHostedService<AvailabilityRebuildOnReconnect>();
        }
        else
        {
            services.AddSingleton<IAvailabilityReadModel, InProcessAvailabilityReadModel>();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, AvailabilityProjection>());
        if (options.RebuildAtStart)
        {
            services.AddHostedService<AvailabilityRebuildAtStart>();
        }

        // Degraded, not Unhealthy: bookings and availability go on from the write store meanwhile.
        services.AddHealthChecks().AddCheck<AvailabilityReadModelHealthCheck>(
            $"read-model:availability:{(redis ? "Redis" : "InProcess")}", HealthStatus.Degraded, ["ready", "read-model"]);
        return services;
    }
}
