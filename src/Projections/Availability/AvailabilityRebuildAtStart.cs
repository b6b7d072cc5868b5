using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Seo.Application.Checkpoints.RebuildAvailability;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Availability;

/// <summary>
/// Rebuilds the availability read model (all checkpoints, yesterday to the horizon) in
/// <see cref="StartAsync"/>, which the host awaits before it starts listening: the first request
/// already sees the ledger. The in-process model starts empty, so without this it would show
/// every interval free. An unreachable Redis does not stop the start (availability falls back to
/// the write store, and the reconnect rebuilds); any other failure does.
/// </summary>
internal sealed partial class AvailabilityRebuildAtStart(IServiceScopeFactory scopes, ILogger<AvailabilityRebuildAtStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var rebuilt = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RebuildAvailability(), cancellationToken);
            if (rebuilt.IsSuccess)
            {
                LogRebuilt(logger, rebuilt.Value.Days, rebuilt.Value.Intervals);
            }
        }
        catch (ReadModelUnavailableException exception)
        {
            LogUnavailable(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Availability read model rebuilt at start: {Days} days, {Intervals} intervals")]
    private static partial void LogRebuilt(ILogger logger, int days, int intervals);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Availability read model unreachable at start; served from the write store until it reconnects and is rebuilt")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
