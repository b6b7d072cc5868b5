using System.Globalization;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Alerts;
using Seo.Domain.Barriers;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Barriers.Alerts;

/// <summary>
/// R11: the officers are alerted, in the same transaction, when a barrier command is given up
/// unanswered (<see cref="AlertKind.BarrierUnacknowledged"/>) or the barrier reports it could not
/// carry it out (<see cref="AlertKind.BarrierFault"/>). Each follows a state change that happens
/// once per command, so each alert is raised once.
/// </summary>
public sealed class BarrierCommandAlerts(IRepository<CheckpointAlert> alerts, TimeProvider clock)
    : IDomainEventReaction<BarrierCommandFailed>,
      IDomainEventReaction<BarrierCommandAcknowledged>
{
    public Task ReactAsync(BarrierCommandFailed domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Barrier at {domainEvent.Point} did not acknowledge the {domainEvent.Action} command ({domainEvent.Reason}); check the barrier and work it by hand.");
        return RaiseAsync(domainEvent.Checkpoint, AlertKind.BarrierUnacknowledged, message, domainEvent.BarrierId, domainEvent.Plate, domainEvent.BookingId, cancellationToken);
    }

    public Task ReactAsync(BarrierCommandAcknowledged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.Outcome != BarrierAckOutcome.Failed)
        {
            return Task.CompletedTask;
        }

        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Barrier at {domainEvent.Point} could not {domainEvent.Action.ToString().ToLowerInvariant()}{(domainEvent.Detail is null ? string.Empty : $": {domainEvent.Detail}")}.");
        return RaiseAsync(domainEvent.Checkpoint, AlertKind.BarrierFault, message, domainEvent.BarrierId, domainEvent.Plate, domainEvent.BookingId, cancellationToken);
    }

    private Task RaiseAsync(string checkpoint, AlertKind kind, string message, Guid barrier, string? plate, Guid? booking, CancellationToken cancellationToken) =>
        alerts.AddAsync(
            CheckpointAlert.Raise(CheckpointCode.Create(checkpoint).Value, kind, message, clock.GetUtcNow(), barrier, plate, booking is { } id ? new BookingId(id) : null),
            cancellationToken);
}
