using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Transactions over the write store. The outermost scope owns a database transaction; a scope
/// opened inside it (a command inside an idempotent HTTP request) is a savepoint, so the command
/// can be undone while the stored answer still commits.
/// </summary>
internal sealed class EfUnitOfWork(SeoDbContext db) : IUnitOfWork
{
    private int _savepoints;

    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (db.Database.CurrentTransaction is not null)
        {
            // Already inside a unit that owns the transaction (and its retries).
            return operation(cancellationToken);
        }

        // A retrying strategy refuses transactions it did not start, and retries a failed attempt
        // as a whole; the scope's rollback has already forgotten that attempt's tracked changes.
        // If a commit succeeded but its acknowledgement was lost, the retry does not write twice:
        // an idempotent request finds its own stored answer and replays it, and a second booking
        // of the same vehicle meets R21's unique index.
        return db.Database.CreateExecutionStrategy().ExecuteAsync(operation, cancellationToken);
    }

    public async Task<ITransactionScope> BeginAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } current)
        {
            var name = $"sp{++_savepoints}";
            await current.CreateSavepointAsync(name, cancellationToken);
            return new SavepointScope(db, current, name);
        }

        var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        try
        {
            return new TransactionScope(db, await db.Database.BeginTransactionAsync(cancellationToken), turn);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private sealed class TransactionScope(SeoDbContext db, IDbContextTransaction transaction, IDisposable writeTurn) : ITransactionScope
    {
        private bool _completed;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await transaction.CommitAsync(cancellationToken);
            _completed = true;
            writeTurn.Dispose();
        }

        public async Task RollbackAsync(CancellationToken cancellationToken)
        {
            if (_completed)
            {
                return;
            }

            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            _completed = true;
            writeTurn.Dispose();
        }

        public async ValueTask DisposeAsync()
        {
            if (!_completed)
            {
                await RollbackAsync(CancellationToken.None);
            }

            await transaction.DisposeAsync();
            writeTurn.Dispose();
        }
    }

    private sealed class SavepointScope(SeoDbContext db, IDbContextTransaction transaction, string name) : ITransactionScope
    {
        private bool _completed;

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            // The enclosing transaction commits; a savepoint only needs forgetting.
            _completed = true;
            return Task.CompletedTask;
        }

        public async Task RollbackAsync(CancellationToken cancellationToken)
        {
            if (_completed)
            {
                return;
            }

            await transaction.RollbackToSavepointAsync(name, cancellationToken);
            db.ChangeTracker.Clear();
            _completed = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_completed)
            {
                await RollbackAsync(CancellationToken.None);
            }
        }
    }
}
