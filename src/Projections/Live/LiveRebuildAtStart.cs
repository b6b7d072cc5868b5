using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;
using Seo.Application.Live.RebuildLive;

namespace Seo.Projections.Live;

/// <summary>
/// Rebuilds every checkpoint's live view in <see cref="StartAsync"/>, before the host listens:
/// the in-process model starts empty, and officers and boards must not see an empty checkpoint.
/// An unreachable Redis does not stop the start (the live endpoints answer 503 until it is back).
/// </summary>
internal sealed partial class LiveRebuildAtStart(IServiceScopeFactory scopes, ILogger<LiveRebuildAtStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var rebuilt = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RebuildLive(), cancellationToken);
            if (rebuilt.IsSuccess)
            {
                LogRebuilt(logger, rebuilt.Value.Checkpoints, rebuilt.Value.Vehicles, rebuilt.Value.Alerts);
            }
        }
        catch (ReadModelUnavailableException exception)
        {
            LogUnavailable(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Live views rebuilt at start: {Checkpoints} checkpoints, {Vehicles} vehicles, {Alerts} open alerts")]
    private static partial void LogRebuilt(ILogger logger, int checkpoints, int vehicles, int alerts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live read model unreachable at start; the live endpoints answer 503 until it is back (then rebuild it)")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
