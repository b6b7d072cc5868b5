using Seo.Domain.Common;

namespace Seo.Domain.Devices;

/// <summary>A registrar registered a camera at a checkpoint's camera point.</summary>
public sealed record DeviceRegistered(Guid DeviceId, string Checkpoint, CameraPoint Point, CrossingDirection Direction, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The device got a new key; the old one stopped working at once.</summary>
public sealed record DeviceKeyRotated(Guid DeviceId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The device's key was revoked: it can no longer report.</summary>
public sealed record DeviceRevoked(Guid DeviceId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>Where a device draws its power from (R8: the site keeps at least 5 hours of autonomy).</summary>
public enum PowerSource
{
    Mains,
    Battery,
}

/// <summary>R8: a device reported it is alive, on what power and with how much autonomy left. Plain values only.</summary>
public sealed record DeviceHeartbeatReceived(
    Guid DeviceId, string Checkpoint, DeviceKind Kind, PowerSource Power, int? AutonomyMinutes, DateTimeOffset ReportedAt, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
