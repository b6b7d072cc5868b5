using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Seo.WebApi.Health;

/// <summary>
/// Writes the readiness report as JSON. Anyone learns only whether the API is ready; a registrar
/// (signed in) sees one entry per store and per background duty (outbox, scheduler, registry gateway) with its figures, so an operator learns which store is down rather than a
/// bare "Unhealthy" — store names and timings are not for the public. Exception details stay in the logs.
/// </summary>
internal static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        if (!context.User.IsInRole(nameof(Domain.Accounts.Role.Registrar)))
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, Json), context.RequestAborted);
        }

        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
                data = entry.Value.Data.Count == 0 ? null : entry.Value.Data,
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                tags = entry.Value.Tags,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
