using Microsoft.EntityFrameworkCore;
using Seo.Domain.Audit;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Persistence.Audit;

/// <summary>
/// Chains and writes audit entries inside the transaction of the action they record. The audit
/// head's row is moved on first, in one statement that also returns the new count: on PostgreSQL
/// and SQL Server the row stays locked until the transaction ends, on SQLite the file's one writer
/// holds it, so a second append anywhere waits, then reads the hash this one wrote. The sequence
/// is also the entries' key, so a fork could not be stored even if the lock were bypassed.
/// </summary>
internal static class AuditAppender
{
    public static async Task<int> AppendAsync(SeoDbContext db, IReadOnlyList<AuditEntry> drafts, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit entries are appended inside the transaction of the action they record.");
        }

        var sql = SqlDialect.Of(db);
        var move = sql.UpdateReturning(
            "AuditHead",
            $"{sql.Quote("Sequence")} = {sql.Quote("Sequence")} + @p0",
            $"{sql.Quote("Id")} = @p1",
            "Sequence");
#pragma warning disable EF1002 // Identifiers only; the values are parameters.
        var last = (await db.Database.SqlQueryRaw<long>(move, (long)drafts.Count, AuditHead.TheOne).ToListAsync(cancellationToken)).Single();
#pragma warning restore EF1002
        var sequence = last - drafts.Count;
        var previous = sequence == 0
            ? AuditEntry.Genesis
            : await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == sequence).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken)
              ?? AuditEntry.Genesis;
        foreach (var draft in drafts)
        {
            draft.Chain(++sequence, previous);
            previous = draft.Hash;
            db.AuditEntries.Add(draft);
        }

        return await db.SaveChainedAsync(cancellationToken);
    }
}
