using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// Runs dispatch rounds for as long as the host runs: straight on while there is a backlog,
/// when a commit in this process signals new events, and every poll interval otherwise, reading the backlog for the metrics now and then. Any
/// number of hosts may run one (see <see cref="OutboxStore"/>); a failing round is logged and
/// the next one, after a growing pause, tries again.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, OutboxOptions options, OutboxMetrics metrics, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>How often an idle dispatcher counts the backlog: four count queries, not for every poll.</summary>
    private static readonly TimeSpan BacklogReadInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failedRounds = 0;
        var backlogReadAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatchRound>().RunAsync(stoppingToken);
                var now = clock.GetUtcNow();
                if (claimed == 0 && now - backlogReadAt >= BacklogReadInterval)
                {
                    var status = await scope.ServiceProvider.GetRequiredService<OutboxStore>().StatusAsync(0, stoppingToken);
                    metrics.Backlog(status.Pending, status.Poisoned, status.OldestPendingAt, now);
                    backlogReadAt = now;
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
                // A store that is down is asked less and less often, up to the longest back-off;
                // otherwise a commit in this process wakes the dispatcher before the poll interval.
                if (failedRounds == 0)
                {
                    await signal.WaitAsync(options.PollInterval, clock, stoppingToken);
                }
                else
                {
                    await Task.Delay(options.BackoffAfter(failedRounds), clock, stoppingToken);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed ({Failures} in a row); the next one retries")]
    private static partial void LogRoundFailed(ILogger logger, int failures, Exception exception);
}
