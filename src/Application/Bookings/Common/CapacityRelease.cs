using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings.Events;

namespace Seo.Application.Bookings.Common;

/// <summary>
/// Gives capacity back for what a booking let go of, following the events it raised, inside the
/// transaction that raised them: the one place that knows which events free which interval, so
/// no handler has to remember to call it. R35, R28: an annulled no-show or late vehicle's place
/// was used up, not freed, and a vehicle on its journey keeps its place.
/// </summary>
public sealed class CapacityRelease(ICapacityLedger ledger)
    : IDomainEventReaction<BookingRescheduled>,
      IDomainEventReaction<PendingRescheduleReleased>,
      IDomainEventReaction<BookingCancelled>,
      IDomainEventReaction<BookingExpired>,
      IDomainEventReaction<BookingMovedByCapacityCut>,
      IDomainEventReaction<BookingDisplaced>
{
    public Task ReactAsync(BookingRescheduled domainEvent, CancellationToken cancellationToken) =>
        ledger.ReleaseAsync(domainEvent!.Checkpoint, domainEvent.From, domainEvent.Priority, cancellationToken);

    public Task ReactAsync(PendingRescheduleReleased domainEvent, CancellationToken cancellationToken) =>
        ledger.ReleaseAsync(domainEvent!.Checkpoint, domainEvent.Interval, domainEvent.Priority, cancellationToken);

    public Task ReactAsync(BookingCancelled domainEvent, CancellationToken cancellationToken) =>
        ledger.ReleaseAsync(domainEvent!.Checkpoint, domainEvent.Interval, domainEvent.Priority, cancellationToken);

    public Task ReactAsync(BookingExpired domainEvent, CancellationToken cancellationToken) =>
        ledger.ReleaseAsync(domainEvent!.Checkpoint, domainEvent.Interval, domainEvent.Priority, cancellationToken);

    public Task ReactAsync(BookingMovedByCapacityCut domainEvent, CancellationToken cancellationToken) =>
        ledger.ReleaseAsync(domainEvent!.Checkpoint, domainEvent.From, domainEvent.Priority, cancellationToken);

    public Task ReactAsync(BookingDisplaced domainEvent, CancellationToken cancellationToken) =>
        ledger.ReleaseAsync(domainEvent!.Checkpoint, domainEvent.Interval, domainEvent.Priority, cancellationToken);
}
