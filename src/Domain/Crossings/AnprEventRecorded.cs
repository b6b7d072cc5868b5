using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Crossings;

/// <summary>
/// A camera's plate read was stored (R10): the crossing log indexes it. Plain values only, so the
/// outbox payload reads back without the domain's value objects.
/// </summary>
/// <param name="AnprEventId">The camera's own event id: the crossing's id in every read model.</param>
/// <param name="Outcome">What the read did to the journey; only <see cref="ReadOutcome.Advanced"/> opens the barrier at <paramref name="Point"/> (R11).</param>
/// <param name="EnteredBy">R10: the officer's account id when the read was entered by hand for the camera; null for the camera's own read (and in events written before manual reads existed).</param>
/// <param name="ManualReason">Why the officer entered it by hand.</param>
public sealed record AnprEventRecorded(
    Guid AnprEventId,
    Guid DeviceId,
    string Checkpoint,
    CameraPoint Point,
    CrossingDirection Direction,
    string Plate,
    double Confidence,
    string? ImageReference,
    DateTimeOffset CapturedAt,
    Guid? BookingId,
    string? BookingNumber,
    string? Vin,
    ReadOutcome Outcome,
    DateTimeOffset OccurredAt,
    Guid? EnteredBy = null,
    string? ManualReason = null) : DomainEvent(OccurredAt);
