using Seo.Domain.Common;

namespace Seo.Application.Common.Events;

/// <summary>
/// Reacts to a domain event inside the transaction that raised it, before that transaction's
/// save: what it changes (capacity given back, a barrier command, an alert) commits or rolls back
/// with the change that caused it. The unit of work runs every reaction once per event, also for
/// events raised by reactions, and no handler has to remember to call it. Work that may wait or
/// fail on its own (a message to a phone, a read model) belongs in an outbox handler instead.
/// </summary>
public interface IDomainEventReaction<in TEvent>
    where TEvent : IDomainEvent
{
    Task ReactAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
