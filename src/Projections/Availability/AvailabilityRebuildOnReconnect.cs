using System.Threading.Channels;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Seo.Application.Checkpoints.RebuildAvailability;
using StackExchange.Redis;

namespace Seo.Projections.Availability;

/// <summary>
/// Rebuilds the Redis availability read model each time the connection to Redis comes back.
/// Events delivered during the outage failed, and those that failed too often are poisoned; the
/// rebuild copies the ledger as it now stands, so nothing waits for a registrar's replay. Several
/// reconnects in a row coalesce into one pending rebuild. A rebuild that fails (Redis still
/// loading its data, or gone again) is tried again after a growing pause until it succeeds.
/// </summary>
internal sealed partial class AvailabilityRebuildOnReconnect(
    IConnectionMultiplexer redis, IServiceScopeFactory scopes, TimeProvider clock, ILogger<AvailabilityRebuildOnReconnect> logger) : BackgroundService
{
    /// <summary>The longest pause between two attempts of one rebuild.</summary>
    internal static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    private readonly Channel<bool> _reconnects = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += OnRestored;
        try
        {
            await foreach (var _ in _reconnects.Reader.ReadAllAsync(stoppingToken))
            {
                await RebuildAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            redis.ConnectionRestored -= OnRestored;
        }
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs restored)
    {
        // The pub/sub connection comes back too; one rebuild per outage is enough.
        if (restored.ConnectionType == ConnectionType.Interactive)
        {
            _reconnects.Writer.TryWrite(true);
        }
    }

    private async Task RebuildAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !await TryRebuildAsync(stoppingToken); attempt++)
        {
            await Task.Delay(PauseAfter(attempt), clock, stoppingToken);
        }
    }

    /// <summary>1 s, 2 s, 4 s … up to <see cref="LongestPause"/>.</summary>
    internal static TimeSpan PauseAfter(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Clamp(attempt - 1, 0, 30)), LongestPause.TotalSeconds));

    private async Task<bool> TryRebuildAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var rebuilt = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RebuildAvailability(), stoppingToken);
            if (rebuilt.IsSuccess)
            {
                LogRebuilt(logger, rebuilt.Value.Days, rebuilt.Value.Intervals);
                return true;
            }

            LogRefused(logger, rebuilt.Error.Code);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back; availability read model rebuilt: {Days} days, {Intervals} intervals")]
    private static partial void LogRebuilt(ILogger logger, int days, int intervals);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the availability read model after Redis came back failed; it is tried again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the availability read model after Redis came back was refused ({Code}); it is tried again shortly")]
    private static partial void LogRefused(ILogger logger, string code);
}
