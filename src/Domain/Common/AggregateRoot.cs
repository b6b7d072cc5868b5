namespace Seo.Domain.Common;

/// <summary>
/// A consistency boundary. State changes only through methods that check the Rules and raise
/// events; the persistence layer writes the events to the outbox in the same transaction.
/// </summary>
public abstract class AggregateRoot<TId> : IHasDomainEvents
    where TId : notnull
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public TId Id { get; protected set; } = default!;

    /// <summary>Incremented on every change; the store uses it as an optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent)
    {
        _domainEvents.Add(domainEvent);
        Version++;
    }

    public void ClearDomainEvents() => _domainEvents.Clear();
}

/// <summary>Lets infrastructure collect events without knowing each aggregate's id type.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
