using Seo.Domain.Devices;

namespace Seo.Application.Devices.Common;

/// <summary>R8: one device's health as its checkpoint's officers see it.</summary>
/// <param name="Silent">No heartbeat for the configured silence time (counted from registration for a device never heard from).</param>
/// <param name="BackupPowerLow">On battery below the configured autonomy (R8: 5 hours), since the last heartbeat on mains.</param>
public sealed record DeviceHealthDto(
    Guid DeviceId,
    string Name,
    string Checkpoint,
    DeviceKind Kind,
    CameraPoint Point,
    DateTimeOffset? LastHeartbeatAt,
    DateTimeOffset? ReportedAt,
    PowerSource? Power,
    int? AutonomyMinutes,
    bool Silent,
    bool BackupPowerLow)
{
    public static DeviceHealthDto From(Device device, DeviceHealth? health, DateTimeOffset now, DeviceHealthPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(policy);
        return new(
            device.Id.Value, device.Name, device.Checkpoint.Value, device.Kind, device.Point,
            health?.LastHeartbeatAt, health?.LastReportedAt, health?.Power, health?.AutonomyMinutes,
            policy.IsSilent(health?.LastHeartbeatAt ?? device.RegisteredAt, now),
            health?.BackupPowerAlertedAt is not null);
    }
}

/// <summary>Every reporting device of a checkpoint, at <paramref name="AsOf"/>.</summary>
public sealed record CheckpointDeviceHealth(string Checkpoint, DateTimeOffset AsOf, int SilenceAfterSeconds, IReadOnlyList<DeviceHealthDto> Devices);
