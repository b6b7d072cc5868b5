using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// Runs dispatch rounds for as long as the host runs: straight on while there is a backlog,
/// every poll interval when there is none. Any number of hosts may run one (see
/// <see cref="OutboxStore"/>); a failing round is logged and the next one tries again.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, TimeProvider clock, OutboxOptions options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatchRound>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(logger, exception);
            }

            if (claimed == 0)
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch round failed; the next one retries")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
