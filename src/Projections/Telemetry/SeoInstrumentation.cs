using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Seo.Application.Common.Telemetry;
using StackExchange.Redis;

namespace Seo.Projections.Telemetry;

/// <summary>
/// What both of Seo's processes trace and measure, and where they send it: the API adds its
/// HTTP server on top (WebApi/Telemetry/TelemetrySetup), the projections worker runs with this alone.
/// </summary>
public static class SeoInstrumentation
{
    /// <summary>The service as the build stamped it: its name and Seo's version.</summary>
    public static ResourceBuilder AddSeoService(this ResourceBuilder resource, string serviceName) =>
        resource.AddService(serviceName, serviceVersion: typeof(SeoInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>Seo's own spans, and the calls made to the stores and the outside: HttpClient, EF Core, Redis.</summary>
    public static TracerProviderBuilder AddSeoInstrumentation(this TracerProviderBuilder tracing) => tracing
        .AddSource(SeoActivities.SourceName)
        .AddHttpClientInstrumentation()
        .AddEntityFrameworkCoreInstrumentation()
        .AddRedisInstrumentation()
        .ConfigureRedisInstrumentation((provider, redis) =>
        {
            // Only where a Redis read model is configured; the embedded default has none.
            if (provider.GetService<IConnectionMultiplexer>() is { } connection)
            {
                redis.AddConnection(connection);
            }
        });

    /// <summary>Seo's meters (<c>Seo.*</c>), HttpClient's and the runtime's.</summary>
    public static MeterProviderBuilder AddSeoInstrumentation(this MeterProviderBuilder metrics) => metrics
        .AddMeter("Seo.*")
        .AddHttpClientInstrumentation()
        .AddRuntimeInstrumentation();

    /// <summary>Traces and metrics to the OTLP collector of <see cref="TelemetryOptions.OtlpEndpoint"/>, where one is set.</summary>
    public static IOpenTelemetryBuilder ExportOverOtlp(this IOpenTelemetryBuilder telemetry, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.OtlpEndpoint is { } endpoint
            ? telemetry.UseOtlpExporter(
                options.OtlpProtocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc,
                endpoint)
            : telemetry;
    }
}
