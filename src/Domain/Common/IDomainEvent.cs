namespace Seo.Domain.Common;

/// <summary>Something that happened to an aggregate. Every state change raises one; the outbox carries it to the read models.</summary>
public interface IDomainEvent
{
    /// <summary>Unique per event, so that projections can ignore a repeated delivery.</summary>
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}

/// <summary>Base record for domain events: a fresh id and the moment it happened.</summary>
public abstract record DomainEvent(DateTimeOffset OccurredAt) : IDomainEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();
}
