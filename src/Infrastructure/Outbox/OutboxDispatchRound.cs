using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Telemetry;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// One round of dispatch: claim a batch, hand each message to the handlers that accept its type,
/// in commit order, and record the outcome per message. Delivery is at least once; a message
/// whose handler throws is retried later with back-off and poisoned after too many failures, and
/// the later events of its aggregate wait for it.
/// </summary>
/// <remarks>
/// Delivery state is per message, not per handler: a message counts as delivered once every
/// handler that accepts it has taken it. A projection added later catches up by a rebuild from
/// the write store, not from the outbox. An <see cref="IOutboxBatchHandler"/> takes its messages
/// once the one-by-one handlers are through the batch, all in one call; until it has, they are
/// not delivered, so a crash or a failed batch only delivers them (to every handler) again.
/// </remarks>
internal sealed partial class OutboxDispatchRound(
    OutboxStore store,
    OutboxOptions options,
    SeoDbContext db,
    IEnumerable<IOutboxHandler> handlers,
    TimeProvider clock,
    OutboxMetrics metrics,
    ILogger<OutboxDispatchRound> logger)
{
    private readonly IOutboxHandler[] _oneByOne = handlers.Where(h => h is not IOutboxBatchHandler).ToArray();
    private readonly IOutboxBatchHandler[] _batched = handlers.OfType<IOutboxBatchHandler>().ToArray();

    /// <summary>Returns how many messages this round claimed (0: nothing was due).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (_oneByOne.Length == 0 && _batched.Length == 0)
        {
            // Nobody to deliver to: leave every message for the projections that will come.
            return 0;
        }

        var claim = Guid.NewGuid().ToString("N");
        var batch = await store.ClaimAsync(claim, clock.GetUtcNow(), cancellationToken);
        var held = batch.Select(e => e.Sequence).ToHashSet();
        var delivered = new List<OutboxEnvelope>();
        // Through the one-by-one handlers, waiting for the batch handlers at the end of the round.
        var awaitingBatch = new List<OutboxEnvelope>();
        var stuck = new HashSet<(string, string)>();
        var leaseRenewedAt = clock.GetUtcNow();
        var leaseLost = false;
        var completedAll = false;
        try
        {
            foreach (var envelope in batch)
            {
                if (stuck.Contains((envelope.AggregateType, envelope.AggregateId)))
                {
                    // An earlier event of this aggregate failed: this one waits for it.
                    continue;
                }

                if (!await RenewIfDueAsync())
                {
                    // The lease ran out and another dispatcher may have taken over; the rest of the batch is its.
                    leaseLost = true;
                    break;
                }

                if (await DeliverAsync(envelope, _oneByOne, claim, cancellationToken))
                {
                    // Still held until the round marks it: its lease is renewed with the rest,
                    // or another dispatcher could deliver it again, after a later event of its aggregate.
                    (_batched.Any(h => h.Accepts(envelope.Type)) ? awaitingBatch : delivered).Add(envelope);
                }
                else
                {
                    // A failure gives the message back at once (with its back-off).
                    held.Remove(envelope.Sequence);
                    stuck.Add((envelope.AggregateType, envelope.AggregateId));
                }
            }

            if (awaitingBatch.Count > 0 && !leaseLost && await RenewIfDueAsync())
            {
                delivered.AddRange(await DeliverBatchesAsync(awaitingBatch, claim, cancellationToken));
            }
        }
        finally
        {
            // One write marks the round's deliveries; a crash before it only means they are
            // delivered again, which the projections are built to ignore.
            completedAll = await CompleteAsync(delivered, claim);

            // Whatever this round still holds (skipped, cut short by shutdown, failed to be
            // marked) goes back at once; a round that delivered its whole batch holds nothing.
            if (delivered.Count < batch.Count || !completedAll)
            {
                await store.ReleaseAsync(claim, CancellationToken.None);
            }
        }

        return batch.Count;

        // Every store write queues with the bookings on a busy store (on SQLite, for the one
        // writer), so the lease is renewed only once a third of it has gone, for all that the
        // round still holds at once (delivered but not yet marked included), not before each message.
        async Task<bool> RenewIfDueAsync()
        {
            var now = clock.GetUtcNow();
            if (now - leaseRenewedAt < options.Lease / 3)
            {
                return true;
            }

            if (!await store.RenewAsync(held, claim, now, cancellationToken))
            {
                return false;
            }

            leaseRenewedAt = now;
            return true;
        }
    }

    /// <summary>
    /// Hands each batch handler the round's messages it accepts, in one call; returns the messages
    /// every batch handler took. A batch that fails is delivered one message at a time, so only
    /// the bad message (and the later ones of its aggregate) wait for another round.
    /// </summary>
    private async Task<List<OutboxEnvelope>> DeliverBatchesAsync(List<OutboxEnvelope> awaiting, string claim, CancellationToken cancellationToken)
    {
        var notDelivered = new HashSet<long>();
        foreach (var handler in _batched)
        {
            var accepted = awaiting.Where(e => handler.Accepts(e.Type) && !notDelivered.Contains(e.Sequence)).ToList();
            if (accepted.Count == 0)
            {
                continue;
            }

            try
            {
                await handler.HandleBatchAsync(accepted, cancellationToken);
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                LogBatchFailed(logger, handler.GetType().Name, accepted.Count, exception);
            }

            var stuck = new HashSet<(string, string)>();
            foreach (var envelope in accepted)
            {
                if (stuck.Contains((envelope.AggregateType, envelope.AggregateId)))
                {
                    // Not attempted, so not counted as a failure: it waits for its aggregate's earlier event.
                    notDelivered.Add(envelope.Sequence);
                }
                else if (!await DeliverAsync(envelope, [handler], claim, cancellationToken))
                {
                    notDelivered.Add(envelope.Sequence);
                    stuck.Add((envelope.AggregateType, envelope.AggregateId));
                }
            }
        }

        return awaiting.Where(e => !notDelivered.Contains(e.Sequence)).ToList();
    }

    /// <summary>Hands the message to each of <paramref name="handlers"/> that accepts it; false when one of them failed.</summary>
    private async Task<bool> DeliverAsync(OutboxEnvelope envelope, IOutboxHandler[] handlers, string claim, CancellationToken cancellationToken)
    {
        using var activity = SeoActivities.Source.StartActivity($"outbox deliver {envelope.Type}", System.Diagnostics.ActivityKind.Consumer);
        activity?.SetTag("seo.outbox.sequence", envelope.Sequence);
        try
        {
            foreach (var handler in handlers.Where(h => h.Accepts(envelope.Type)))
            {
                await handler.HandleAsync(envelope, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A handler may have left tracked changes behind; they must not ride on the next save.
            db.ChangeTracker.Clear();
            var error = $"{exception.GetType().Name}: {exception.Message}";
            if (await store.FailAsync(envelope.Sequence, claim, error, clock.GetUtcNow(), CancellationToken.None))
            {
                LogPoisoned(logger, envelope.Type, envelope.Sequence, exception);
                metrics.Poisoned();
            }
            else
            {
                LogFailed(logger, envelope.Type, envelope.Sequence, exception);
            }

            metrics.Failed();
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, error);
            return false;
        }

        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Marks the round's deliveries; true when every one of them was still the claim's to mark.</summary>
    private async Task<bool> CompleteAsync(List<OutboxEnvelope> delivered, string claim)
    {
        if (delivered.Count == 0)
        {
            return true;
        }

        var now = clock.GetUtcNow();
        var completed = await store.CompleteAsync([.. delivered.Select(e => e.Sequence)], claim, now, CancellationToken.None);
        // Lag is counted only when every delivery of the round was marked; a claim that lost some
        // leaves them to the dispatcher that took them over, which counts them then.
        if (completed != delivered.Count)
        {
            return false;
        }

        delivered.ForEach(envelope => metrics.Delivered(now - envelope.OccurredAt));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering outbox event {Type} #{Sequence} failed; it will be retried")]
    private static partial void LogFailed(ILogger logger, string type, long sequence, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} failed a batch of {Count} outbox events; they are delivered to it one at a time")]
    private static partial void LogBatchFailed(ILogger logger, string handler, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox event {Type} #{Sequence} failed too often and is set aside until a registrar replays it")]
    private static partial void LogPoisoned(ILogger logger, string type, long sequence, Exception exception);
}
