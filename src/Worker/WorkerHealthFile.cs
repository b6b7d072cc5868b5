using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Seo.Projections;

namespace Seo.Worker;

/// <summary>
/// The worker answers no HTTP, so its health is a file a container's healthcheck reads:
/// every <see cref="Interval"/> the readiness checks (write store, read models, outbox) run in
/// process and their overall status is written to <c>Seo:Projections:HealthFile</c>. A file that
/// stops changing means the worker hangs; one that says Unhealthy, that it cannot reach its store.
/// Off unless the setting names a file.
/// </summary>
internal sealed partial class WorkerHealthFile(
    HealthCheckService health, string path, TimeProvider clock, ILogger<WorkerHealthFile> logger) : BackgroundService
{
    public const string Setting = ProjectionsOptions.Section + ":HealthFile";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddWorkerHealthFile(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[Setting] is { Length: > 0 } path)
        {
            services.AddHostedService(provider => ActivatorUtilities.CreateInstance<WorkerHealthFile>(provider, path));
        }

        return services;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await WriteAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One reading: "Healthy", "Degraded" or "Unhealthy", then the time it was taken, replacing the file whole.</summary>
    internal async Task WriteAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains("ready"), cancellationToken);
        string[] lines =
        [
            report.Status.ToString(),
            clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            .. report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Status}"),
        ];
        var text = string.Join('\n', lines) + "\n";
        try
        {
            // Written beside, then moved: a reader never sees half a file.
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, text, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException exception)
        {
            LogUnwritable(logger, path, exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            LogUnwritable(logger, path, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The worker's health file {Path} cannot be written; a container healthcheck reading it will fail")]
    private static partial void LogUnwritable(ILogger logger, string path, Exception exception);
}
