using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Devices.Health;
using Seo.Domain.Alerts;
using Seo.Domain.Devices;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Devices;

/// <summary>R8 over HTTP: heartbeats, alerts on silence and low backup power, and the checkpoint's device health.</summary>
public sealed class DeviceHealthApiTests
{
    private const string Heartbeats = "/api/v1/devices/heartbeats";

    private static object Beat(SeoApiFactory api, string power = "Mains", int? autonomyMinutes = null, TimeSpan? sentAgo = null) => new
    {
        power,
        autonomyMinutes,
        reportedAt = (api.Clock.GetUtcNow() - (sentAgo ?? TimeSpan.FromSeconds(1))).ToOffset(TimeSpan.FromHours(5)).ToString("O", CultureInfo.InvariantCulture),
    };

    private static Task<int> AlertsAsync(SeoApiFactory api, AlertKind kind) => api.ReadStoreAsync(db => db.CheckpointAlerts.CountAsync(a => a.Kind == kind));

    [Fact]
    public async Task R8_a_device_s_heartbeat_is_kept_and_battery_below_five_hours_alerts_the_checkpoint_once()
    {
        await using var api = new SeoApiFactory();
        var barrier = await api.DeviceAsync(DeviceKind.Barrier, CameraPoint.WaitingZoneEntry);

        var mains = await (await barrier.Client.PostAsJsonAsync(Heartbeats, Beat(api))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await barrier.Client.PostAsJsonAsync(Heartbeats, Beat(api, "Battery", 280))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var low = await (await barrier.Client.PostAsJsonAsync(Heartbeats, Beat(api, "Battery", 270))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        mains.Str("power").ShouldBe("Mains");
        low.Number("autonomyMinutes").ShouldBe(270);
        low["backupPowerLow"]!.GetValue<bool>().ShouldBeTrue();
        (await AlertsAsync(api, AlertKind.DeviceOnBackupPower)).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.DeviceHealth.CountAsync())).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync(m => m.Type == "DeviceHeartbeatReceived"))).ShouldBe(3);
    }

    [Fact]
    public async Task R8_a_heartbeat_off_the_server_s_clock_is_422_a_bad_one_400_and_a_wrong_key_401()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.DeviceAsync(DeviceKind.VideoCamera, CameraPoint.WaitingZone);
        using var wrongKey = api.CameraClient("seo_dev_" + Guid.NewGuid().ToString("N") + "_not-the-key");

        await (await camera.Client.PostAsJsonAsync(Heartbeats, Beat(api, sentAgo: TimeSpan.FromMinutes(-5)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "device-clock-ahead");
        await (await camera.Client.PostAsJsonAsync(Heartbeats, Beat(api, sentAgo: TimeSpan.FromHours(2)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "device-report-too-old");
        await (await camera.Client.PostAsJsonAsync(Heartbeats, Beat(api, "Battery", -1))).ShouldBeValidationProblemAsync("invalid-autonomy", "autonomyMinutes");
        await (await wrongKey.PostAsJsonAsync(Heartbeats, Beat(api))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        (await api.ReadStoreAsync(db => db.DeviceHealth.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task R8_officers_see_each_device_s_health_and_a_silent_one_is_alerted_once()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var reporting = await api.DeviceAsync(DeviceKind.VideoCamera, CameraPoint.WaitingZone);
        var quiet = await api.DeviceAsync(DeviceKind.Barrier, CameraPoint.WaitingZoneExit);
        var elsewhere = await api.DeviceAsync(DeviceKind.AnprCamera, CameraPoint.CheckpointEntry, "KHORGOS");
        await (await reporting.Client.PostAsJsonAsync(Heartbeats, Beat(api, "Battery", 400))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromMinutes(4));
        await (await reporting.Client.PostAsJsonAsync(Heartbeats, Beat(api, "Battery", 396))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromMinutes(1));

        // The sweep looks at every checkpoint: Dostyk's barrier and Khorgos' camera never reported since registration.
        (await api.SendAsync(new DetectSilentDevices())).Value.ShouldBe(2);
        (await api.SendAsync(new DetectSilentDevices())).Value.ShouldBe(0);
        var view = await officer.Client.GetJsonAsync("/api/v1/admin/checkpoints/dostyk/devices/health");

        view.Str("checkpoint").ShouldBe("DOSTYK");
        var devices = view["devices"]!.AsArray();
        devices.Count.ShouldBe(2);
        var camera = devices.Single(d => d.Str("deviceId") == reporting.Id.ToString())!;
        camera.Str("kind").ShouldBe("VideoCamera");
        camera.Str("point").ShouldBe("WaitingZone");
        camera.Str("power").ShouldBe("Battery");
        camera.Number("autonomyMinutes").ShouldBe(396);
        camera["silent"]!.GetValue<bool>().ShouldBeFalse();
        camera.Str("lastHeartbeatAt").ShouldNotBeNullOrEmpty();
        var barrier = devices.Single(d => d.Str("deviceId") == quiet.Id.ToString())!;
        barrier["silent"]!.GetValue<bool>().ShouldBeTrue();
        barrier["lastHeartbeatAt"].ShouldBeNull();
        var alerts = await api.ReadStoreAsync(db => db.CheckpointAlerts.Where(a => a.Kind == AlertKind.DeviceSilent).ToListAsync());
        alerts.Select(a => (a.DeviceId, a.Checkpoint.Value)).ShouldBe([(quiet.Id, "DOSTYK"), (elsewhere.Id, "KHORGOS")], ignoreOrder: true);
    }

    [Fact]
    public async Task R8_the_health_view_is_for_officers_and_the_registrar_of_a_known_checkpoint()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        using var anonymous = api.CreateClient();

        (await anonymous.GetAsync("/api/v1/admin/checkpoints/DOSTYK/devices/health")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await carrier.Client.GetAsync("/api/v1/admin/checkpoints/DOSTYK/devices/health")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await registrar.Client.GetAsync("/api/v1/admin/checkpoints/NOWHERE/devices/health")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        (await registrar.Client.GetJsonAsync("/api/v1/admin/checkpoints/DOSTYK/devices/health"))["devices"]!.AsArray().ShouldBeEmpty();
    }
}
