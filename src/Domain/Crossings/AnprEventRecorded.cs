using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Crossings;

/// <summary>
/// A camera's plate read was stored (R10): the crossing log indexes it. Plain values only, so the
/// outbox payload reads back without the domain's value objects.
/// </summary>
/// <param name="AnprEventId">The camera's own event id: the crossing's id in every read model.</param>
/// <param name="Outcome">What the read did to the journey; only <see cref="ReadOutcome.Advanced"/> opens the barrier at <paramref name="Point"/> (R11).</param>
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
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
