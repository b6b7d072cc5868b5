using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Seo.Application.Common.Telemetry;
using Seo.Projections.Telemetry;

namespace Seo.Worker;

/// <summary>
/// The worker's traces (each outbox delivery, with its SQL, Redis and Elasticsearch calls) and
/// meters, exported over OTLP to the collector the API uses (<c>Seo:Telemetry:OtlpEndpoint</c>,
/// as service <c>seo-projections</c>). Without an endpoint it records nothing: unlike the API, the
/// worker answers nobody a trace id.
/// </summary>
internal static class WorkerTelemetry
{
    public const string ServiceName = "seo-projections";

    public static IServiceCollection AddWorkerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.OtlpEndpoint is null)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddSeoService(ServiceName))
            .WithTracing(tracing => tracing.AddSeoInstrumentation())
            .WithMetrics(metrics => metrics.AddSeoInstrumentation())
            .ExportOverOtlp(options);
        return services;
    }
}
