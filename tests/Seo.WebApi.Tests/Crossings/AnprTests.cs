using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Domain.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Crossings;

/// <summary>R10, R30: cameras registered by the registrar report plate reads; officers find them in the crossing log.</summary>
public sealed class AnprTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    /// <summary>A paid booking of a truck with <paramref name="plate"/> at Dostyk.</summary>
    private static async Task<(JsonObject Booking, string Vin)> PaidBookingAsync(SeoApiFactory api, string plate)
    {
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var body = TestData.Booking(truck, Tomorrow, "10:00");
        body["vehicle"]!["plate"] = plate;
        var booking = await carrier.BookAsync(body);
        await carrier.PayAsync(booking);
        return (booking, TestData.Vin(truck));
    }

    [Fact]
    public async Task R10_the_registrar_registers_a_camera_whose_key_is_shown_once_and_kept_only_as_its_SHA_256()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        var response = await registrar.Client.PostAsJsonAsync(
            "/api/v1/admin/devices", new { name = "Dostyk entry 1", checkpoint = "dostyk", point = "CheckpointEntry", direction = "Exit" });

        var created = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var key = created.Str("apiKey");
        key.Length.ShouldBeGreaterThan(70);
        created["device"].Str("checkpoint").ShouldBe("DOSTYK");
        created["device"].Str("point").ShouldBe("CheckpointEntry");
        created["device"]!.AsObject().ContainsKey("keyHash").ShouldBeFalse();
        var stored = await api.ReadStoreAsync(db => db.Devices.SingleAsync());
        stored.KeyHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
        (await api.ReadStoreAsync(db => db.IdempotencyRecords.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Registering_a_camera_needs_a_known_checkpoint_a_point_a_direction_and_the_registrar()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();

        await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/devices", new { name = "Cam", checkpoint = "NOWHERE", point = "BorderLine", direction = "Exit" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/devices", new { name = "Cam", checkpoint = "DOSTYK", direction = "Exit" }))
            .ShouldBeValidationProblemAsync("required-field", "point");
        await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/devices", new { name = "", checkpoint = "DOSTYK", point = "BorderLine", direction = "Exit" }))
            .ShouldBeValidationProblemAsync("invalid-device-name", "name");
        (await carrier.Client.PostAsJsonAsync("/api/v1/admin/devices", new { name = "Cam", checkpoint = "DOSTYK", point = "BorderLine", direction = "Exit" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task R30_a_camera_read_of_a_booked_truck_is_matched_and_officers_find_it_by_exact_prefix_and_fuzzy_plate_booking_number_and_vin()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var camera = await api.RegisterCameraAsync(registrar);
        var (booking, vin) = await PaidBookingAsync(api, "A123BC02");
        var number = booking.Str("number");

        // The camera reads the plate with Cyrillic letters and a space, as some do.
        var response = await camera.PostReadAsync(Cameras.Read(api, "А123ВС 02"));

        var stored = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        stored.Str("plate").ShouldBe("A123BC02");
        stored["matched"]!.GetValue<bool>().ShouldBeTrue();
        // The camera learns that the truck is expected, not whose it is or which booking.
        stored.AsObject().Select(p => p.Key).ShouldNotContain("bookingNumber");
        stored.AsObject().Select(p => p.Key).ShouldNotContain("bookingId");
        stored.AsObject().Select(p => p.Key).ShouldNotContain("vin");
        stored.Str("checkpoint").ShouldBe("DOSTYK");
        stored.Str("point").ShouldBe("CheckpointEntry");
        stored.Str("direction").ShouldBe("Exit");
        var misread = await (await camera.PostReadAsync(Cameras.Read(api, "777XYZ01"))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        misread["matched"]!.GetValue<bool>().ShouldBeFalse();

        (await api.DispatchOutboxAsync()).ShouldBeGreaterThan(0);

        var officer = await api.StaffAsync(registrar, "Officer");
        var exact = await officer.CrossingsAsync("plate=A123BC02");
        exact.Number("total").ShouldBe(1);
        var crossing = exact["items"]!.AsArray().ShouldHaveSingleItem()!;
        crossing.Str("eventId").ShouldBe(stored.Str("eventId"));
        crossing.Str("bookingNumber").ShouldBe(number);
        crossing["matched"]!.GetValue<bool>().ShouldBeTrue();
        crossing.Str("cameraId").ShouldBe(camera.Id.ToString());
        // The camera read it: no officer entered it by hand.
        crossing["manual"]!.GetValue<bool>().ShouldBeFalse();
        crossing["enteredBy"].ShouldBeNull();
        crossing["manualReason"].ShouldBeNull();
        stored["manual"]!.GetValue<bool>().ShouldBeFalse();
        (await officer.CrossingsAsync("plate=a123&plateMatch=prefix")).Number("total").ShouldBe(1);
        // A misread of the last-but-one character: O for 0.
        (await officer.CrossingsAsync("plate=A123BCO2&plateMatch=fuzzy")).Number("total").ShouldBe(1);
        (await officer.CrossingsAsync("plate=A123BCO2")).Number("total").ShouldBe(0);
        (await officer.CrossingsAsync("bookingNumber=" + number)).Number("total").ShouldBe(1);
        (await officer.CrossingsAsync("vin=" + vin)).Number("total").ShouldBe(1);
        var unmatched = await officer.CrossingsAsync("matched=false&checkpoint=DOSTYK");
        unmatched["items"]!.AsArray().ShouldHaveSingleItem()!.Str("plate").ShouldBe("777XYZ01");
        var all = await officer.CrossingsAsync("checkpoint=DOSTYK&direction=exit&sort=oldest&page=1&pageSize=1");
        (all.Number("total"), all.Number("page"), all.Number("pageSize"), all.Number("totalPages")).ShouldBe((2, 1, 1, 2));

        var analyst = await api.StaffAsync(registrar, "Analyst");
        var day = SeoApiFactory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var perDay = await analyst.Client.GetJsonAsync($"/api/v1/admin/crossings/per-day?from={day}T00:00:00%2B05:00&to={day}T23:59:59%2B05:00&checkpoint=DOSTYK");
        var count = perDay["days"]!.AsArray().ShouldHaveSingleItem()!;
        (count.Str("checkpoint"), count.Str("day"), count["count"]!.GetValue<long>()).ShouldBe(("DOSTYK", day, 2L));
    }

    [Fact]
    public async Task R10_a_replayed_event_id_is_409_says_whether_it_was_identical_and_changes_nothing()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync());
        var read = Cameras.Read(api, "123ABC02");
        await (await camera.PostReadAsync(read)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var before = await Counts(api);

        var same = await (await camera.PostReadAsync(read)).ShouldBeProblemAsync(HttpStatusCode.Conflict, AnprErrors.ReplayedCode, "R10");
        var changed = read.DeepClone().AsObject();
        changed["confidence"] = 0.2;
        var different = await (await camera.PostReadAsync(changed)).ShouldBeProblemAsync(HttpStatusCode.Conflict, AnprErrors.ReplayedCode);

        same["identical"]!.GetValue<bool>().ShouldBeTrue();
        different["identical"]!.GetValue<bool>().ShouldBeFalse();
        (await Counts(api)).ShouldBe(before);
        (await api.ReadStoreAsync(db => db.AnprEvents.SingleAsync())).Confidence.ShouldBe(0.93);
    }

    private static Task<(int Reads, int Events)> Counts(SeoApiFactory api) =>
        api.ReadStoreAsync(async db => (await db.AnprEvents.CountAsync(), await db.OutboxMessages.CountAsync()));

    [Fact]
    public async Task A_missing_unknown_or_wrong_key_is_401_problem_details_and_stores_nothing()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync());
        var carrier = await api.CarrierAsync();
        var read = Cameras.Read(api, "123ABC02");

        await (await api.CreateClient().PostAsJsonAsync("/api/v1/devices/anpr-events", read)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        await (await api.CameraClient("not-a-key").PostAsJsonAsync("/api/v1/devices/anpr-events", read)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        var wrongSecret = camera.Key[..^2] + (camera.Key[^2..] == "AA" ? "BB" : "AA");
        await (await api.CameraClient(wrongSecret).PostAsJsonAsync("/api/v1/devices/anpr-events", read)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        var otherDevice = $"seo_dev_{Guid.NewGuid():N}_{camera.Key[^43..]}";
        await (await api.CameraClient(otherDevice).PostAsJsonAsync("/api/v1/devices/anpr-events", read)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        // A person's bearer token is no camera key.
        await (await carrier.Client.PostAsJsonAsync("/api/v1/devices/anpr-events", read)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        (await Counts(api)).Reads.ShouldBe(0);
    }

    [Fact]
    public async Task A_revoked_key_is_401_and_a_rotated_key_replaces_the_old_one_at_once()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var rotatedCamera = await api.RegisterCameraAsync(registrar);
        var revokedCamera = await api.RegisterCameraAsync(registrar);

        var rotation = await (await registrar.Client.PostAsync($"/api/v1/admin/devices/{rotatedCamera.Id}/keys", null)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var newKey = rotation.Str("apiKey");
        (await registrar.Client.DeleteAsync($"/api/v1/admin/devices/{revokedCamera.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await rotatedCamera.PostReadAsync(Cameras.Read(api, "123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        await (await api.CameraClient(newKey).PostAsJsonAsync("/api/v1/devices/anpr-events", Cameras.Read(api, "123ABC02"))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await revokedCamera.PostReadAsync(Cameras.Read(api, "123ABC02"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-device-key");
        await (await registrar.Client.PostAsync($"/api/v1/admin/devices/{revokedCamera.Id}/keys", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-revoked");
        await (await registrar.Client.DeleteAsync($"/api/v1/admin/devices/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "device-not-found");
    }

    [Fact]
    public async Task R10_a_camera_naming_another_checkpoint_is_refused()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync());
        var read = Cameras.Read(api, "123ABC02");
        read["checkpoint"] = "KHORGOS";

        await (await camera.PostReadAsync(read)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "device-other-checkpoint", "R10");
        (await Counts(api)).Reads.ShouldBe(0);
    }

    public static TheoryData<string, string, string> BadReads => new()
    {
        { "eventId", "\"not-a-guid\"", "malformed-request" },
        { "eventId", "null", "required-field" },
        { "eventId", "\"00000000-0000-0000-0000-000000000000\"", "invalid-event-id" },
        { "capturedAt", "\"0001-01-01T00:00:00+00:00\"", "invalid-date" },
        { "capturedAt", "null", "required-field" },
        { "plate", "\"?!\"", "invalid-plate" },
        { "plate", "null", "invalid-plate" },
        { "confidence", "1.5", "invalid-confidence" },
        { "confidence", "-0.01", "invalid-confidence" },
        { "confidence", "\"high\"", "malformed-request" },
        { "imageReference", "\"bad\\u0000ref\"", "control-characters" },
        { "imageReference", "\"   \"", "invalid-image-reference" },
        { "direction", "\"Sideways\"", "malformed-request" },
        { "checkpoint", "\"DOS TYK\"", "invalid-checkpoint-code" },
    };

    [Theory]
    [MemberData(nameof(BadReads))]
    public async Task Each_bad_field_of_a_camera_read_is_a_400_problem(string field, string json, string code)
    {
        await using var api = new SeoApiFactory();
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync());
        var read = Cameras.Read(api, "123ABC02");
        read[field] = JsonNode.Parse(json);

        var response = await camera.Client.PostRawJsonAsync("/api/v1/devices/anpr-events", read.ToJsonString());

        if (code == "malformed-request")
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        }
        else
        {
            await response.ShouldBeValidationProblemAsync(code, field);
        }

        (await Counts(api)).Reads.ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-11-25T09:02:01+05:00", "device-clock-ahead")]
    [InlineData("2026-11-18T08:59:59+05:00", "device-report-too-old")]
    public async Task R10_a_capture_time_beyond_the_configured_skew_is_422_with_its_code_and_stores_nothing(string capturedAt, string code)
    {
        await using var api = new SeoApiFactory();
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync());
        var (booking, _) = await PaidBookingAsync(api, "A123BC02");
        var before = await Counts(api);
        var read = Cameras.Read(api, "A123BC02");
        read["capturedAt"] = capturedAt;

        var problem = await (await camera.PostReadAsync(read)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, code);

        problem.Str("field").ShouldBe("capturedAt");
        problem["serverTime"].ShouldNotBeNull();
        (await Counts(api)).ShouldBe(before);
        var status = await api.ReadStoreAsync(db => db.Bookings.Where(b => b.Number == booking.Str("number")).Select(b => b.Status).SingleAsync());
        status.ShouldBe(Seo.Domain.Bookings.BookingStatus.Confirmed);
    }

    [Fact]
    public async Task R10_a_camera_clock_just_within_the_skew_and_a_read_kept_a_week_are_taken()
    {
        await using var api = new SeoApiFactory();
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync());
        var ahead = Cameras.Read(api, "123ABC02");
        ahead["capturedAt"] = "2026-11-25T09:02:00+05:00";
        var kept = Cameras.Read(api, "123ABC02");
        kept["capturedAt"] = "2026-11-18T09:00:00+05:00";

        await (await camera.PostReadAsync(ahead)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await camera.PostReadAsync(kept)).ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Only_officers_and_analysts_search_crossings()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var camera = await api.RegisterCameraAsync(registrar);

        foreach (var path in new[] { "/api/v1/admin/crossings", "/api/v1/admin/crossings/per-day?from=2026-11-25T00:00:00Z&to=2026-11-26T00:00:00Z" })
        {
            await (await carrier.Client.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await registrar.Client.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await api.CreateClient().GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
            await (await camera.Client.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        }

        (await (await api.StaffAsync(registrar, "Officer")).Client.GetAsync("/api/v1/admin/crossings")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await api.StaffAsync(registrar, "Analyst")).Client.GetAsync("/api/v1/admin/crossings")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("plateMatch=fuzzy&plate=%23%23", "invalid-plate", "plate")]
    [InlineData("plate=A1&plateMatch=soundex", "invalid-plate-match", "plateMatch")]
    [InlineData("from=2026-11-25T00:00:00", "invalid-date", "from")]
    [InlineData("to=tomorrow", "invalid-date", "to")]
    [InlineData("direction=up", "invalid-direction", "direction")]
    [InlineData("matched=perhaps", "invalid-matched", "matched")]
    [InlineData("sort=random", "invalid-sort", "sort")]
    [InlineData("page=0", "invalid-page", "page")]
    [InlineData("pageSize=1000", "invalid-page-size", "pageSize")]
    [InlineData("checkpoint=A%20B", "invalid-checkpoint-code", "checkpoint")]
    [InlineData("vin=ABC-123", "invalid-vin", "vin")]
    public async Task Bad_search_parameters_are_400_naming_the_parameter(string query, string code, string field)
    {
        await using var api = new SeoApiFactory();
        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");

        await (await officer.Client.GetAsync("/api/v1/admin/crossings?" + query)).ShouldBeValidationProblemAsync(code, field);
    }

    [Fact]
    public async Task Crossings_per_day_over_more_than_366_days_is_400_and_says_why()
    {
        await using var api = new SeoApiFactory();
        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");

        var problem = await (await officer.Client.GetAsync("/api/v1/admin/crossings/per-day?from=2025-01-01T00:00:00%2B05:00&to=2026-11-25T00:00:00%2B05:00"))
            .ShouldBeValidationProblemAsync("invalid-period", "to");

        problem["errors"]!["to"]![0]!.GetValue<string>().ShouldContain("366 days");
    }

    [Fact]
    public async Task Readiness_reports_the_crossing_log_by_its_store()
    {
        await using var api = new SeoApiFactory();

        var ready = await (await api.ReadinessAsync()).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var check = ready["checks"]!.AsArray().Single(c => c.Str("name") == "read-model:crossings:Lucene")!;
        check.Str("status").ShouldBe("Healthy");
    }
}
