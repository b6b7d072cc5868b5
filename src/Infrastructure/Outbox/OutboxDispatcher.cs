using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// Runs dispatch rounds for as long as the host runs: straight on while there is a backlog,
/// every poll interval when there is none, when it also reads the backlog for the metrics. Any
/// number of hosts may run one (see <see cref="OutboxStore"/>); a failing round is logged and
/// the next one, after a growing pause, tries again.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, TimeProvider clock, OutboxOptions options, OutboxMetrics metrics, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failedRounds = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatchRound>().RunAsync(stoppingToken);
                if (claimed == 0)
                {
                    var status = await scope.ServiceProvider.GetRequiredService<OutboxStore>().StatusAsync(0, stoppingToken);
                    metrics.Backlog(status.Pending, status.Poisoned, status.OldestPendingAt, clock.GetUtcNow());
                }

                failedRounds = 0;
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && stoppingToken.IsCancellationRequested))
            {
                failedRounds++;
                LogRoundFailed(logger, failedRounds, exception);
            }

            if (claimed == 0)
            {
                // A store that is down is asked less and less often, up to the longest back-off.
                var pause = failedRounds == 0 ? options.PollInterval : options.BackoffAfter(failedRounds);
                await Task.Delay(pause, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed ({Failures} in a row); the next one retries")]
    private static partial void LogRoundFailed(ILogger logger, int failures, Exception exception);
}
