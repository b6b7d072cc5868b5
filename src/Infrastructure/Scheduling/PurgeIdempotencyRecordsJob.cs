using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Forgets stored Idempotency-Key answers older than <c>Seo:Retention:IdempotentAnswers</c>, measured on the application's
/// clock. Deleting what is already gone deletes nothing, so a repeated firing is harmless.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class PurgeIdempotencyRecordsJob(
    IIdempotencyStore store,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<PurgeIdempotencyRecordsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var purged = await store.PurgeAsync(clock.GetUtcNow() - options.Value.IdempotentAnswers, cancellationToken);
            if (purged > 0)
            {
                LogPurged(logger, purged);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Thrown, it would only be logged again by Quartz; the next firing retries either way.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} expired Idempotency-Key answer(s)")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Idempotency-Key purge failed; the next firing retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
