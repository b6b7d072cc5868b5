using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Seo.Application.Common.Ports;
using Seo.Domain.Barriers;

namespace Seo.Infrastructure.Barriers;

/// <summary>
/// Wakes the long polls of barriers that got a command to collect (new, or made deliverable
/// again) once it is visible: when the transaction that wrote it commits, or at once for a save
/// outside any transaction. A rolled-back transaction wakes nobody. A wake that finds nothing
/// (a savepoint rolled back) only costs the poll one read.
/// </summary>
internal sealed class BarrierCommandCommitInterceptor(IBarrierCommandSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>The barriers to wake per context, until its transaction ends; a pooled context leaves its entry when collected.</summary>
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _toWake = [];

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

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData?.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData?.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData?.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not { } db)
        {
            return;
        }

        var barriers = db.ChangeTracker.Entries<BarrierCommand>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.State == BarrierCommandState.Pending)
            .Select(e => e.Entity.BarrierId.Value)
            .ToList();
        if (barriers.Count > 0)
        {
            lock (_toWake)
            {
                _toWake.GetOrCreateValue(db).UnionWith(barriers);
            }
        }
    }

    private void Saved(SaveChangesCompletedEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { Database.CurrentTransaction: null } db)
        {
            // Saved in a transaction of its own, already committed.
            Wake(db);
        }
    }

    private void Wake(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        Guid[] barriers;
        lock (_toWake)
        {
            if (!_toWake.TryGetValue(db, out var pending) || pending.Count == 0)
            {
                return;
            }

            barriers = [.. pending];
            pending.Clear();
        }

        signal.Notify(barriers);
    }

    private void Forget(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        lock (_toWake)
        {
            if (_toWake.TryGetValue(db, out var pending))
            {
                pending.Clear();
            }
        }
    }
}
