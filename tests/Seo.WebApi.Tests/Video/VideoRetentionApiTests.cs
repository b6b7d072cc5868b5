using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Video.Retention;
using Seo.Domain.Devices;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.Devices;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Video;

/// <summary>R32 over HTTP: cameras register recorded video, officers hold and list it, the sweep deletes what expired.</summary>
public sealed class VideoRetentionApiTests
{
    private const string Segments = "/api/v1/devices/video-segments";

    private static string Iso(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(5)).ToString("O", CultureInfo.InvariantCulture);

    private static JsonObject Segment(SeoApiFactory api, Guid? id = null, string reference = "dostyk/zone/0850.mp4", TimeSpan? endedAgo = null, TimeSpan? length = null)
    {
        var to = api.Clock.GetUtcNow() - (endedAgo ?? TimeSpan.FromMinutes(1));
        return new JsonObject
        {
            ["segmentId"] = (id ?? Guid.NewGuid()).ToString(),
            ["from"] = Iso(to - (length ?? TimeSpan.FromMinutes(10))),
            ["to"] = Iso(to),
            ["storageReference"] = reference,
        };
    }

    private static Task<HttpResponseMessage> PostAsync(Camera camera, JsonObject segment) => camera.Client.PostAsJsonAsync(Segments, segment);

    private static Task<int> CountAsync(SeoApiFactory api) => api.ReadStoreAsync(db => db.VideoSegments.CountAsync());

    /// <summary>A recording on disk under the default video root (the data folder's <c>video</c>).</summary>
    private static string Record(SeoApiFactory api, string reference)
    {
        var path = Path.Combine(api.DataDirectory, "video", reference);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "frames");
        return path;
    }

    [Fact]
    public async Task R32_a_camera_registers_a_segment_once_a_resend_is_one_segment_and_a_conflicting_resend_is_409()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.DeviceAsync(DeviceKind.VideoCamera, CameraPoint.WaitingZone);
        var segment = Segment(api);

        var created = await (await PostAsync(camera, segment)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var again = await (await PostAsync(camera, segment)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var other = segment.DeepClone().AsObject();
        other["storageReference"] = "dostyk/zone/other.mp4";
        var conflict = await (await PostAsync(camera, other)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "video-segment-replayed", "R32");

        created.Str("checkpoint").ShouldBe("DOSTYK");
        created.Str("point").ShouldBe("WaitingZone");
        created.Number("retentionDays").ShouldBe(30);
        created.Str("state").ShouldBe("Kept");
        again.Str("id").ShouldBe(created.Str("id"));
        conflict["identical"]!.GetValue<bool>().ShouldBeFalse();
        (await CountAsync(api)).ShouldBe(1);
    }

    [Fact]
    public async Task R32_a_gate_camera_s_video_is_kept_60_days()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync(), point: "WaitingZoneExit");

        var created = await (await PostAsync(camera, Segment(api))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        created.Number("retentionDays").ShouldBe(60);
        DateTimeOffset.Parse(created.Str("keptUntil"), CultureInfo.InvariantCulture)
            .ShouldBe(DateTimeOffset.Parse(created.Str("to"), CultureInfo.InvariantCulture).AddDays(60));
    }

    [Fact]
    public async Task R32_only_a_camera_s_own_key_registers_video_and_a_barrier_s_is_forbidden()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var barrier = await api.DeviceAsync(DeviceKind.Barrier, CameraPoint.WaitingZoneEntry);
        using var wrongKey = api.CameraClient("seo_dev_" + Guid.NewGuid().ToString("N") + "_not-the-key");
        using var anonymous = api.CreateClient();

        await (await wrongKey.PostAsJsonAsync(Segments, Segment(api))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        (await anonymous.PostAsJsonAsync(Segments, Segment(api))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await registrar.Client.PostAsJsonAsync(Segments, Segment(api))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await PostAsync(barrier, Segment(api))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "device-not-a-camera", "R32");
        (await CountAsync(api)).ShouldBe(0);
    }

    [Fact]
    public async Task R32_a_segment_ending_ahead_of_the_server_s_clock_or_too_long_ago_is_422_and_a_bad_body_400()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.DeviceAsync(DeviceKind.VideoCamera, CameraPoint.WaitingZone);

        await (await PostAsync(camera, Segment(api, endedAgo: TimeSpan.FromMinutes(-3)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "device-clock-ahead");
        await (await PostAsync(camera, Segment(api, endedAgo: TimeSpan.FromDays(8)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "device-report-too-old");
        await (await PostAsync(camera, Segment(api, reference: "../../etc/passwd"))).ShouldBeValidationProblemAsync("invalid-storage-reference", "storageReference");
        await (await PostAsync(camera, Segment(api, length: TimeSpan.FromHours(25)))).ShouldBeValidationProblemAsync("invalid-video-period", "to");
        var noId = Segment(api);
        noId.Remove("segmentId");
        await (await PostAsync(camera, noId)).ShouldBeValidationProblemAsync("required-field", "segmentId");
        (await CountAsync(api)).ShouldBe(0);
    }

    [Fact]
    public async Task R32_an_officer_holds_an_incident_s_video_lists_it_with_its_retention_state_and_releases_it()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var camera = await api.DeviceAsync(DeviceKind.VideoCamera, CameraPoint.WaitingZone);
        var held = await (await PostAsync(camera, Segment(api, endedAgo: TimeSpan.FromHours(2)))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await PostAsync(camera, Segment(api, endedAgo: TimeSpan.FromMinutes(1)))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var now = api.Clock.GetUtcNow();

        var placed = await (await officer.Client.PostAsJsonAsync("/api/v1/admin/video-segments/holds", new
        {
            checkpoint = "dostyk",
            from = Iso(now.AddHours(-3)),
            to = Iso(now.AddHours(-1)),
            reason = "Driver complaint about queue jumping",
            incidentReference = "INC-2026-0042",
        })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        placed.Number("segments").ShouldBe(1);
        var holdId = placed["hold"].Str("id");
        placed["hold"].Str("placedBy").ShouldBe(officer.AccountId.ToString());
        var page = await officer.Client.GetJsonAsync($"/api/v1/admin/video-segments?checkpoint=DOSTYK&from={Uri.EscapeDataString(Iso(now.AddDays(-1)))}&to={Uri.EscapeDataString(Iso(now))}&page=1&pageSize=10");
        page.Number("total").ShouldBe(2);
        var listed = page["items"]!.AsArray().Single(i => i.Str("id") == held.Str("id"))!;
        listed["held"]!.GetValue<bool>().ShouldBeTrue();
        listed["holds"]!.AsArray().Single()!.GetValue<string>().ShouldBe(holdId);
        listed.Str("keptUntil").ShouldNotBeNullOrEmpty();

        var released = await (await officer.Client.PostAsJsonAsync($"/api/v1/admin/video-holds/{holdId}/release", new { reason = "Complaint withdrawn" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        released.Number("segments").ShouldBe(1);
        await (await officer.Client.PostAsJsonAsync($"/api/v1/admin/video-holds/{holdId}/release", new { reason = "again" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "video-hold-released", "R32");
        await (await officer.Client.PostAsJsonAsync($"/api/v1/admin/video-holds/{Guid.NewGuid()}/release", new { reason = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "video-hold-not-found");

        var holds = await registrar.Client.GetJsonAsync("/api/v1/admin/video-holds?checkpoint=DOSTYK");
        var audit = holds["items"]!.AsArray().ShouldHaveSingleItem()!;
        audit.Str("reason").ShouldBe("Driver complaint about queue jumping");
        audit.Str("incidentReference").ShouldBe("INC-2026-0042");
        audit.Str("releaseReason").ShouldBe("Complaint withdrawn");
        audit.Str("releasedBy").ShouldBe(officer.AccountId.ToString());
        audit["active"]!.GetValue<bool>().ShouldBeFalse();
        (await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync(m => m.Type == "VideoHoldPlaced" || m.Type == "VideoHoldReleased"))).ShouldBe(2);
    }

    [Fact]
    public async Task R32_holds_and_the_segment_list_are_for_officers_and_the_registrar_only()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        using var anonymous = api.CreateClient();
        var hold = new { checkpoint = "DOSTYK", from = Iso(api.Clock.GetUtcNow().AddHours(-1)), to = Iso(api.Clock.GetUtcNow()), reason = "r", incidentReference = "i" };

        (await anonymous.GetAsync("/api/v1/admin/video-segments")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/admin/video-segments/holds", hold)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await carrier.Client.GetAsync("/api/v1/admin/video-segments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await carrier.Client.PostAsJsonAsync("/api/v1/admin/video-segments/holds", hold)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await carrier.Client.GetAsync("/api/v1/admin/video-holds")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ReadStoreAsync(db => db.VideoHolds.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task R32_the_sweep_deletes_expired_recordings_from_disk_keeps_held_ones_and_the_list_shows_who_deleted_what_and_when()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var camera = await api.DeviceAsync(DeviceKind.VideoCamera, CameraPoint.WaitingZone);
        var expiring = Record(api, "dostyk/zone/a.mp4");
        var keptByHold = Record(api, "dostyk/zone/b.mp4");
        var a = await (await PostAsync(camera, Segment(api, reference: "dostyk/zone/a.mp4", endedAgo: TimeSpan.FromHours(5)))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await PostAsync(camera, Segment(api, reference: "dostyk/zone/b.mp4", endedAgo: TimeSpan.FromMinutes(1)))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var now = api.Clock.GetUtcNow();
        await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/video-segments/holds", new
        {
            checkpoint = "DOSTYK", from = Iso(now.AddMinutes(-5)), to = Iso(now), reason = "Collision at the gate", incidentReference = "INC-7",
        })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        api.Clock.Advance(TimeSpan.FromDays(31));

        (await api.SendAsync(new ClaimExpiredVideoSegments())).Value.ShouldBe(1);
        (await api.SendAsync(new DeleteDueVideoSegments())).Value.ShouldBe(new VideoDeletionRun(1, 0));
        (await api.SendAsync(new ClaimExpiredVideoSegments())).Value.ShouldBe(0);
        (await api.SendAsync(new DeleteDueVideoSegments())).Value.ShouldBe(new VideoDeletionRun(0, 0));

        File.Exists(expiring).ShouldBeFalse();
        File.Exists(keptByHold).ShouldBeTrue();
        registrar = await api.RegistrarAsync(); // a month later: a fresh token
        var items = (await registrar.Client.GetJsonAsync("/api/v1/admin/video-segments?checkpoint=DOSTYK"))["items"]!.AsArray();
        var deleted = items.Single(i => i.Str("id") == a.Str("id"))!;
        deleted.Str("state").ShouldBe("Deleted");
        deleted.Str("deletedBy").ShouldBe("retention-sweep");
        deleted.Str("deletionReason").ShouldContain("R32");
        DateTimeOffset.Parse(deleted.Str("deletedAt"), CultureInfo.InvariantCulture).ShouldBe(api.Clock.GetUtcNow());
        items.Single(i => i.Str("id") != a.Str("id"))!.Str("state").ShouldBe("Kept");
        (await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync(m => m.Type == "VideoSegmentDeleted"))).ShouldBe(1);
    }
}
