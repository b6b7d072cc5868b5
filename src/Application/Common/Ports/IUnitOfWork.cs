using Seo.Domain.Common;

namespace Seo.Application.Common.Ports;

/// <summary>
/// One transaction for a command: the aggregates it changed, the capacity it took and the
/// events it raised (outbox) commit together or not at all.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="operation"/>, which opens and commits its own transaction, as one
    /// retryable unit: if the store fails transiently (a failover, a deadlock victim) the
    /// transaction is rolled back and the operation runs again from the start, reading state
    /// afresh. Inside another such unit it simply runs; the outermost one retries.
    /// </summary>
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a transaction, or, inside one already open (an idempotent HTTP request), a
    /// savepoint that can be rolled back alone.
    /// </summary>
    Task<ITransactionScope> BeginAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs the in-transaction reactions (<see cref="Events.IDomainEventReaction{TEvent}"/>) to the
    /// events raised so far, now rather than at the save, for a handler that needs their effect
    /// before it goes on (e.g. a lapsed hold's place given back before a new one is taken). Each
    /// event is reacted to once, so the save does not repeat them.
    /// </summary>
    Task ReactToRaisedEventsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs the in-transaction reactions to every event raised so far (and to those the reactions
    /// raise), then writes the tracked changes and their domain events to the outbox, inside the
    /// open transaction.
    /// </summary>
    /// <exception cref="PersistenceConflictException">A uniqueness guard or a concurrent change stopped the write.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes a record that must outlive the request that made it, whatever its answer (the audit
    /// trail of registry checks, R20): at once, in a transaction of its own; or, inside a
    /// transaction already open (an idempotent HTTP request), in it, and — should that
    /// transaction roll back, as it does for a 5xx answer — again after the rollback, alone.
    /// </summary>
    Task KeepAsync(object record, CancellationToken cancellationToken);
}

public interface ITransactionScope : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Undoes everything written since the scope began and forgets the tracked changes.</summary>
    Task RollbackAsync(CancellationToken cancellationToken);
}

/// <summary>The store refused a write for a reason the Rules name (e.g. the R21 uniqueness guard) or a concurrent change.</summary>
public sealed class PersistenceConflictException : Exception
{
    public PersistenceConflictException(DomainError error, Exception? inner = null)
        : base(error?.ToString(), inner) => Error = error!;

    public PersistenceConflictException()
        : this(ConcurrencyErrors.ConcurrentChange)
    {
    }

    public PersistenceConflictException(string message)
        : this(ConcurrencyErrors.ConcurrentChange with { Message = message })
    {
    }

    public PersistenceConflictException(string message, Exception innerException)
        : this(ConcurrencyErrors.ConcurrentChange with { Message = message }, innerException)
    {
    }

    public DomainError Error { get; }
}

public static class ConcurrencyErrors
{
    public static readonly DomainError ConcurrentChange = new(
        "concurrent-change", "Someone changed this at the same moment; read it again and retry.", ErrorKind.Conflict);
}
