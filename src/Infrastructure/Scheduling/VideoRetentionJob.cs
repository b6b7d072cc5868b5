using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Video.Common;
using Seo.Application.Video.Retention;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// R32: expired, unheld video is claimed (one transaction), then its recordings deleted (another).
/// Each step is an idempotent command; a failure is logged and the next firing retries.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class VideoRetentionJob(IMediator mediator, VideoOptions options, ILogger<VideoRetentionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var claimed = await mediator.Send(new ClaimExpiredVideoSegments(options.RetentionBatchSize), cancellationToken);
            if (!claimed.IsSuccess)
            {
                LogRefused(logger, claimed.Error.Code);
            }

            // Segments claimed by an earlier firing whose deletion failed are retried even when nothing new expired.
            var run = await mediator.Send(new DeleteDueVideoSegments(options.RetentionBatchSize), cancellationToken);
            if (!run.IsSuccess)
            {
                LogRefused(logger, run.Error.Code);
            }
            else if (run.Value.Deleted + run.Value.Failed > 0 || (claimed.IsSuccess && claimed.Value > 0))
            {
                LogSwept(logger, claimed.IsSuccess ? claimed.Value : 0, run.Value.Deleted, run.Value.Failed);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Video retention: {Claimed} segment(s) due, {Deleted} recording(s) deleted, {Failed} failed (retried next firing)")]
    private static partial void LogSwept(ILogger logger, int claimed, int deleted, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Video retention refused ({Code}); the next firing retries")]
    private static partial void LogRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Video retention failed; the next firing retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
