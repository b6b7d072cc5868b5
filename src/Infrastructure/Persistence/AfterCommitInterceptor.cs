using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Acts on what a save wrote once it is visible to others: notes it while saving, acts when the
/// transaction that wrote it commits (or at once for a save outside any transaction, already
/// committed), and forgets it when that transaction rolls back. Acting earlier would let a reader
/// in between see, or cache, the state before.
/// </summary>
internal abstract class AfterCommitInterceptor : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        OnSaving(eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        OnSaving(eventData);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        OnSaved(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        OnSaved(eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OnCommitted(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnCommitted(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => OnRolledBack(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnRolledBack(eventData);
        return Task.CompletedTask;
    }

    /// <summary>The context is about to write its tracked changes: note what will need acting on.</summary>
    protected abstract void Saving(DbContext db);

    /// <summary>What the context wrote is committed.</summary>
    protected abstract void Committed(DbContext db);

    /// <summary>What the context wrote was rolled back.</summary>
    protected abstract void RolledBack(DbContext db);

    private void OnSaving(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db)
        {
            Saving(db);
        }
    }

    private void OnSaved(SaveChangesCompletedEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { Database.CurrentTransaction: null } db)
        {
            // Saved in a transaction of its own, already committed.
            Committed(db);
        }
    }

    private void OnCommitted(TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db)
        {
            Committed(db);
        }
    }

    private void OnRolledBack(TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db)
        {
            RolledBack(db);
        }
    }
}
