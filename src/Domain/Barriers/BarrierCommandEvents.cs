using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Barriers;

/// <summary>R11: a barrier was told to open or close, by the system on a read or by staff with a reason. Plain values only, for the live view.</summary>
public sealed record BarrierCommandIssued(
    Guid CommandId,
    Guid BarrierId,
    string Checkpoint,
    CameraPoint Point,
    BarrierAction Action,
    BarrierCommandSource Source,
    string IssuedBy,
    Guid? IssuedByAccountId,
    string Reason,
    string? Plate,
    Guid? BookingId,
    string? BookingNumber,
    Guid? AnprEventId,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The barrier collected the command (its <paramref name="Attempt"/>-th delivery).</summary>
public sealed record BarrierCommandDelivered(Guid CommandId, Guid BarrierId, string Checkpoint, int Attempt, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>A delivery went unanswered past the acknowledgement timeout: the command waits to be collected again.</summary>
public sealed record BarrierCommandRequeued(Guid CommandId, Guid BarrierId, string Checkpoint, int AttemptsSoFar, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The barrier answered the command: carried out (<see cref="BarrierAckOutcome.Done"/>) or not.</summary>
/// <param name="AfterFailure">The answer came after the command had been given up (the officers were already alerted).</param>
public sealed record BarrierCommandAcknowledged(
    Guid CommandId,
    Guid BarrierId,
    string Checkpoint,
    CameraPoint Point,
    BarrierAction Action,
    BarrierAckOutcome Outcome,
    string? Detail,
    string? Plate,
    Guid? BookingId,
    bool AfterFailure,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>R11: the command was given up unanswered (after its deliveries, or never collected); the officers are alerted once.</summary>
public sealed record BarrierCommandFailed(
    Guid CommandId,
    Guid BarrierId,
    string Checkpoint,
    CameraPoint Point,
    BarrierAction Action,
    int Attempts,
    string Reason,
    string? Plate,
    Guid? BookingId,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
