using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>Every refused request answers problem+json with a stable code and writes nothing.</summary>
public sealed class BadInputTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    /// <summary>case → (status, code, field of the errors map or the rule cited, the body sent).</summary>
    private static readonly Dictionary<string, (HttpStatusCode Status, string Code, string? FieldOrRule, Func<string> Body)> Cases = new()
    {
        ["malformed JSON"] = (HttpStatusCode.BadRequest, "malformed-request", null, () => """{"checkpoint": "DOSTYK", "date": """),
        ["drivers of a wrong type"] = (HttpStatusCode.BadRequest, "malformed-request", null, () => With(b => b["drivers"] = "x")),
        ["date of a wrong type"] = (HttpStatusCode.BadRequest, "malformed-request", null, () => With(b => b["date"] = 20261126)),
        ["unknown vehicle kind"] = (HttpStatusCode.BadRequest, "malformed-request", null, () => With(b => b["vehicle"]!["kind"] = "Tractor")),
        ["VIN with O"] = (HttpStatusCode.BadRequest, "invalid-vin", "vehicle.vin", () => With(b => b["vehicle"]!["vin"] = "1M8GDM9AO12345678")),
        ["VIN too short"] = (HttpStatusCode.BadRequest, "invalid-vin", "vehicle.vin", () => With(b => b["vehicle"]!["vin"] = "1M8GDM9AX1234")),
        ["plate with symbols"] = (HttpStatusCode.BadRequest, "invalid-plate", "vehicle.plate", () => With(b => b["vehicle"]!["plate"] = "12#AB")),
        ["start not on the hour"] = (HttpStatusCode.BadRequest, "interval-not-offered", "R20", () => With(b => b["start"] = "14:30")),
        ["start not a time"] = (HttpStatusCode.BadRequest, "invalid-start", "start", () => With(b => b["start"] = "25:00")),
        ["no interval at all"] = (HttpStatusCode.BadRequest, "interval-required", "date", () => With(b => b.Remove("date"))),
        ["drivers missing"] = (HttpStatusCode.BadRequest, "drivers-required", "drivers", () => With(b => b.Remove("drivers"))),
        ["drivers empty"] = (HttpStatusCode.BadRequest, "drivers-required", "drivers", () => With(b => b["drivers"] = new JsonArray())),
        ["driver phone invalid"] = (HttpStatusCode.BadRequest, "invalid-phone", "drivers[0].phone", () => With(b => b["drivers"]![0]!["phone"] = "12345")),
        ["unknown checkpoint"] = (HttpStatusCode.NotFound, "checkpoint-not-found", null, () => With(b => b["checkpoint"] = "NOWHERE")),
        ["passenger car"] = (HttpStatusCode.Conflict, "vehicle-kind-not-bookable", "R3", () => With(b => b["vehicle"]!["kind"] = "PassengerCar")),
        ["date in the past"] = (HttpStatusCode.Conflict, "interval-in-the-past", "R22", () => With(b => b["date"] = "2026-11-24")),
        ["date and first-free at once without a start"] = (HttpStatusCode.BadRequest, "interval-required", "date",
            () => With(b => { b.Remove("start"); b["firstFreeFrom"] = "2026-11-26T08:00:00+05:00"; })),
        ["start without a date"] = (HttpStatusCode.BadRequest, "interval-required", "date", () => With(b => { b.Remove("date"); b["firstFreeFrom"] = "2026-11-26T08:00:00+05:00"; })),
        ["the last date the calendar has"] = (HttpStatusCode.BadRequest, "invalid-date", "date", () => With(b => { b["date"] = "9999-12-31"; b["start"] = "23:00"; })),
        ["the first date the calendar has"] = (HttpStatusCode.BadRequest, "invalid-date", "date", () => With(b => b["date"] = "0001-01-01")),
        ["first-free from the end of time"] = (HttpStatusCode.BadRequest, "invalid-date", "firstFreeFrom",
            () => With(b => { b.Remove("date"); b.Remove("start"); b["firstFreeFrom"] = "9999-12-31T23:59:59+00:00"; })),
        ["vehicle kind as a number"] = (HttpStatusCode.BadRequest, "malformed-request", null, () => With(b => b["vehicle"]!["kind"] = 3)),
        ["priority as a number"] = (HttpStatusCode.BadRequest, "malformed-request", null, () => With(b => b["priority"] = 42)),
        ["date beyond 90 days"] = (HttpStatusCode.Conflict, "beyond-booking-horizon", "R22", () => With(b => b["date"] = SeoApiFactory.Today.AddDays(91).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_booking_request_is_a_problem_with_its_code_and_writes_nothing(string name)
    {
        var (status, code, fieldOrRule, body) = Cases[name];
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var before = await api.SnapshotAsync();

        var response = await carrier.Client.PostRawJsonAsync("/api/v1/bookings", body());

        var problem = await response.ShouldBeProblemAsync(status, code);
        if (fieldOrRule is ['R', ..])
        {
            problem.Str("rule").ShouldBe(fieldOrRule);
        }
        else if (fieldOrRule is not null)
        {
            var errors = problem["errors"].ShouldBeOfType<JsonObject>();
            errors.ContainsKey(fieldOrRule).ShouldBeTrue(problem.ToJsonString());
        }

        (await api.SnapshotAsync()).ShouldBe(before);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(0);
        (await carrier.Client.AvailabilityAsync(Tomorrow)).ShouldAllBe(i => i!.Number("booked") == 0);
    }

    [Fact]
    public async Task A_booking_sent_as_anything_but_JSON_is_415_unsupported_media_type_and_writes_nothing()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var before = await api.SnapshotAsync();

        var response = await carrier.Client.PostAsync("/api/v1/bookings", new StringContent(With(_ => { }), System.Text.Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        (await api.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Registration_with_an_IIN_of_a_wrong_check_digit_is_400_invalid_iin_and_creates_no_account()
    {
        await using var api = new SeoApiFactory();
        var n = TestData.Next();
        var registration = TestData.Registration(n);
        registration["taxId"] = TestData.IinWithBadCheckDigit(n);
        var client = api.CreateClient();
        var before = await api.SnapshotAsync();

        var response = await client.PostRawJsonAsync("/api/v1/accounts", registration.ToJsonString());

        await response.ShouldBeValidationProblemAsync("invalid-iin", "taxId");
        (await api.SnapshotAsync()).ShouldBe(before);
        await (await client.PostRawJsonAsync("/api/v1/auth/token", new JsonObject { ["email"] = TestData.Email(n), ["password"] = TestData.Password }.ToJsonString()))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        registration["taxId"] = TestData.Iin(n);
        await (await client.PostRawJsonAsync("/api/v1/accounts", registration.ToJsonString())).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Registration_with_several_bad_fields_names_each_in_the_errors_map()
    {
        await using var api = new SeoApiFactory();
        var registration = TestData.Registration(TestData.Next());
        registration["email"] = "not-an-email";
        registration["password"] = "short";
        registration["phone"] = "12";

        var response = await api.CreateClient().PostRawJsonAsync("/api/v1/accounts", registration.ToJsonString());

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["email", "password", "phone"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_reschedule_to_a_start_that_is_not_a_time_is_400_and_changes_nothing()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));
        var before = await api.SnapshotAsync();

        var response = await carrier.RescheduleAsync(booking, Tomorrow, "3pm");

        await response.ShouldBeValidationProblemAsync("invalid-start", "start");
        (await api.SnapshotAsync()).ShouldBe(before);
    }

    private static string With(Action<JsonObject> change)
    {
        var body = TestData.Booking(TestData.Next(), Tomorrow, "14:00");
        change(body);
        return body.ToJsonString();
    }
}
