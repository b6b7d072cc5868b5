using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Outbox;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// Wakes the dispatcher (<see cref="OutboxSignal"/>) when outbox rows become visible: when the
/// transaction that wrote them commits, or at once for a save outside any transaction. Waking
/// before the commit would only find nothing to claim.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : AfterCommitInterceptor
{
    protected override void Saving(DbContext db)
    {
        if (db is SeoDbContext seo && seo.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            seo.HasUncommittedOutboxRows = true;
        }
    }

    protected override void Committed(DbContext db)
    {
        if (db is SeoDbContext { HasUncommittedOutboxRows: true } seo)
        {
            seo.HasUncommittedOutboxRows = false;
            signal.Notify();
        }
    }

    protected override void RolledBack(DbContext db)
    {
        if (db is SeoDbContext seo)
        {
            seo.HasUncommittedOutboxRows = false;
        }
    }
}
