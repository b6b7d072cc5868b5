using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Outbox;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// The outbox's dispatch state in the write store. Several dispatchers may run at once (API
/// instances, projection workers): each claims a batch with one conditional UPDATE that only
/// takes rows nobody holds, so a message is delivered by one claim at a time on every provider,
/// and a claim that is never finished (a crash) simply expires.
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
        await Due(now)
            .Where(m => due.Contains(m.Sequence))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseOwner, claim).SetProperty(x => x.LeaseExpiresAt, until), cancellationToken);

        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.LeaseOwner == claim && m.ProcessedAt == null)
            .OrderBy(m => m.Sequence)
            .Select(m => new OutboxEnvelope(m.Sequence, m.EventId, m.Type, m.AggregateType, m.AggregateId, m.Payload, m.OccurredAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks a claimed message delivered.</summary>
    public Task CompleteAsync(long sequence, string claim, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claimed(sequence, claim).ExecuteUpdateAsync(
            m => m.SetProperty(x => x.ProcessedAt, now).SetProperty(x => x.LeaseOwner, (string?)null).SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);

    /// <summary>Records a failed delivery: back off, or set the message aside after too many.</summary>
    public async Task FailAsync(long sequence, string claim, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = await db.OutboxMessages.Where(m => m.Sequence == sequence).Select(m => m.Attempts).SingleAsync(cancellationToken) + 1;
        DateTimeOffset? poisoned = attempts >= options.MaxAttempts ? now : null;
        var text = error.Length > 4000 ? error[..4000] : error;
        await Claimed(sequence, claim).ExecuteUpdateAsync(
            m => m.SetProperty(x => x.Attempts, attempts)
                .SetProperty(x => x.LastError, text)
                .SetProperty(x => x.NextAttemptAt, now + options.BackoffAfter(attempts))
                .SetProperty(x => x.PoisonedAt, poisoned)
                .SetProperty(x => x.LeaseOwner, (string?)null)
                .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);
    }

    /// <summary>Puts a poisoned message back in line, with a clean slate. False if it was not poisoned.</summary>
    public async Task<bool> ReplayAsync(long sequence, CancellationToken cancellationToken) =>
        await db.OutboxMessages
            .Where(m => m.Sequence == sequence && m.PoisonedAt != null)
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.PoisonedAt, (DateTimeOffset?)null)
                    .SetProperty(x => x.Attempts, 0)
                    .SetProperty(x => x.NextAttemptAt, (DateTimeOffset?)null),
                cancellationToken) == 1;

    public async Task<OutboxStatus> StatusAsync(int poisonedToShow, CancellationToken cancellationToken)
    {
        var pending = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAt == null);
        var poisoned = pending.Where(m => m.PoisonedAt != null);
        return new OutboxStatus(
            await pending.CountAsync(cancellationToken),
            await poisoned.CountAsync(cancellationToken),
            await pending.OrderBy(m => m.Sequence).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken),
            await poisoned.OrderBy(m => m.Sequence).Take(poisonedToShow)
                .Select(m => new PoisonedEvent(m.Sequence, m.EventId, m.Type, m.AggregateId, m.OccurredAt, m.Attempts, m.LastError, m.PoisonedAt!.Value))
                .ToListAsync(cancellationToken));
    }

    private IQueryable<OutboxMessage> Due(DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.ProcessedAt == null
            && m.PoisonedAt == null
            && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
            && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now));

    private IQueryable<OutboxMessage> Claimed(long sequence, string claim) =>
        db.OutboxMessages.Where(m => m.Sequence == sequence && m.LeaseOwner == claim);
}
