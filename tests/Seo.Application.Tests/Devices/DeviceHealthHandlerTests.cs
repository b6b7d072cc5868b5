using Seo.Application.Checkpoints;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Devices.Common;
using Seo.Application.Devices.Health;
using Seo.Application.Devices.RecordHeartbeat;
using Seo.Domain.Alerts;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Tests.Shared;

namespace Seo.Application.Tests.Devices;

public sealed class DeviceHealthHandlerTests
{
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private readonly List<Checkpoint> _checkpoints = [TestData.Dostyk()];
    private readonly List<Device> _devices = [];
    private readonly List<DeviceHealth> _health = [];
    private readonly List<CheckpointAlert> _alerts = [];
    private readonly DeviceOptions _options = new();
    private readonly Device _camera;
    private readonly Device _barrier;

    public DeviceHealthHandlerTests()
    {
        _camera = Register("Zone camera", DeviceKind.VideoCamera, CameraPoint.WaitingZone);
        _barrier = Register("Zone gate", DeviceKind.Barrier, CameraPoint.WaitingZoneEntry);
    }

    private Device Register(string name, DeviceKind kind, CameraPoint point)
    {
        var device = Device.Register(DeviceId.New(), name, _checkpoints[0].Id, point, CrossingDirection.Exit, _clock.GetUtcNow(), kind).Value.Device;
        _devices.Add(device);
        return device;
    }

    private Task<Result<DeviceHealthDto>> Heartbeat(Device device, PowerSource power = PowerSource.Mains, int? autonomy = null, DateTimeOffset? reportedAt = null) =>
        new RecordDeviceHeartbeatHandler(Substitutes.Repository(_devices), Substitutes.Repository(_health), Substitutes.Repository(_alerts), _options, _clock)
            .Handle(new RecordDeviceHeartbeat(device.Id.Value, power, autonomy, reportedAt ?? _clock.GetUtcNow()), CancellationToken.None).AsTask();

    private async Task<int> Sweep() =>
        (await new DetectSilentDevicesHandler(Substitutes.Repository(_devices), Substitutes.Repository(_health), Substitutes.Repository(_alerts), _options, _clock)
            .Handle(new DetectSilentDevices(), CancellationToken.None)).ShouldSucceed();

    private Task<Result<CheckpointDeviceHealth>> View(string code = "DOSTYK") =>
        new GetCheckpointDeviceHealthHandler(new CheckpointCatalog(Substitutes.Repository(_checkpoints), new CheckpointCatalog.Snapshot(), _clock), Substitutes.Repository(_devices), Substitutes.Repository(_health), _options, _clock)
            .Handle(new GetCheckpointDeviceHealth(code), CancellationToken.None).AsTask();

    private List<CheckpointAlert> Alerts(AlertKind kind) => [.. _alerts.Where(a => a.Kind == kind)];

    [Fact]
    public async Task R8_a_heartbeat_keeps_the_device_s_latest_power_and_autonomy_and_raises_the_heartbeat_event()
    {
        var dto = (await Heartbeat(_barrier, PowerSource.Battery, 420)).ShouldSucceed();

        dto.Power.ShouldBe(PowerSource.Battery);
        dto.AutonomyMinutes.ShouldBe(420);
        dto.Silent.ShouldBeFalse();
        dto.Kind.ShouldBe(DeviceKind.Barrier);
        var state = _health.ShouldHaveSingleItem();
        state.Id.ShouldBe(_barrier.Id);
        state.DomainEvents.OfType<DeviceHeartbeatReceived>().ShouldHaveSingleItem().AutonomyMinutes.ShouldBe(420);
        _alerts.ShouldBeEmpty();

        (await Heartbeat(_barrier, PowerSource.Mains)).ShouldSucceed();
        _health.ShouldHaveSingleItem().Power.ShouldBe(PowerSource.Mains);
    }

    [Fact]
    public async Task R8_battery_below_five_hours_alerts_the_checkpoint_once_per_episode()
    {
        (await Heartbeat(_camera, PowerSource.Battery, 310)).ShouldSucceed();
        Alerts(AlertKind.DeviceOnBackupPower).ShouldBeEmpty();

        _clock.Advance(TimeSpan.FromMinutes(1));
        (await Heartbeat(_camera, PowerSource.Battery, 299)).ShouldSucceed().BackupPowerLow.ShouldBeTrue();
        _clock.Advance(TimeSpan.FromMinutes(1));
        (await Heartbeat(_camera, PowerSource.Battery, 250)).ShouldSucceed();

        var alert = Alerts(AlertKind.DeviceOnBackupPower).ShouldHaveSingleItem();
        alert.DeviceId.ShouldBe(_camera.Id.Value);
        alert.Checkpoint.Value.ShouldBe("DOSTYK");
        alert.Message.ShouldContain("299");

        _clock.Advance(TimeSpan.FromMinutes(1));
        (await Heartbeat(_camera, PowerSource.Mains)).ShouldSucceed();
        _clock.Advance(TimeSpan.FromMinutes(1));
        (await Heartbeat(_camera, PowerSource.Battery, 200)).ShouldSucceed();
        Alerts(AlertKind.DeviceOnBackupPower).Count.ShouldBe(2);
    }

    [Fact]
    public async Task R8_the_low_autonomy_threshold_is_configurable()
    {
        _options.LowAutonomyMinutes = 60;

        (await Heartbeat(_camera, PowerSource.Battery, 120)).ShouldSucceed();
        _alerts.ShouldBeEmpty();
        (await Heartbeat(_camera, PowerSource.Battery, 59)).ShouldSucceed();
        Alerts(AlertKind.DeviceOnBackupPower).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task R8_a_heartbeat_beyond_the_clock_skew_or_too_old_is_unprocessable_and_changes_nothing()
    {
        var now = _clock.GetUtcNow();

        (await Heartbeat(_camera, reportedAt: now + _options.ClockSkew + TimeSpan.FromSeconds(1))).ShouldFailWith(DeviceClock.AheadCode).Kind.ShouldBe(ErrorKind.Unprocessable);
        (await Heartbeat(_camera, reportedAt: now - _options.MaxHeartbeatAge - TimeSpan.FromSeconds(1))).ShouldFailWith(DeviceClock.TooOldCode);
        _health.ShouldBeEmpty();
    }

    [Fact]
    public async Task R8_a_revoked_device_s_heartbeat_is_refused_as_unauthenticated()
    {
        _camera.Revoke(_clock.GetUtcNow());

        (await Heartbeat(_camera)).ShouldFailWith("invalid-device-key").Kind.ShouldBe(ErrorKind.Unauthenticated);
    }

    [Fact]
    public async Task R8_a_silent_device_raises_one_alert_however_often_the_sweep_runs_and_another_after_it_came_back_and_fell_silent()
    {
        (await Heartbeat(_camera)).ShouldSucceed();
        (await Heartbeat(_barrier)).ShouldSucceed();

        _clock.Advance(TimeSpan.FromMinutes(4));
        (await Heartbeat(_barrier)).ShouldSucceed();
        (await Sweep()).ShouldBe(0);

        _clock.Advance(TimeSpan.FromMinutes(1));
        (await Sweep()).ShouldBe(1);
        (await Sweep()).ShouldBe(0);
        _clock.Advance(TimeSpan.FromMinutes(30));
        (await Heartbeat(_barrier)).ShouldSucceed();
        (await Sweep()).ShouldBe(0);
        var silent = Alerts(AlertKind.DeviceSilent).ShouldHaveSingleItem();
        silent.DeviceId.ShouldBe(_camera.Id.Value);

        (await Heartbeat(_camera)).ShouldSucceed();
        _clock.Advance(TimeSpan.FromMinutes(5));
        (await Sweep()).ShouldBe(2);
        Alerts(AlertKind.DeviceSilent).Count.ShouldBe(3);
    }

    [Fact]
    public async Task R8_a_device_never_heard_from_is_silent_counted_from_its_registration_and_a_revoked_one_never()
    {
        var revoked = Register("Old camera", DeviceKind.AnprCamera, CameraPoint.CheckpointEntry);
        revoked.Revoke(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromMinutes(4));
        (await Sweep()).ShouldBe(0);

        _clock.Advance(TimeSpan.FromMinutes(1));
        (await Sweep()).ShouldBe(2);

        Alerts(AlertKind.DeviceSilent).Select(a => a.DeviceId).ShouldBe([_camera.Id.Value, _barrier.Id.Value], ignoreOrder: true);
        _health.Count.ShouldBe(2);
        (await Sweep()).ShouldBe(0);
    }

    [Fact]
    public async Task R8_the_health_view_lists_every_reporting_device_of_the_checkpoint_with_its_last_heartbeat_and_silence()
    {
        (await Heartbeat(_camera, PowerSource.Battery, 100)).ShouldSucceed();
        _clock.Advance(TimeSpan.FromMinutes(3));
        (await Heartbeat(_camera, PowerSource.Battery, 90)).ShouldSucceed();
        _clock.Advance(TimeSpan.FromMinutes(3));

        var view = (await View("dostyk")).ShouldSucceed();

        view.Checkpoint.ShouldBe("DOSTYK");
        view.SilenceAfterSeconds.ShouldBe(300);
        var camera = view.Devices.Single(d => d.DeviceId == _camera.Id.Value);
        camera.Silent.ShouldBeFalse();
        camera.Power.ShouldBe(PowerSource.Battery);
        camera.AutonomyMinutes.ShouldBe(90);
        camera.BackupPowerLow.ShouldBeTrue();
        camera.LastHeartbeatAt.ShouldBe(_clock.GetUtcNow().AddMinutes(-3));
        camera.Point.ShouldBe(CameraPoint.WaitingZone);
        var barrier = view.Devices.Single(d => d.DeviceId == _barrier.Id.Value);
        barrier.Silent.ShouldBeTrue();
        barrier.LastHeartbeatAt.ShouldBeNull();
        barrier.Kind.ShouldBe(DeviceKind.Barrier);

        (await View("KHORGOS")).ShouldFailWith("checkpoint-not-found");
    }
}
