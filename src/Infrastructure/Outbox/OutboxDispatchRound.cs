using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// One round of dispatch: claim a batch, hand each message to the handlers that accept its type,
/// in commit order, and record the outcome per message. Delivery is at least once; a message
/// whose handler throws is retried later with back-off and poisoned after too many failures.
/// </summary>
internal sealed partial class OutboxDispatchRound(
    OutboxStore store,
    IEnumerable<IOutboxHandler> handlers,
    TimeProvider clock,
    OutboxMetrics metrics,
    ILogger<OutboxDispatchRound> logger)
{
    private readonly IOutboxHandler[] _handlers = handlers.ToArray();

    /// <summary>Returns how many messages this round claimed (0: nothing was due).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (_handlers.Length == 0)
        {
            // Nobody to deliver to: leave every message for the projections that will come.
            return 0;
        }

        var claim = Guid.NewGuid().ToString("N");
        var batch = await store.ClaimAsync(claim, clock.GetUtcNow(), cancellationToken);
        foreach (var envelope in batch)
        {
            await DeliverAsync(envelope, claim, cancellationToken);
        }

        return batch.Count;
    }

    private async Task DeliverAsync(OutboxEnvelope envelope, string claim, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var handler in _handlers.Where(h => h.Accepts(envelope.Type)))
            {
                await handler.HandleAsync(envelope, cancellationToken);
            }

            var now = clock.GetUtcNow();
            await store.CompleteAsync(envelope.Sequence, claim, now, cancellationToken);
            metrics.Delivered(now - envelope.OccurredAt);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, envelope.Type, envelope.Sequence, exception);
            await store.FailAsync(envelope.Sequence, claim, exception.Message, clock.GetUtcNow(), CancellationToken.None);
            metrics.Failed();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering outbox event {Type} #{Sequence} failed; it will be retried")]
    private static partial void LogFailed(ILogger logger, string type, long sequence, Exception exception);
}
