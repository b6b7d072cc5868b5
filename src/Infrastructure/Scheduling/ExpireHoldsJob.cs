using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Bookings.ExpireHolds;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Unpaid holds whose time ran out give their capacity back. The command is idempotent, so a firing
/// repeated after a crash or on another node changes nothing twice. Quartz's container job factory
/// builds the job in a scope of its own per firing, so the mediator and the DbContext behind it
/// belong to this firing alone.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ExpireHoldsJob(IMediator mediator, ILogger<ExpireHoldsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var expired = await mediator.Send(new ExpireHolds(), cancellationToken);
            if (!expired.IsSuccess)
            {
                LogRefused(logger, expired.Error.Code);
            }
            else if (expired.Value > 0)
            {
                LogExpired(logger, expired.Value);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Thrown, it would only be logged again by Quartz; the next firing retries either way.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} unpaid hold(s)")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hold expiry refused ({Code}); the next firing retries")]
    private static partial void LogRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hold expiry failed; the next firing retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
