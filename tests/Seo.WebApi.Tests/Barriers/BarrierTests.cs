using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Seo.Application.Barriers.Sweep;
using Seo.Application.Common.Ports;
using Seo.Domain.Alerts;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Barriers;

/// <summary>R11, R30: barriers registered like cameras, commanded by the system and the officer console, collecting and acknowledging over HTTP.</summary>
public sealed class BarrierTests
{
    private const string Commands = "/api/v1/devices/barrier-commands";
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(30);

    private static async Task<Camera> RegisterAsync(SeoApiFactory api, Session registrar, string kind, string point = "CheckpointEntry", string checkpoint = "DOSTYK")
    {
        var response = await registrar.Client.PostAsJsonAsync(
            "/api/v1/admin/devices", new { name = $"{kind} at {point}", checkpoint, point, direction = "Exit", kind });
        var created = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        created["device"].Str("kind").ShouldBe(kind);
        return new Camera(Guid.Parse(created["device"].Str("id")), created.Str("apiKey"), api.CameraClient(created.Str("apiKey")));
    }

    private static async Task<JsonArray> CollectAsync(Camera barrier, int wait = 0)
    {
        var answer = await (await barrier.Client.GetAsync($"{Commands}?wait={wait}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return answer["commands"]!.AsArray();
    }

    private static Task<HttpResponseMessage> AckAsync(Camera barrier, string commandId, string outcome, string? detail = null) =>
        barrier.Client.PostAsJsonAsync($"{Commands}/{commandId}/ack", new { outcome, detail });

    private static Task<HttpResponseMessage> ConsoleAsync(Session staff, Guid barrier, string verb, object body) =>
        staff.Client.PostAsJsonAsync($"/api/v1/admin/barriers/{barrier}/{verb}", body);

    [Fact]
    public async Task R11_a_barrier_is_registered_like_a_camera_with_its_kind_and_a_device_without_kind_stays_an_ANPR_camera()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        var barrier = await RegisterAsync(api, registrar, "Barrier");
        var camera = await api.RegisterCameraAsync(registrar);

        var listed = (await registrar.Client.GetJsonAsync("/api/v1/admin/devices?checkpoint=DOSTYK"))["items"]!.AsArray();
        listed.Single(d => Guid.Parse(d.Str("id")) == barrier.Id).Str("kind").ShouldBe("Barrier");
        listed.Single(d => Guid.Parse(d.Str("id")) == camera.Id).Str("kind").ShouldBe("AnprCamera");
        await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/devices", new { name = "B", checkpoint = "DOSTYK", point = "WaitingZone", direction = "Exit", kind = "Barrier" }))
            .ShouldBeValidationProblemAsync("invalid-barrier-point", "point");
    }

    [Fact]
    public async Task R30_a_read_without_a_booking_at_a_barrier_leaves_it_shut_and_alerts_the_officers()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var barrier = await RegisterAsync(api, registrar, "Barrier");
        var camera = await api.RegisterCameraAsync(registrar);

        var read = await (await camera.PostReadAsync(Cameras.Read(api, "777XYZ01"))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        read.Str("outcome").ShouldBe("NoBooking");
        (await CollectAsync(barrier)).ShouldBeEmpty();
        (await api.ReadStoreAsync(db => db.BarrierCommands.CountAsync())).ShouldBe(0);
        var alert = (await api.ReadStoreAsync(db => db.CheckpointAlerts.ToListAsync())).ShouldHaveSingleItem();
        alert.Kind.ShouldBe(AlertKind.EntryRefused);
        alert.Checkpoint.Value.ShouldBe("DOSTYK");
        alert.Plate.ShouldBe("777XYZ01");
        alert.DeviceId.ShouldBe(camera.Id);
        alert.BookingId.ShouldBeNull();
    }

    [Fact]
    public async Task R11_a_read_where_no_barrier_stands_alerts_nobody()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        await RegisterAsync(api, registrar, "Barrier", "WaitingZoneEntry");
        var camera = await api.RegisterCameraAsync(registrar);

        (await camera.PostReadAsync(Cameras.Read(api, "777XYZ01"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await api.ReadStoreAsync(db => db.CheckpointAlerts.CountAsync())).ShouldBe(0);
        (await api.ReadStoreAsync(db => db.BarrierCommands.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task R11_an_officer_opens_a_barrier_with_a_reason_the_barrier_collects_and_acknowledges_it_once_and_the_audit_log_keeps_it_all()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var barrier = await RegisterAsync(api, registrar, "Barrier");
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(1), "10:00"));

        var response = await ConsoleAsync(officer, barrier.Id, "open", new { reason = "truck waved through after inspection", bookingNumber = booking.Str("number") });

        var issued = await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/admin/barriers/{barrier.Id}/commands");
        issued.Str("action").ShouldBe("Open");
        issued.Str("source").ShouldBe("Console");
        issued.Str("issuedBy").ShouldBe(officer.Email);
        Guid.Parse(issued.Str("issuedByAccountId")).ShouldBe(officer.AccountId);
        issued.Str("bookingId").ShouldBe(booking.Str("id"));
        issued.Str("plate").ShouldBe(booking["vehicle"].Str("plate"));
        issued.Str("state").ShouldBe("Pending");

        var collected = (await CollectAsync(barrier)).ShouldHaveSingleItem()!;
        collected.Str("id").ShouldBe(issued.Str("id"));
        collected.Str("action").ShouldBe("Open");
        collected.Number("attempt").ShouldBe(1);
        collected.AsObject().ContainsKey("issuedBy").ShouldBeFalse();
        (await CollectAsync(barrier)).ShouldBeEmpty();

        var acked = await (await AckAsync(barrier, issued.Str("id"), "Done")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        acked.Str("state").ShouldBe("Acknowledged");
        var again = await (await AckAsync(barrier, issued.Str("id"), "Done")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        again.Str("acknowledgedAt").ShouldBe(acked.Str("acknowledgedAt"));
        await (await AckAsync(barrier, issued.Str("id"), "Failed", "jammed")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "barrier-command-acknowledged", "R11");
        (await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync(m => m.Type == "BarrierCommandAcknowledged"))).ShouldBe(1);

        (await ConsoleAsync(registrar, barrier.Id, "close", new { reason = "lane closed for the night", plate = "А 123 ВС 02" }))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var log = await officer.Client.GetJsonAsync($"/api/v1/admin/barriers/{barrier.Id}/commands?page=1&pageSize=10");
        log.Number("total").ShouldBe(2);
        var items = log["items"]!.AsArray();
        items[0].Str("action").ShouldBe("Close");
        items[0].Str("issuedBy").ShouldBe(SeoApiFactory.RegistrarEmail);
        items[0].Str("plate").ShouldBe("A123BC02");
        items[0].Str("reason").ShouldBe("lane closed for the night");
        items[1].Str("action").ShouldBe("Open");
        items[1].Number("deliveryAttempts").ShouldBe(1);
        items[1].Str("ackOutcome").ShouldBe("Done");
        items[1]!["acknowledgedAt"].ShouldNotBeNull();
        items[1].Str("reason").ShouldBe("truck waved through after inspection");
        items[1].Str("bookingNumber").ShouldBe(booking.Str("number"));

        var day = await officer.Client.GetJsonAsync("/api/v1/admin/checkpoints/dostyk/barrier-commands?from=2026-11-25T00:00:00%2B05:00&to=2026-11-26T00:00:00%2B05:00");
        day.Number("total").ShouldBe(2);
        (await officer.Client.GetJsonAsync("/api/v1/admin/checkpoints/BAKHTY/barrier-commands")).Number("total").ShouldBe(0);
        (await officer.Client.GetJsonAsync("/api/v1/admin/checkpoints/DOSTYK/barrier-commands?from=2026-11-26T00:00:00%2B05:00")).Number("total").ShouldBe(0);
    }

    [Fact]
    public async Task R11_a_waiting_long_poll_is_woken_by_a_command_committing_in_this_process()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var barrier = await RegisterAsync(api, registrar, "Barrier");

        // The app's clock is fake and never moves here: only the in-process wake can end this wait early.
        var polling = CollectAsync(barrier, wait: 30);
        (await ConsoleAsync(officer, barrier.Id, "open", new { reason = "ambulance" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var commands = await polling.WaitAsync(RealTimeLimit);
        commands.ShouldHaveSingleItem()!.Str("action").ShouldBe("Open");
    }

    [Fact]
    public async Task R11_a_long_poll_finds_a_command_committed_elsewhere_at_its_next_look_at_the_store_and_an_empty_wait_ends_empty()
    {
        var signal = new SilentSignal();
        await using var api = new SeoApiFactory(services: s =>
        {
            // Another instance's commits never reach this process's signal.
            s.RemoveAll<IBarrierCommandSignal>();
            s.AddSingleton<IBarrierCommandSignal>(signal);
        });
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var barrier = await RegisterAsync(api, registrar, "Barrier");

        var polling = CollectAsync(barrier, wait: 30);
        await Poll.UntilAsync(() => Task.FromResult(signal.Waits > 0), "the long poll never started waiting", RealTimeLimit);
        await Task.Delay(300);
        (await ConsoleAsync(officer, barrier.Id, "open", new { reason = "manual opening" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        polling.IsCompleted.ShouldBeFalse();

        while (!polling.IsCompleted)
        {
            api.Clock.Advance(TimeSpan.FromSeconds(2));
            await Task.WhenAny(polling, Task.Delay(50));
        }

        (await polling).ShouldHaveSingleItem();
        signal.Waits.ShouldBeGreaterThan(1);

        // Nothing more to collect: the wait runs out (on the app's clock) and the answer is empty.
        var idle = CollectAsync(barrier, wait: 5);
        while (!idle.IsCompleted)
        {
            api.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(idle, Task.Delay(50));
        }

        (await idle).ShouldBeEmpty();
    }

    [Fact]
    public async Task R11_an_unacknowledged_command_is_delivered_again_then_fails_with_one_alert()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var barrier = await RegisterAsync(api, registrar, "Barrier");
        (await ConsoleAsync(registrar, barrier.Id, "open", new { reason = "test" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await CollectAsync(barrier)).ShouldHaveSingleItem()!.Number("attempt").ShouldBe(attempt);
            api.Clock.Advance(TimeSpan.FromSeconds(10));
            (await api.SendAsync(new SweepBarrierCommands())).Value.ShouldBe(1);
        }

        (await CollectAsync(barrier)).ShouldBeEmpty();
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        (await api.SendAsync(new SweepBarrierCommands())).Value.ShouldBe(0);
        var alert = (await api.ReadStoreAsync(db => db.CheckpointAlerts.ToListAsync())).ShouldHaveSingleItem();
        alert.Kind.ShouldBe(AlertKind.BarrierUnacknowledged);
        alert.DeviceId.ShouldBe(barrier.Id);
        var logged = (await registrar.Client.GetJsonAsync($"/api/v1/admin/barriers/{barrier.Id}/commands"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        logged.Str("state").ShouldBe("Failed");
        logged.Number("deliveryAttempts").ShouldBe(3);
    }

    [Fact]
    public async Task R11_device_keys_open_only_their_own_kind_of_endpoint()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var barrier = await RegisterAsync(api, registrar, "Barrier");
        var other = await RegisterAsync(api, registrar, "Barrier");
        var camera = await api.RegisterCameraAsync(registrar);
        var command = await (await ConsoleAsync(registrar, barrier.Id, "open", new { reason = "test" })).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        var id = command.Str("id");

        await (await api.CreateClient().GetAsync(Commands)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        await (await registrar.Client.GetAsync(Commands)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        await (await camera.Client.GetAsync(Commands)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "device-not-a-barrier", "R11");
        await (await AckAsync(camera, id, "Done")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "device-not-a-barrier");
        await (await barrier.PostReadAsync(Cameras.Read(api, "777XYZ01"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "device-not-an-anpr-camera", "R10");
        (await api.ReadStoreAsync(db => db.AnprEvents.CountAsync())).ShouldBe(0);
        await (await barrier.Client.GetAsync($"{Commands}?wait=31")).ShouldBeValidationProblemAsync("invalid-wait", "wait");

        await (await AckAsync(barrier, id, "Done")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "barrier-command-not-delivered");
        (await CollectAsync(barrier)).ShouldHaveSingleItem();
        await (await AckAsync(other, id, "Done")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "barrier-command-not-found");
        await (await AckAsync(barrier, Guid.NewGuid().ToString(), "Done")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "barrier-command-not-found");
        await (await AckAsync(barrier, id, "Maybe")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        await (await barrier.Client.PostAsJsonAsync($"{Commands}/{id}/ack", new { })).ShouldBeValidationProblemAsync("required-field", "outcome");

        (await registrar.Client.DeleteAsync($"/api/v1/admin/devices/{barrier.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await barrier.Client.GetAsync(Commands)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
    }

    [Fact]
    public async Task R11_the_console_is_for_officers_and_the_registrar_and_names_a_live_barrier_and_a_reason()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var carrier = await api.CarrierAsync();
        var barrier = await RegisterAsync(api, registrar, "Barrier");
        var camera = await api.RegisterCameraAsync(registrar);
        var retired = await RegisterAsync(api, registrar, "Barrier");
        (await registrar.Client.DeleteAsync($"/api/v1/admin/devices/{retired.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var before = await api.ReadStoreAsync(db => db.BarrierCommands.CountAsync());

        (await ConsoleAsync(carrier, barrier.Id, "open", new { reason = "let me in" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await carrier.Client.GetAsync($"/api/v1/admin/barriers/{barrier.Id}/commands")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await carrier.Client.GetAsync("/api/v1/admin/checkpoints/DOSTYK/barrier-commands")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.CreateClient().PostAsJsonAsync($"/api/v1/admin/barriers/{barrier.Id}/open", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using (var byKey = api.CameraClient(barrier.Key))
        {
            (await byKey.PostAsJsonAsync($"/api/v1/admin/barriers/{barrier.Id}/open", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        await (await ConsoleAsync(officer, Guid.NewGuid(), "open", new { reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "device-not-found");
        await (await ConsoleAsync(officer, camera.Id, "open", new { reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-not-a-barrier", "R11");
        await (await ConsoleAsync(officer, retired.Id, "close", new { reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-revoked");
        await (await ConsoleAsync(officer, barrier.Id, "open", new { })).ShouldBeValidationProblemAsync("invalid-barrier-reason", "reason");
        await (await ConsoleAsync(officer, barrier.Id, "open", new { reason = "bad\u0007bell" })).ShouldBeValidationProblemAsync("control-characters", "reason");
        await (await ConsoleAsync(officer, barrier.Id, "open", new { reason = new string('r', 501) })).ShouldBeValidationProblemAsync("invalid-barrier-reason", "reason");
        await (await ConsoleAsync(officer, barrier.Id, "open", new { reason = "x", plate = "!" })).ShouldBeValidationProblemAsync("invalid-plate", "plate");
        await (await ConsoleAsync(officer, barrier.Id, "open", new { reason = "x", bookingNumber = "DOSTYK-20261126-9999" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await officer.Client.GetAsync($"/api/v1/admin/barriers/{camera.Id}/commands")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-not-a-barrier");
        await (await officer.Client.GetAsync($"/api/v1/admin/barriers/{barrier.Id}/commands?pageSize=101")).ShouldBeValidationProblemAsync("invalid-paging", "pageSize");
        await (await officer.Client.GetAsync("/api/v1/admin/checkpoints/NOWHERE/barrier-commands")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        await (await officer.Client.GetAsync("/api/v1/admin/checkpoints/DOSTYK/barrier-commands?from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z"))
            .ShouldBeValidationProblemAsync("invalid-date-range", "to");

        (await api.ReadStoreAsync(db => db.BarrierCommands.CountAsync())).ShouldBe(before);
        (await officer.Client.GetJsonAsync($"/api/v1/admin/barriers/{retired.Id}/commands")).Number("total").ShouldBe(0);
    }

    /// <summary>A signal that never fires, as for commands committed by another API instance; counts the waits begun.</summary>
    private sealed class SilentSignal : IBarrierCommandSignal
    {
        private int _waits;

        public int Waits => Volatile.Read(ref _waits);

        public Task NextCommitAsync(Guid barrierId)
        {
            Interlocked.Increment(ref _waits);
            return new TaskCompletionSource().Task;
        }

        public void Notify(IEnumerable<Guid> barrierIds)
        {
        }
    }
}
