using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Domain.Barriers;
using Seo.Domain.Bookings;
using Seo.Domain.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Crossings;

/// <summary>
/// R10 over HTTP: plate reading does not stop with a camera. An officer enters the plate by hand in
/// the camera's name, and the read takes the camera read's path (booking, barrier, live view,
/// crossing log), kept with who entered it and why.
/// </summary>
public sealed class ManualReadTests
{
    private const string Reason = "zone entry camera down since 08:40; plate read at the gate";

    private static string ManualReads(Guid device) => $"/api/v1/admin/devices/{device}/manual-reads";

    private static Task<HttpResponseMessage> EnterAsync(Session staff, Guid device, JsonObject entry) =>
        staff.Client.PostAsJsonAsync(ManualReads(device), entry);

    private static JsonObject Entry(string plate, Guid? eventId = null, string reason = Reason) => new()
    {
        ["eventId"] = (eventId ?? Guid.NewGuid()).ToString(),
        ["plate"] = plate,
        ["reason"] = reason,
    };

    /// <summary>A paid booking of a new truck for today at 14:00 at DOSTYK: a zone-entry read now admits it.</summary>
    private static async Task<(Guid Id, string Number, string Plate)> PaidBookingTodayAsync(SeoApiFactory api)
    {
        var truck = TestData.Next();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(truck, SeoApiFactory.Today, "14:00")));
        return (Guid.Parse(booking.Str("id")), booking.Str("number"), TestData.Plate(truck));
    }

    private static async Task RegisterBarrierAsync(Session registrar, string point) =>
        await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/devices", new { name = $"Barrier {point}", checkpoint = "DOSTYK", point, direction = "Exit", kind = "Barrier" }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);

    private static Task<(int Reads, int Recorded, int Commands)> Counts(SeoApiFactory api) =>
        api.ReadStoreAsync(async db => (
            await db.AnprEvents.CountAsync(),
            await db.OutboxMessages.CountAsync(m => m.Type == nameof(AnprEventRecorded)),
            await db.BarrierCommands.CountAsync()));

    [Fact]
    public async Task R10_an_officer_enters_a_read_by_hand_when_the_camera_is_down_and_it_moves_the_booking_like_a_camera_read()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var camera = await api.RegisterCameraAsync(registrar, point: "WaitingZoneEntry");
        await RegisterBarrierAsync(registrar, "WaitingZoneEntry");
        var (bookingId, number, plate) = await PaidBookingTodayAsync(api);

        var read = await (await EnterAsync(officer, camera.Id, Entry(plate))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        // R30: the booking moves as the camera's read would have moved it.
        (read.Str("outcome"), read["matched"]!.GetValue<bool>(), read.Str("point")).ShouldBe(("Advanced", true, "WaitingZoneEntry"));
        var booking = await api.ReadStoreAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == new BookingId(bookingId)));
        booking.Status.ShouldBe(BookingStatus.InWaitingZone);
        // R11: the barrier there opens for it, in the read's transaction, and its audit log says why.
        var command = (await api.ReadStoreAsync(db => db.BarrierCommands.AsNoTracking().ToListAsync())).ShouldHaveSingleItem();
        (command.Action, command.Source, command.AnprEventId, command.BookingNumber).ShouldBe((BarrierAction.Open, BarrierCommandSource.System, Guid.Parse(read.Str("eventId")), number));
        command.Reason.ShouldContain("entered by hand");

        await api.DispatchOutboxAsync();

        // R4: the live view queues the truck and shows the read; R10: the crossing log keeps it.
        var live = await officer.Client.GetJsonAsync("/api/v1/admin/checkpoints/DOSTYK/live");
        live["queue"]!.AsArray().ShouldHaveSingleItem()!.Str("bookingId").ShouldBe(bookingId.ToString());
        live["recentReads"]!.AsArray().ShouldHaveSingleItem()!.Str("readId").ShouldBe(read.Str("eventId"));
        var crossing = (await officer.CrossingsAsync("plate=" + plate))["items"]!.AsArray().ShouldHaveSingleItem()!;
        (crossing.Str("eventId"), crossing.Str("bookingNumber"), crossing.Str("cameraId")).ShouldBe((read.Str("eventId"), number, camera.Id.ToString()));
    }

    [Fact]
    public async Task R10_a_manual_read_records_who_entered_it_and_why()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var camera = await api.RegisterCameraAsync(registrar);
        var capturedAt = api.Clock.GetUtcNow().AddMinutes(-4);
        var entry = Entry("777 АВС-01", reason: $"  {Reason}  ");
        entry["capturedAt"] = capturedAt.ToOffset(TimeSpan.FromHours(5)).ToString("O", CultureInfo.InvariantCulture);

        var read = await (await EnterAsync(officer, camera.Id, entry)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var byRegistrar = await (await EnterAsync(registrar, camera.Id, Entry("888ABC01"))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        read["manual"]!.GetValue<bool>().ShouldBeTrue();
        Guid.Parse(read.Str("enteredBy")).ShouldBe(officer.AccountId);
        read.Str("manualReason").ShouldBe(Reason);
        read["confidence"]!.GetValue<double>().ShouldBe(1d);
        (read.Str("plateAsRead"), read.Str("plate"), read.Str("outcome")).ShouldBe(("777 АВС-01", "777ABC01", "NoBooking"));
        read["imageReference"].ShouldBeNull();
        DateTimeOffset.Parse(read.Str("capturedAt"), CultureInfo.InvariantCulture).ShouldBe(capturedAt);
        Guid.Parse(byRegistrar.Str("enteredBy")).ShouldBe(registrar.AccountId);
        var stored = await api.ReadStoreAsync(db => db.AnprEvents.AsNoTracking().SingleAsync(e => e.Id == Guid.Parse(read.Str("eventId"))));
        stored.Manual.ShouldBeTrue();
        stored.EnteredBy.ShouldBe(officer.AccountId);
        stored.ManualReason.ShouldBe(Reason);
        stored.Confidence.ShouldBe(1d);

        await api.DispatchOutboxAsync();

        var crossing = (await officer.CrossingsAsync("plate=777ABC01"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        crossing["manual"]!.GetValue<bool>().ShouldBeTrue();
        Guid.Parse(crossing.Str("enteredBy")).ShouldBe(officer.AccountId);
        crossing.Str("manualReason").ShouldBe(Reason);
    }

    [Fact]
    public async Task R10_the_same_entry_sent_twice_is_one_read_with_one_effect_and_another_entry_under_its_id_is_409()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var camera = await api.RegisterCameraAsync(registrar, point: "WaitingZoneEntry");
        await RegisterBarrierAsync(registrar, "WaitingZoneEntry");
        var (_, _, plate) = await PaidBookingTodayAsync(api);
        var entry = Entry(plate);

        var first = await (await EnterAsync(officer, camera.Id, entry)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await (await EnterAsync(officer, camera.Id, entry)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var other = entry.DeepClone().AsObject();
        other["reason"] = "another reason";
        var conflict = await (await EnterAsync(officer, camera.Id, other)).ShouldBeProblemAsync(HttpStatusCode.Conflict, AnprErrors.ReplayedCode, "R10");

        JsonNode.DeepEquals(again, first).ShouldBeTrue(again.ToJsonString());
        conflict["identical"]!.GetValue<bool>().ShouldBeFalse();
        (await Counts(api)).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task R10_only_officers_and_the_registrar_enter_reads_a_carrier_gets_403()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var camera = await api.RegisterCameraAsync(registrar);
        var carrier = await api.CarrierAsync();
        var analyst = await api.StaffAsync(registrar, "Analyst");

        await (await EnterAsync(carrier, camera.Id, Entry("123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await EnterAsync(analyst, camera.Id, Entry("123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await api.CreateClient().PostAsJsonAsync(ManualReads(camera.Id), Entry("123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        // A camera's key is no officer: it cannot stand in for itself.
        await (await camera.Client.PostAsJsonAsync(ManualReads(camera.Id), Entry("123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        (await Counts(api)).Reads.ShouldBe(0);
    }

    [Fact]
    public async Task R10_an_unknown_device_is_404_and_a_barrier_or_a_revoked_camera_is_409()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var barrier = Guid.Parse((await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/devices",
            new { name = "Gate", checkpoint = "DOSTYK", point = "CheckpointEntry", direction = "Exit", kind = "Barrier" })).ShouldHaveStatusAsync(HttpStatusCode.Created))["device"].Str("id"));
        var revoked = await api.RegisterCameraAsync(registrar);
        (await registrar.Client.DeleteAsync($"/api/v1/admin/devices/{revoked.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await EnterAsync(officer, Guid.NewGuid(), Entry("123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "device-not-found");
        await (await EnterAsync(officer, barrier, Entry("123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, AnprErrors.NotAnAnprCameraCode, "R10");
        await (await EnterAsync(officer, revoked.Id, Entry("123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-revoked", "R10");
        (await Counts(api)).Reads.ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-11-25T09:02:01+05:00", "device-clock-ahead")]
    [InlineData("2026-11-18T08:59:59+05:00", "device-report-too-old")]
    public async Task R10_a_time_off_the_server_s_clock_is_422_as_for_a_camera_and_stores_nothing(string capturedAt, string code)
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var camera = await api.RegisterCameraAsync(registrar);
        var entry = Entry("123ABC02");
        entry["capturedAt"] = capturedAt;

        var problem = await (await EnterAsync(officer, camera.Id, entry)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, code);

        problem.Str("field").ShouldBe("capturedAt");
        (await Counts(api)).ShouldBe((0, 0, 0));
    }

    [Theory]
    [InlineData("reason", "null", "required-field")]
    [InlineData("reason", "\"   \"", "invalid-reason")]
    [InlineData("plate", "\"?!\"", "invalid-plate")]
    [InlineData("eventId", "null", "required-field")]
    [InlineData("capturedAt", "\"0001-01-01T00:00:00+00:00\"", "invalid-date")]
    public async Task Each_bad_field_of_an_entry_is_a_400_problem(string field, string json, string code)
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var camera = await api.RegisterCameraAsync(registrar);
        var entry = Entry("123ABC02");
        entry[field] = JsonNode.Parse(json);

        await (await officer.Client.PostRawJsonAsync(ManualReads(camera.Id), entry.ToJsonString())).ShouldBeValidationProblemAsync(code, field);
        (await Counts(api)).Reads.ShouldBe(0);
    }
}
