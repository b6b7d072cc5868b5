using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Devices;

/// <summary>
/// R8: when a device counts as silent and when its backup power counts as low. R8 asks the site to
/// keep at least 5 hours of autonomy, so less than that on battery is worth an alert.
/// </summary>
/// <param name="SilenceAfter">A device with no heartbeat for this long is silent.</param>
/// <param name="LowAutonomyMinutes">On battery with less autonomy than this (in minutes), the backup power is low.</param>
public sealed record DeviceHealthPolicy(TimeSpan SilenceAfter, int LowAutonomyMinutes)
{
    /// <summary>R8: at least 5 hours of autonomy.</summary>
    public const int R8MinimumAutonomyMinutes = 300;

    public static readonly TimeSpan DefaultSilenceAfter = TimeSpan.FromMinutes(5);

    public static DeviceHealthPolicy Default { get; } = new(DefaultSilenceAfter, R8MinimumAutonomyMinutes);

    /// <summary>
    /// Whether a device last heard from at <paramref name="lastHeard"/> is silent at <paramref name="now"/>.
    /// A device that never sent a heartbeat counts from its registration.
    /// </summary>
    public bool IsSilent(DateTimeOffset lastHeard, DateTimeOffset now) => now - lastHeard >= SilenceAfter;

    /// <summary>
    /// Whether a heartbeat on <paramref name="power"/> with <paramref name="autonomyMinutes"/> left means
    /// low backup power. On battery without a figure the 5 hours of R8 cannot be shown, so it counts as low.
    /// </summary>
    public bool IsLowOnBackup(PowerSource power, int? autonomyMinutes) =>
        power == PowerSource.Battery && (autonomyMinutes is null || autonomyMinutes < LowAutonomyMinutes);
}

/// <summary>What a heartbeat changed that the officers must hear about.</summary>
/// <param name="BackupPowerLow">A new episode of low backup power began: alert once.</param>
/// <param name="CameBack">The device was silent (alerted) and is heard again: its silence episode ended.</param>
public readonly record struct HeartbeatOutcome(bool BackupPowerLow, bool CameBack);

/// <summary>
/// R8: the latest health a device reported (power, autonomy, when it was last heard), kept apart
/// from the <see cref="Device"/> itself (whose key and registration change rarely) and keyed by the
/// device's id. It also remembers the alert episodes, so that a silent device or low backup power
/// is reported once per episode, not at every sweep or heartbeat.
/// </summary>
public sealed class DeviceHealth : AggregateRoot<DeviceId>
{
    private DeviceHealth()
    {
    }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public DeviceKind Kind { get; private set; }

    /// <summary>When the server last received a heartbeat (its own clock: silence is measured on it).</summary>
    public DateTimeOffset? LastHeartbeatAt { get; private set; }

    /// <summary>When the device said it sent that heartbeat (its own clock).</summary>
    public DateTimeOffset? LastReportedAt { get; private set; }

    public PowerSource? Power { get; private set; }

    public int? AutonomyMinutes { get; private set; }

    /// <summary>Set while a silence episode is open: the DeviceSilent alert was raised then.</summary>
    public DateTimeOffset? SilenceAlertedAt { get; private set; }

    /// <summary>Set while a low backup power episode is open: the DeviceOnBackupPower alert was raised then.</summary>
    public DateTimeOffset? BackupPowerAlertedAt { get; private set; }

    /// <summary>The health record of a device nothing was heard from yet.</summary>
    public static DeviceHealth Of(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new DeviceHealth { Id = device.Id, Checkpoint = device.Checkpoint, Kind = device.Kind };
    }

    /// <summary>
    /// A heartbeat: the device is alive now. Its power and autonomy replace the ones kept unless an
    /// earlier-sent heartbeat arrives late (then only "heard now" counts). Ends an open silence episode;
    /// opens a low backup power episode (once) on battery below the policy's autonomy; mains ends it.
    /// </summary>
    public HeartbeatOutcome Record(PowerSource power, int? autonomyMinutes, DateTimeOffset reportedAt, DateTimeOffset now, DeviceHealthPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var cameBack = SilenceAlertedAt is not null;
        SilenceAlertedAt = null;
        LastHeartbeatAt = now;
        var backupPowerLow = false;
        if (LastReportedAt is null || reportedAt >= LastReportedAt)
        {
            LastReportedAt = reportedAt.ToUniversalTime();
            Power = power;
            AutonomyMinutes = autonomyMinutes;
            if (power == PowerSource.Mains)
            {
                BackupPowerAlertedAt = null;
            }
            else if (BackupPowerAlertedAt is null && policy.IsLowOnBackup(power, autonomyMinutes))
            {
                BackupPowerAlertedAt = now;
                backupPowerLow = true;
            }
        }

        Raise(new DeviceHeartbeatReceived(Id.Value, Checkpoint.Value, Kind, power, autonomyMinutes, reportedAt, now));
        return new HeartbeatOutcome(backupPowerLow, cameBack);
    }

    /// <summary>
    /// The sweep's look: true (once per episode) when the device has been silent for the policy's time,
    /// counted from its last heartbeat or, if it never sent one, from <paramref name="registeredAt"/>.
    /// </summary>
    public bool MarkSilentIfDue(DateTimeOffset registeredAt, DateTimeOffset now, DeviceHealthPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (SilenceAlertedAt is not null || !policy.IsSilent(LastHeartbeatAt ?? registeredAt, now))
        {
            return false;
        }

        SilenceAlertedAt = now;
        Raise(new DeviceWentSilent(Id.Value, Checkpoint.Value, Kind, LastHeartbeatAt, now));
        return true;
    }
}

/// <summary>R8: a device sent no heartbeat for the configured time (or never did since it was registered).</summary>
public sealed record DeviceWentSilent(Guid DeviceId, string Checkpoint, DeviceKind Kind, DateTimeOffset? LastHeartbeatAt, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
