using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// SQLite has one writer at a time, and a writer that finds the file locked sleeps and polls
/// (Microsoft.Data.Sqlite retries every 150 ms). Within one process, writers of the same file
/// therefore queue here first, so the lock passes straight from one transaction to the next.
/// Server databases lock rows and need no gate.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for the file's write turn; dispose the lease to pass it on. A no-op on other
    /// providers, and inside an open transaction, whose unit of work already holds the turn.
    /// </summary>
    public static async Task<IDisposable> EnterAsync(SeoDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return NoLease.Instance;
        }

        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Lease(gate);
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class NoLease : IDisposable
    {
        public static readonly NoLease Instance = new();

        public void Dispose()
        {
        }
    }
}
