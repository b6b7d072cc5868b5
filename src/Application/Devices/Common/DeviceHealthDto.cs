using Seo.Application.Common.Mapping;
using Seo.Domain.Checkpoints;
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
    public static DeviceHealthDto From(Device device, DeviceHealth? health, DateTimeOffset now, DeviceHealthPolicy policy) =>
        From(ReportingDeviceRow.Of(device), health is null ? null : DeviceHealthReading.Of(health), now, policy);

    public static DeviceHealthDto From(ReportingDeviceRow device, DeviceHealthReading? health, DateTimeOffset now, DeviceHealthPolicy policy)
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

/// <summary>The columns of a reporting device its health shows.</summary>
public sealed record ReportingDeviceRow(DeviceId Id, string Name, CheckpointCode Checkpoint, DeviceKind Kind, CameraPoint Point, DateTimeOffset RegisteredAt)
{
    /// <summary>As a query selects it, reading only these columns; <see cref="Of"/> runs it on a loaded device.</summary>
    public static Projection<Device, ReportingDeviceRow> Projection { get; } = new(device => new ReportingDeviceRow(
        device.Id, device.Name, device.Checkpoint, device.Kind, device.Point, device.RegisteredAt));

    public static ReportingDeviceRow Of(Device device) => Projection.Of(device);
}

/// <summary>The columns of a device's health record its health shows.</summary>
public sealed record DeviceHealthReading(
    DeviceId DeviceId, DateTimeOffset? LastHeartbeatAt, DateTimeOffset? LastReportedAt, PowerSource? Power, int? AutonomyMinutes, DateTimeOffset? BackupPowerAlertedAt)
{
    /// <summary>As a query selects it, reading only these columns; <see cref="Of"/> runs it on a loaded record.</summary>
    public static Projection<DeviceHealth, DeviceHealthReading> Projection { get; } = new(health => new DeviceHealthReading(
        health.Id, health.LastHeartbeatAt, health.LastReportedAt, health.Power, health.AutonomyMinutes, health.BackupPowerAlertedAt));

    public static DeviceHealthReading Of(DeviceHealth health) => Projection.Of(health);
}

/// <summary>Every reporting device of a checkpoint, at <paramref name="AsOf"/>.</summary>
public sealed record CheckpointDeviceHealth(string Checkpoint, DateTimeOffset AsOf, int SilenceAfterSeconds, IReadOnlyList<DeviceHealthDto> Devices);
