using Microsoft.EntityFrameworkCore;
using Seo.Application.Messaging.Common;
using Seo.Domain.Messaging;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Messaging;

/// <summary>
/// The pending messages in the write store. A claim is one conditional UPDATE that takes the
/// message only while it is still pending, due and unheld (no lease, or a lapsed one); of two
/// runs racing for it, on any provider, exactly one sees its row updated.
/// </summary>
internal sealed class EfPendingMessages(SeoDbContext db) : IPendingMessages
{
    public async Task<IReadOnlyList<OutboundMessageId>> DueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken) =>
        await Due(now).OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(take).ToListAsync(cancellationToken);

    public async Task<bool> TryClaimAsync(OutboundMessageId id, string claim, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        var claimed = await Due(now).Where(m => m.Id == id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseOwner, claim).SetProperty(x => x.LeasedUntil, until), cancellationToken);
        return claimed == 1;
    }

    public async Task ReleaseAsync(OutboundMessageId id, string claim, CancellationToken cancellationToken)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        await db.OutboundMessages.Where(m => m.Id == id && m.LeaseOwner == claim)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseOwner, (string?)null).SetProperty(x => x.LeasedUntil, (DateTimeOffset?)null), cancellationToken);
    }

    private IQueryable<OutboundMessage> Due(DateTimeOffset now) =>
        db.OutboundMessages.Where(m => m.State == MessageState.Pending
            && m.NextAttemptAt <= now
            && (m.LeasedUntil == null || m.LeasedUntil < now));
}
