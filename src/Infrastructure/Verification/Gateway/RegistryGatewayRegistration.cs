using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Http;

namespace Seo.Infrastructure.Verification.Gateway;

internal static class RegistryGatewayRegistration
{
    /// <summary>
    /// The gateway adapter on a named HttpClient whose every attempt is bounded, retried with jitter
    /// on transient failures, and cut off by a circuit breaker per check (one registry down does not
    /// silence the others).
    /// </summary>
    public static IServiceCollection AddRegistryGateway(this IServiceCollection services, RegistryGatewayOptions options)
    {
        options.Validate();
        services.AddSingleton(options);
        var circuits = new RegistryGatewayCircuits();
        services.AddSingleton(circuits);
        services.AddHealthChecks().AddCheck<RegistryGatewayHealthCheck>("registry-gateway", HealthStatus.Degraded, ["ready"]);
        var gatewayClient = services.AddHttpClient(RegistryGatewayVerification.ClientName, client =>
        {
            client.BaseAddress = options.BaseAddress;

            // The pipeline's per-attempt timeout and the verification deadline bound every call.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        });
        gatewayClient.AddResilienceHandler(RegistryGatewayVerification.ClientName, (pipeline, context) =>
        {
            pipeline.AddTransientRetry(options.Retries, options.RetryDelay);
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 5,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.BreakDuration,

                // Each check's pipeline (keyed by its path) reports its circuit to readiness.
                StateProvider = circuits.For(context.InstanceName),
            });
            pipeline.AddTimeout(options.Timeout);
        })
            .SelectPipelineBy(_ => request => request.RequestUri?.AbsolutePath ?? string.Empty);

        // Added after the resilience handler, so inside it: it counts each attempt, for the reason of a check that timed out.
        gatewayClient.AddHttpMessageHandler(() => new AttemptCounter());
        services.AddSingleton<IVehicleVerification, RegistryGatewayVerification>();
        return services;
    }
}
