using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;

namespace Seo.Domain.Tests.Devices;

public sealed class DeviceHealthTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset Now = Registered.AddHours(1);
    private static readonly DeviceHealthPolicy Policy = DeviceHealthPolicy.Default;

    private static Device Barrier() =>
        Device.Register(DeviceId.New(), "Zone gate", CheckpointCode.Create("DOSTYK").Value, CameraPoint.WaitingZoneEntry, CrossingDirection.Exit, Registered, DeviceKind.Barrier).Value.Device;

    [Fact]
    public void R8_the_default_policy_alerts_below_five_hours_of_autonomy_and_after_five_silent_minutes()
    {
        Policy.LowAutonomyMinutes.ShouldBe(300);
        Policy.SilenceAfter.ShouldBe(TimeSpan.FromMinutes(5));
        Policy.IsLowOnBackup(PowerSource.Battery, 299).ShouldBeTrue();
        Policy.IsLowOnBackup(PowerSource.Battery, 300).ShouldBeFalse();
        Policy.IsLowOnBackup(PowerSource.Battery, null).ShouldBeTrue();
        Policy.IsLowOnBackup(PowerSource.Mains, 0).ShouldBeFalse();
    }

    [Fact]
    public void R8_a_heartbeat_keeps_the_latest_state_and_raises_the_heartbeat_event()
    {
        var device = Barrier();
        var health = DeviceHealth.Of(device);

        var outcome = health.Record(PowerSource.Mains, 600, Now.AddSeconds(-2), Now, Policy);

        outcome.ShouldBe(new HeartbeatOutcome(false, false));
        health.LastHeartbeatAt.ShouldBe(Now);
        health.LastReportedAt.ShouldBe(Now.AddSeconds(-2));
        health.Power.ShouldBe(PowerSource.Mains);
        health.AutonomyMinutes.ShouldBe(600);
        var received = health.DomainEvents.OfType<DeviceHeartbeatReceived>().ShouldHaveSingleItem();
        received.DeviceId.ShouldBe(device.Id.Value);
        received.Kind.ShouldBe(DeviceKind.Barrier);
        received.Checkpoint.ShouldBe("DOSTYK");
    }

    [Fact]
    public void R8_an_earlier_heartbeat_arriving_late_proves_the_device_alive_but_does_not_replace_newer_state()
    {
        var health = DeviceHealth.Of(Barrier());
        health.Record(PowerSource.Battery, 400, Now, Now, Policy);

        health.Record(PowerSource.Mains, 900, Now.AddMinutes(-1), Now.AddMinutes(1), Policy);

        health.LastHeartbeatAt.ShouldBe(Now.AddMinutes(1));
        health.Power.ShouldBe(PowerSource.Battery);
        health.AutonomyMinutes.ShouldBe(400);
    }

    [Fact]
    public void R8_low_backup_power_is_alerted_once_per_episode_and_mains_ends_the_episode()
    {
        var health = DeviceHealth.Of(Barrier());

        health.Record(PowerSource.Battery, 320, Now, Now, Policy).BackupPowerLow.ShouldBeFalse();
        health.Record(PowerSource.Battery, 290, Now.AddMinutes(1), Now.AddMinutes(1), Policy).BackupPowerLow.ShouldBeTrue();
        health.Record(PowerSource.Battery, 280, Now.AddMinutes(2), Now.AddMinutes(2), Policy).BackupPowerLow.ShouldBeFalse();
        health.Record(PowerSource.Mains, null, Now.AddMinutes(3), Now.AddMinutes(3), Policy).BackupPowerLow.ShouldBeFalse();
        health.BackupPowerAlertedAt.ShouldBeNull();
        health.Record(PowerSource.Battery, 100, Now.AddMinutes(4), Now.AddMinutes(4), Policy).BackupPowerLow.ShouldBeTrue();
    }

    [Fact]
    public void R8_a_device_never_heard_from_is_silent_counted_from_its_registration()
    {
        var device = Barrier();
        var health = DeviceHealth.Of(device);

        health.MarkSilentIfDue(device.RegisteredAt, Registered.AddMinutes(4), Policy).ShouldBeFalse();
        health.MarkSilentIfDue(device.RegisteredAt, Registered.AddMinutes(5), Policy).ShouldBeTrue();
        health.DomainEvents.OfType<DeviceWentSilent>().ShouldHaveSingleItem().LastHeartbeatAt.ShouldBeNull();
    }

    [Fact]
    public void R8_silence_is_alerted_once_per_episode_and_again_after_the_device_came_back_and_fell_silent()
    {
        var device = Barrier();
        var health = DeviceHealth.Of(device);
        health.Record(PowerSource.Mains, null, Now, Now, Policy);

        health.MarkSilentIfDue(device.RegisteredAt, Now.AddMinutes(4), Policy).ShouldBeFalse();
        health.MarkSilentIfDue(device.RegisteredAt, Now.AddMinutes(5), Policy).ShouldBeTrue();
        health.MarkSilentIfDue(device.RegisteredAt, Now.AddMinutes(30), Policy).ShouldBeFalse();

        health.Record(PowerSource.Mains, null, Now.AddMinutes(31), Now.AddMinutes(31), Policy).CameBack.ShouldBeTrue();
        health.MarkSilentIfDue(device.RegisteredAt, Now.AddMinutes(35), Policy).ShouldBeFalse();
        health.MarkSilentIfDue(device.RegisteredAt, Now.AddMinutes(36), Policy).ShouldBeTrue();
    }
}
