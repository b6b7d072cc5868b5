using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Seo.Infrastructure.Outbox;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Deletes outbox messages delivered longer ago than <c>Seo:Retention:DeliveredOutboxMessages</c>,
/// measured on the application's clock, in batches of <c>Seo:Retention:BatchSize</c> (each its own
/// short statement, so a large backlog never holds the write store for long) until none is left.
/// Deleting what is already gone deletes nothing, so a repeated or concurrent firing is harmless.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class PurgeDeliveredOutboxJob(
    OutboxStore outbox,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<PurgeDeliveredOutboxJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - options.Value.DeliveredOutboxMessages;
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var purged = 0;
        try
        {
            int deleted;
            do
            {
                deleted = await outbox.PurgeDeliveredAsync(cutoff, batchSize, cancellationToken);
                purged += deleted;
            }
            while (deleted == batchSize);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Thrown, it would only be logged again by Quartz; the next firing goes on from here.
            LogFailed(logger, purged, exception);
            return;
        }

        if (purged > 0)
        {
            LogPurged(logger, purged);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} delivered outbox message(s) past their retention")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox purge failed after deleting {Count} message(s); the next firing goes on")]
    private static partial void LogFailed(ILogger logger, int count, Exception exception);
}
