using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Outbox;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// Wakes the dispatcher (<see cref="OutboxSignal"/>) when outbox rows become visible: when the
/// transaction that wrote them commits, or at once for a save outside any transaction. Waking
/// before the commit would only find nothing to claim.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData);
        return Task.CompletedTask;
    }

    private static void Saving(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is SeoDbContext db && db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            db.HasUncommittedOutboxRows = true;
        }
    }

    private void Saved(SaveChangesCompletedEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is SeoDbContext { Database.CurrentTransaction: null } db)
        {
            // Saved in a transaction of its own, already committed.
            Wake(db);
        }
    }

    private void Committed(TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is SeoDbContext db)
        {
            Wake(db);
        }
    }

    private static void RolledBack(TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is SeoDbContext db)
        {
            db.HasUncommittedOutboxRows = false;
        }
    }

    private void Wake(SeoDbContext db)
    {
        if (db.HasUncommittedOutboxRows)
        {
            db.HasUncommittedOutboxRows = false;
            signal.Notify();
        }
    }
}
