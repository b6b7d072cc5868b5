using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Re-wraps personal data not under the active key (after a rotation, or written in clear before
/// encryption existed). Clustered and not concurrent: one node at a time; it finds only rows still
/// to do, so an interrupted run is resumed by the next firing. With nothing to do it costs one
/// indexed-free scan per table per firing (<c>Seo:Scheduling:PersonalDataReencryption</c>).
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ReencryptPersonalDataJob(PersonalDataReencryption reencryption, ILogger<ReencryptPersonalDataJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var rewritten = await reencryption.RunAsync(cancellationToken);
            if (rewritten > 0)
            {
                LogRewritten(logger, rewritten);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Personal data: {Rows} row(s) re-encrypted under the active key")]
    private static partial void LogRewritten(ILogger logger, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-encrypting personal data failed; the next firing resumes it")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
