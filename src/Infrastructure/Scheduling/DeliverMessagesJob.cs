using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Messaging.Deliver;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Sends the due messages (R29 reminders, R34 calls, annulments, R33 call lists) and records each
/// outcome. One firing at a time per scheduler (clustered on a server store); within and across
/// instances each message is claimed before it is sent (<see cref="MessageDelivery"/>), so an
/// overlap never sends one twice. A failure is only logged: the next firing retries.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class DeliverMessagesJob(MessageDelivery delivery, ILogger<DeliverMessagesJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var handled = await delivery.RunAsync(cancellationToken);
            if (handled > 0)
            {
                LogDelivered(logger, handled);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Thrown, it would only be logged again by Quartz; the next firing retries either way.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message delivery: {Count} message(s) sent or retried")]
    private static partial void LogDelivered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message delivery failed; the next firing retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
