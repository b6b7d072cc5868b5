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
    private static readonly ConcurrentDictionary<string, WriteTurns> Gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for the file's write turn; dispose the lease to pass it on. A no-op on other
    /// providers, and inside an open transaction, whose unit of work already holds the turn.
    /// </summary>
    /// <param name="ahead">
    /// Takes the next turn ahead of the queued commands. For the outbox dispatcher's short
    /// bookkeeping writes: queued behind a rush of bookings they would each wait for all of
    /// them, and the read models would fall seconds behind. There is one dispatcher per process
    /// and it writes a few statements per round, so at each hand-over of the turn a command
    /// waits for one short dispatcher write at most. A registrar's replay runs in its command's
    /// transaction, which took its turn in line.
    /// </param>
    public static async Task<IDisposable> EnterAsync(SeoDbContext db, CancellationToken cancellationToken, bool ahead = false)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return NoLease.Instance;
        }

        var turns = Gates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new WriteTurns());
        await turns.EnterAsync(ahead, cancellationToken);
        return new Lease(turns);
    }

    /// <summary>One writer at a time, in arrival order, except that writers asking to go ahead are served first.</summary>
    private sealed class WriteTurns
    {
        private readonly Lock _lock = new();
        private readonly Queue<TaskCompletionSource> _ahead = new();
        private readonly Queue<TaskCompletionSource> _queued = new();
        private bool _taken;

        public async Task EnterAsync(bool ahead, CancellationToken cancellationToken)
        {
            TaskCompletionSource waiter;
            lock (_lock)
            {
                if (!_taken)
                {
                    _taken = true;
                    return;
                }

                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                (ahead ? _ahead : _queued).Enqueue(waiter);
            }

            // A cancelled waiter stays queued but is skipped when its turn comes (its task is done).
            await using var cancellation = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            await waiter.Task;
        }

        public void Release()
        {
            lock (_lock)
            {
                while (_ahead.TryDequeue(out var next) || _queued.TryDequeue(out next))
                {
                    if (next.TrySetResult())
                    {
                        return;
                    }
                }

                _taken = false;
            }
        }
    }

    private sealed class Lease(WriteTurns turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
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
