using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Transactions over the write store. The outermost scope owns a database transaction; a scope
/// opened inside it (a command inside an idempotent HTTP request) is a savepoint, so the command
/// can be undone while the stored answer still commits.
/// </summary>
internal sealed class EfUnitOfWork(SeoDbContext db, DomainEventReactions reactions) : IUnitOfWork
{
    /// <summary>Reactions raising events that raise events again, this deep, are a loop, not a cascade.</summary>
    private const int MaxReactionRounds = 8;

    private readonly HashSet<Guid> _reactedTo = [];

    /// <summary>A unit of work that runs no reactions: for tests of the store alone.</summary>
    public EfUnitOfWork(SeoDbContext db)
        : this(db, DomainEventReactions.None)
    {
    }
    private readonly UnitState _state = new();
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
        // as a whole, in a new transaction, on state read afresh (a failed scope forgets its
        // tracked changes). A commit whose acknowledgement was lost is not retried blindly: the
        // scope checks whether it went through (TransactionScope.CommitAsync).
        return db.Database.CreateExecutionStrategy().ExecuteAsync(operation, cancellationToken);
    }

    public async Task<ITransactionScope> BeginAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } current)
        {
            var name = $"sp{++_savepoints}";
            await current.CreateSavepointAsync(name, cancellationToken);
            return new SavepointScope(db, current, name, _state);
        }

        var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        try
        {
            _state.Doomed = false;
            _state.Kept.Clear();
            db.ForgetWrittenEvents();
            return new TransactionScope(db, await db.Database.BeginTransactionAsync(cancellationToken), turn, _state);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        await ReactToRaisedEventsAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReactToRaisedEventsAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            var fresh = db.ChangeTracker.Entries<IHasDomainEvents>()
                .SelectMany(e => e.Entity.DomainEvents)
                .Where(e => _reactedTo.Add(e.EventId))
                .ToList();
            if (fresh.Count == 0)
            {
                return;
            }

            if (round == MaxReactionRounds)
            {
                throw new InvalidOperationException($"Domain event reactions still raised events after {MaxReactionRounds} rounds: {string.Join(", ", fresh.Select(e => e.GetType().Name).Distinct())}.");
            }

            foreach (var domainEvent in fresh)
            {
                await reactions.ReactAsync(domainEvent, cancellationToken);
            }
        }
    }

    public async Task KeepAsync(object record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (db.Database.CurrentTransaction is null)
        {
            await RunAsync(token => WriteAsync(record, token), cancellationToken);
            return;
        }

        // Inside an idempotent request: written with its stored answer, and rewritten by the
        // outermost scope if the request's transaction rolls back (TransactionScope.RollbackAsync).
        await WriteAsync(record, cancellationToken);
        _state.Kept.Add(record);
    }

    private async Task<bool> WriteAsync(object record, CancellationToken cancellationToken)
    {
        await using var scope = await BeginAsync(cancellationToken);
        if (!await db.IsStoredAsync(record, cancellationToken))
        {
            db.Add(record);
            await db.SaveChangesAsync(cancellationToken);
        }

        await scope.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// What the scopes of one unit share: whether an inner scope failed to undo its writes, and the
    /// records that must outlive the outermost transaction (<see cref="KeepAsync"/>).
    /// </summary>
    internal sealed class UnitState
    {
        public bool Doomed { get; set; }

        public List<object> Kept { get; } = [];
    }
}
