using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Barriers;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Barriers;

/// <summary>
/// Wakes the long polls of barriers that got a command to collect (new, or made deliverable
/// again) once it is visible: when the transaction that wrote it commits, or at once for a save
/// outside any transaction. A rolled-back transaction wakes nobody. A wake that finds nothing
/// (a savepoint rolled back) only costs the poll one read.
/// </summary>
internal sealed class BarrierCommandCommitInterceptor(IBarrierCommandSignal signal) : AfterCommitInterceptor
{
    /// <summary>The barriers to wake per context, until its transaction ends; a pooled context leaves its entry when collected.</summary>
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _toWake = [];

    protected override void Saving(DbContext db)
    {
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

    protected override void Committed(DbContext db)
    {
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

    protected override void RolledBack(DbContext db)
    {
        lock (_toWake)
        {
            if (_toWake.TryGetValue(db, out var pending))
            {
                pending.Clear();
            }
        }
    }
}
