namespace Seo.Application.Common.Telemetry;

/// <summary>Where the API's and the projections worker's traces and metrics go (section <c>Seo:Telemetry</c>; docs/operations.md, "Telemetry").</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Seo:Telemetry";

    /// <summary>An OTLP collector (e.g. http://collector:4317); unset, nothing is exported over OTLP.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>grpc (default) or http/protobuf.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>
    /// Serve the meters for a Prometheus scraper (the API only: the worker answers no HTTP). Off by default: the figures (bookings refused by
    /// code, outbox backlog) are for operators, so a deployment turns it on behind its own network rules.
    /// </summary>
    public bool PrometheusEnabled { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";
}
