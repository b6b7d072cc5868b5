using Mediator;
using Seo.Application.Crossings.Common;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Crossings.RecordAnprEvent;

/// <summary>
/// R10, R30: a camera reports a plate it read. The device (and so the checkpoint and camera
/// point) comes from its key, never from the body; the event id makes a resend harmless.
/// </summary>
/// <param name="DeviceId">The authenticated device.</param>
/// <param name="EventId">The camera's own id of the read.</param>
/// <param name="Checkpoint">Optional: a camera that names a checkpoint must name its own.</param>
/// <param name="Direction">Optional: the direction the camera saw; the device's own otherwise.</param>
public sealed record RecordAnprEvent(
    Guid DeviceId,
    Guid? EventId,
    DateTimeOffset? CapturedAt,
    string? Plate,
    double? Confidence,
    string? ImageReference,
    CrossingDirection? Direction,
    string? Checkpoint) : ICommand<Result<AnprEventDto>>;
