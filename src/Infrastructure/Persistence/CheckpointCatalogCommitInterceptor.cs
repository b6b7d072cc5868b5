using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Checkpoints;
using Seo.Domain.Checkpoints;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Drops this instance's reading of the checkpoints (<see cref="CheckpointCatalog"/>) once a
/// change to a checkpoint commits, so that a new capacity plan or waiting zone is what the next
/// availability read here sells, not the 15-second-old copy. Dropping it before the commit would
/// let a read in between cache the old checkpoint again.
/// </summary>
internal sealed class CheckpointCatalogCommitInterceptor(CheckpointCatalog.Snapshot snapshot) : AfterCommitInterceptor
{
    private static readonly object Changed = new();

    /// <summary>The contexts whose open transaction changed a checkpoint; a pooled context leaves its entry when collected.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    protected override void Saving(DbContext db)
    {
        if (db.ChangeTracker.Entries<Checkpoint>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _pending.AddOrUpdate(db, Changed);
        }
    }

    protected override void Committed(DbContext db)
    {
        if (_pending.Remove(db))
        {
            snapshot.Invalidate();
        }
    }

    protected override void RolledBack(DbContext db) => _pending.Remove(db);
}
