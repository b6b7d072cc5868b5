using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Seo.Application.Common.Telemetry;
using Seo.Projections.Telemetry;

namespace Seo.WebApi.Telemetry;

/// <summary>
/// OpenTelemetry for the API: traces of ASP.NET Core, HttpClient (the registry gateway, the
/// payment gateway), EF Core, Redis and Seo's own spans; metrics of ASP.NET Core, HttpClient, the
/// runtime and Seo's meters (<c>Seo.*</c>). Exported over OTLP when an endpoint is configured, and
/// served to Prometheus when that is turned on; traced either way, so that every answer names its trace.
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddSeoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(options);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddSeoService("seo-api"))
            .WithTracing(tracing => tracing
                .AddSeoInstrumentation()
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !IsProbe(context.Request.Path, options)))
            .WithMetrics(metrics =>
            {
                metrics.AddSeoInstrumentation().AddAspNetCoreInstrumentation();
                if (options.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }
            })
            .ExportOverOtlp(options);
        return services;
    }

    /// <summary>The scraping endpoint, where it is turned on.</summary>
    public static void MapSeoTelemetry(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<TelemetryOptions>();
        if (options.PrometheusEnabled)
        {
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath);
        }
    }

    /// <summary>Health probes and scrapes every few seconds would drown the traces that matter.</summary>
    private static bool IsProbe(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal)
        || (options.PrometheusEnabled && path.StartsWithSegments(options.PrometheusPath, StringComparison.Ordinal));
}
