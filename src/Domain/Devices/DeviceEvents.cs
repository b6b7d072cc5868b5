using Seo.Domain.Common;

namespace Seo.Domain.Devices;

/// <summary>A registrar registered a camera at a checkpoint's camera point.</summary>
public sealed record DeviceRegistered(Guid DeviceId, string Checkpoint, CameraPoint Point, CrossingDirection Direction, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The device got a new key; the old one stopped working at once.</summary>
public sealed record DeviceKeyRotated(Guid DeviceId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The device's key was revoked: it can no longer report.</summary>
public sealed record DeviceRevoked(Guid DeviceId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
