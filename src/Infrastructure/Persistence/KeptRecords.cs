using Microsoft.EntityFrameworkCore;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Records kept whatever becomes of their request (<see cref="EfUnitOfWork.KeepAsync"/>) are
/// written at most once: a write retried after a commit whose acknowledgement was lost, or
/// rewritten after a rollback that did not in fact undo it, finds its record by key and skips it,
/// so a decided answer is never turned into a duplicate-key failure.
/// </summary>
internal static class KeptRecords
{
    public static async Task<bool> IsStoredAsync(this SeoDbContext db, object record, CancellationToken cancellationToken)
    {
        var entry = db.Entry(record);
        if (entry.State != EntityState.Detached)
        {
            return false;
        }

        var key = entry.Metadata.FindPrimaryKey() ?? throw new InvalidOperationException($"{entry.Metadata.DisplayName()} has no key.");
        var values = key.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray();
        var stored = await db.FindAsync(entry.Metadata.ClrType, values, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        // Only asked, not to be written again.
        db.Entry(stored).State = EntityState.Detached;
        return true;
    }
}
