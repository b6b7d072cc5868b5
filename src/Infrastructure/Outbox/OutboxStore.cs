using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Outbox;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// The outbox's dispatch state in the write store. Several dispatchers may run at once (API
/// instances, projection workers): each claims a batch with one conditional UPDATE that only
/// takes rows nobody holds, so a message is delivered by one claim at a time on every provider,
/// and a claim that is never finished (a crash) simply expires. An aggregate's events are
/// delivered in commit order: one waits while an earlier one of the same aggregate is
/// undelivered (backing off, poisoned or held by another claim).
/// </summary>
internal sealed class OutboxStore(SeoDbContext db, OutboxOptions options) : IOutboxAdministration
{
    /// <summary>Takes up to a batch of due messages, oldest first, for <paramref name="claim"/>.</summary>
    public async Task<IReadOnlyList<OutboxEnvelope>> ClaimAsync(string claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await Due(now).OrderBy(m => m.Sequence).Select(m => m.Sequence).Take(options.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        // The same condition again: a row another dispatcher claimed meanwhile is left to it.
        var until = now + options.Lease;
        await WriteAsync(
            token => Due(now).Where(m => due.Contains(m.Sequence))
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseOwner, claim).SetProperty(x => x.LeaseExpiresAt, until), token),
            cancellationToken);

        // Read back by key: the rows this claim took are among those it asked for.
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => due.Contains(m.Sequence) && m.LeaseOwner == claim && m.ProcessedAt == null)
            .OrderBy(m => m.Sequence)
            .Select(m => new OutboxEnvelope(m.Sequence, m.EventId, m.Type, m.AggregateType, m.AggregateId, m.Payload, m.OccurredAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Extends the lease on the messages of <paramref name="sequences"/> the claim still holds, so
    /// a slow batch does not lose its later messages to another dispatcher. False when the claim
    /// has lost any of them (its lease ran out first).
    /// </summary>
    public async Task<bool> RenewAsync(IReadOnlyCollection<long> sequences, string claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0)
        {
            return true;
        }

        var renewed = await WriteAsync(
            token => Claimed(sequences, claim).Where(m => m.LeaseExpiresAt > now)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseExpiresAt, now + options.Lease), token),
            cancellationToken);
        return renewed == sequences.Count;
    }

    /// <summary>
    /// Marks delivered, in one statement, the messages of <paramref name="sequences"/> the claim
    /// still holds; returns how many it marked (one it lost meanwhile is another claim's to finish).
    /// </summary>
    public async Task<int> CompleteAsync(IReadOnlyCollection<long> sequences, string claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0)
        {
            return 0;
        }

        return await WriteAsync(
            token => Claimed(sequences, claim).ExecuteUpdateAsync(
                m => m.SetProperty(x => x.ProcessedAt, now).SetProperty(x => x.LeaseOwner, (string?)null).SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null),
                token),
            cancellationToken);
    }

    /// <summary>
    /// Deletes up to <paramref name="batchSize"/> messages delivered before <paramref name="cutoff"/>,
    /// oldest first, in one statement (on the <c>ProcessedAt</c> index); returns how many. Waiting
    /// and poisoned messages are never touched: only what every handler has already seen goes.
    /// On SQLite it waits its write turn in line, like the other retention sweeps: unlike the
    /// dispatch's bookkeeping, nobody waits for it.
    /// </summary>
    public async Task<int> PurgeDeliveredAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        return await db.OutboxMessages
            .Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff)
            .OrderBy(m => m.ProcessedAt).ThenBy(m => m.Sequence)
            .Take(batchSize)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Records a failed delivery: back off, or set the message aside after too many. True when it
    /// was poisoned. A whole-state message (see <see cref="OutboxMessage.StreamOf"/>) with a later
    /// message of its stream already in the outbox is superseded instead: marked done, never
    /// retried, because the later one carries everything it did. A store outage then costs one
    /// failure per stream and back-off step, not one per message.
    /// </summary>
    public async Task<bool> FailAsync(long sequence, string claim, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failed = await db.OutboxMessages.AsNoTracking().Where(m => m.Sequence == sequence)
            .Select(m => new { m.Attempts, m.AggregateType, m.AggregateId }).SingleAsync(cancellationToken);
        var text = OutboxMessage.ErrorText(error);
        if (OutboxMessage.StreamOf(failed.AggregateId) is { } stream
            && await db.OutboxMessages.AnyAsync(
                m => m.AggregateType == failed.AggregateType && m.AggregateId.StartsWith(stream) && m.Sequence > sequence, cancellationToken))
        {
            var superseded = OutboxMessage.ErrorText($"Superseded by a later message of {stream}, after: {text}");
            await WriteAsync(
                token => Claimed(sequence, claim).ExecuteUpdateAsync(
                    m => m.SetProperty(x => x.ProcessedAt, now)
                        .SetProperty(x => x.Attempts, failed.Attempts + 1)
                        .SetProperty(x => x.LastError, superseded)
                        .SetProperty(x => x.LeaseOwner, (string?)null)
                        .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null),
                    token),
                cancellationToken);
            return false;
        }

        var attempts = failed.Attempts + 1;
        var poison = attempts >= options.MaxAttempts;
        DateTimeOffset? poisonedAt = poison ? now : null;
        var updated = await WriteAsync(
            token => Claimed(sequence, claim).ExecuteUpdateAsync(
                m => m.SetProperty(x => x.Attempts, attempts)
                    .SetProperty(x => x.LastError, text)
                    .SetProperty(x => x.NextAttemptAt, now + options.BackoffAfter(attempts))
                    .SetProperty(x => x.PoisonedAt, poisonedAt)
                    .SetProperty(x => x.LeaseOwner, (string?)null)
                    .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null),
                token),
            cancellationToken);
        return updated == 1 && poison;
    }

    /// <summary>Gives back what a claim still holds (a shutdown, an aborted round), so others need not wait out the lease.</summary>
    public Task ReleaseAsync(string claim, CancellationToken cancellationToken) =>
        WriteAsync(
            token => db.OutboxMessages.Where(m => m.LeaseOwner == claim && m.ProcessedAt == null)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseOwner, (string?)null).SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null), token),
            cancellationToken);

    /// <summary>Puts a poisoned message back in line, with a clean slate.</summary>
    public async Task<ReplayOutcome> ReplayAsync(long sequence, CancellationToken cancellationToken)
    {
        var replayed = await ReplayAsync(db.OutboxMessages.Where(m => m.Sequence == sequence), cancellationToken);
        if (replayed == 1)
        {
            return ReplayOutcome.Replayed;
        }

        return await db.OutboxMessages.AnyAsync(m => m.Sequence == sequence, cancellationToken) ? ReplayOutcome.NotPoisoned : ReplayOutcome.NotFound;
    }

    /// <summary>Puts every poisoned message (of <paramref name="type"/>, when given) back in line, in one statement.</summary>
    public Task<int> ReplayAllAsync(string? type, CancellationToken cancellationToken) =>
        ReplayAsync(type is null ? db.OutboxMessages : db.OutboxMessages.Where(m => m.Type == type), cancellationToken);

    /// <remarks>
    /// A replay is a registrar's command: it runs in the command's own transaction, which took
    /// its write turn in line with the other commands, so it passes none of them.
    /// </remarks>
    private static Task<int> ReplayAsync(IQueryable<OutboxMessage> messages, CancellationToken cancellationToken) =>
        messages
            .Where(m => m.PoisonedAt != null && m.ProcessedAt == null)
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.PoisonedAt, (DateTimeOffset?)null)
                    .SetProperty(x => x.Attempts, 0)
                    .SetProperty(x => x.NextAttemptAt, (DateTimeOffset?)null),
                cancellationToken);

    public async Task<OutboxStatus> StatusAsync(int poisonedToShow, CancellationToken cancellationToken)
    {
        var undelivered = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAt == null);
        var waiting = undelivered.Where(m => m.PoisonedAt == null);
        var poisoned = undelivered.Where(m => m.PoisonedAt != null);
        return new OutboxStatus(
            await waiting.CountAsync(cancellationToken),
            await poisoned.CountAsync(cancellationToken),
            await waiting.OrderBy(m => m.Sequence).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken),
            await poisoned.OrderBy(m => m.Sequence).Take(poisonedToShow)
                .Select(m => new PoisonedEvent(m.Sequence, m.EventId, m.Type, m.AggregateId, m.OccurredAt, m.Attempts, m.LastError, m.PoisonedAt!.Value))
                .ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Undelivered, not poisoned, not backing off, not held by a live claim — and no earlier event
    /// of the same aggregate is stuck (poisoned, backing off or held elsewhere); an earlier one that
    /// is due itself comes first in the same claim.
    /// </summary>
    private IQueryable<OutboxMessage> Due(DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.ProcessedAt == null
            && m.PoisonedAt == null
            && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
            && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now)
            && !db.OutboxMessages.Any(earlier => earlier.AggregateType == m.AggregateType
                && earlier.AggregateId == m.AggregateId
                && earlier.Sequence < m.Sequence
                && earlier.ProcessedAt == null
                && (earlier.PoisonedAt != null || earlier.NextAttemptAt > now || (earlier.LeaseOwner != null && earlier.LeaseExpiresAt >= now))));

    private IQueryable<OutboxMessage> Claimed(long sequence, string claim) =>
        db.OutboxMessages.Where(m => m.Sequence == sequence && m.LeaseOwner == claim);

    private IQueryable<OutboxMessage> Claimed(IReadOnlyCollection<long> sequences, string claim) =>
        db.OutboxMessages.Where(m => sequences.Contains(m.Sequence) && m.LeaseOwner == claim && m.ProcessedAt == null);

    /// <summary>
    /// On SQLite, dispatch writes take the write turn ahead of the queued requests (see
    /// <see cref="SqliteWriteGate"/>): each is one short statement, and the read models' lag is
    /// made of their waits.
    /// </summary>
    private async Task<int> WriteAsync(Func<CancellationToken, Task<int>> write, CancellationToken cancellationToken)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken, ahead: true);
        return await write(cancellationToken);
    }
}
