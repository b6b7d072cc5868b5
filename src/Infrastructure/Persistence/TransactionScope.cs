using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Persistence;

/// <summary>The outermost scope of a unit of work: one database transaction.</summary>
internal sealed class TransactionScope(SeoDbContext db, IDbContextTransaction transaction, IDisposable writeTurn, EfUnitOfWork.UnitState unit)
    : ITransactionScope
{
    private bool _completed;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (unit.Doomed)
        {
            // An inner scope's writes could not be undone: committing would keep them.
            await RollbackAsync(CancellationToken.None);
            throw new InvalidOperationException("A savepoint could not be rolled back, so the transaction was abandoned.");
        }

        try
        {
            // Once sent, a commit is not abandoned because the caller went away.
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            _completed = true;
            await ForgetAsync();
            if (await WentThroughAsync())
            {
                // Only the acknowledgement was lost: the unit is done; running it again would
                // do it twice.
                return;
            }

            // Nothing committed: a transient failure lets the execution strategy run the unit again.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            writeTurn.Dispose();
        }

        _completed = true;
        unit.Kept.Clear();
    }

    /// <summary>Undoes the transaction. Best effort: when the connection is already gone, so is the
    /// transaction, and the failure that got us here is the one the caller must see.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The server ends a transaction whose connection broke; nothing is left to undo.
        }
        finally
        {
            db.ChangeTracker.Clear();
            try
            {
                await WriteKeptRecordsAsync();
            }
            finally
            {
                writeTurn.Dispose();
            }
        }
    }

    /// <summary>
    /// Records that must outlive the unit (<see cref="EfUnitOfWork.KeepAsync"/>) went with the
    /// rollback: written again, alone, while this scope still holds the write turn. Best effort
    /// like the rollback: when the store is gone, the failure that got us here is the one to
    /// report, and a retried request runs its checks and records them again.
    /// </summary>
    private async Task WriteKeptRecordsAsync()
    {
        if (unit.Kept.Count == 0)
        {
            return;
        }

        var kept = unit.Kept.ToList();
        unit.Kept.Clear();
        try
        {
            await using var alone = await db.Database.BeginTransactionAsync(CancellationToken.None);
            foreach (var record in kept)
            {
                if (!await db.IsStoredAsync(record, CancellationToken.None))
                {
                    db.Add(record);
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);
            await alone.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // See above: the original failure decides.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await RollbackAsync(CancellationToken.None);
        }

        await ForgetAsync();
        writeTurn.Dispose();
    }

    private async Task ForgetAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Disposing a transaction on a broken connection may fail too; it is gone either way.
        }
    }

    /// <summary>
    /// After a failed commit: is the first outbox event this transaction wrote in the store? Every
    /// change raises an event, so a unit that changed anything wrote one, in the same transaction.
    /// A unit that wrote no event changed nothing that running it again could double.
    /// </summary>
    private async Task<bool> WentThroughAsync()
    {
        if (db.WrittenEventIds.Count == 0)
        {
            return false;
        }

        var marker = db.WrittenEventIds[0];
        try
        {
            return await db.OutboxMessages.AsNoTracking().AnyAsync(m => m.EventId == marker, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The store cannot be asked either: let the original failure decide.
            return false;
        }
    }
}

/// <summary>A scope inside an open transaction: a savepoint the scope can roll back alone.</summary>
internal sealed class SavepointScope(SeoDbContext db, IDbContextTransaction transaction, string name, EfUnitOfWork.UnitState unit)
    : ITransactionScope
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

        _completed = true;
        try
        {
            await transaction.RollbackToSavepointAsync(name, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The writes since the savepoint may still be in the transaction: it must not commit.
            unit.Doomed = true;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await RollbackAsync(CancellationToken.None);
        }
    }
}
