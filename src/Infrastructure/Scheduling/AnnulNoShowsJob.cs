using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Bookings.AnnulNoShows;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// R35: bookings whose interval ended without the vehicle are annulled. The command is idempotent,
/// so a firing repeated after a crash or on another node changes nothing twice; the job runs in the
/// scope Quartz's container job factory opens for each firing.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class AnnulNoShowsJob(IMediator mediator, ILogger<AnnulNoShowsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var annulled = await mediator.Send(new AnnulNoShows(), cancellationToken);
            if (!annulled.IsSuccess)
            {
                LogRefused(logger, annulled.Error.Code);
            }
            else if (annulled.Value > 0)
            {
                LogAnnulled(logger, annulled.Value);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Thrown, it would only be logged again by Quartz; the next firing retries either way.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Annulled {Count} no-show(s)")]
    private static partial void LogAnnulled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No-show annulment refused ({Code}); the next firing retries")]
    private static partial void LogRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "No-show annulment failed; the next firing retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
