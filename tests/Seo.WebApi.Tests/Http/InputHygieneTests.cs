using System.Net;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>
/// Input the contract does not describe is refused at the door with 400, a code and the member it
/// concerns, and writes nothing: null items in arrays, control and bidirectional-override
/// characters, duplicate or unknown JSON members, repeated or unknown query parameters.
/// </summary>
public sealed class InputHygieneTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    /// <summary>case → (code, member named, the body sent).</summary>
    private static readonly Dictionary<string, (string Code, string Member, Func<string> Body)> BookingCases = new()
    {
        ["a null driver"] = ("null-item", "drivers[0]", () => With(b => b["drivers"] = new JsonArray((JsonNode?)null))),
        ["a null driver after a good one"] = ("null-item", "drivers[1]", () => With(b => b["drivers"]!.AsArray().Add((JsonNode?)null))),
        ["a driver name with a control character"] = ("control-characters", "drivers[0].surname", () => With(b => b["drivers"]![0]!["surname"] = "Ivan\u0007 Petrov")),
        ["a driver name with a right-to-left override"] = ("control-characters", "drivers[0].surname", () => With(b => b["drivers"]![0]!["surname"] = "Ivan \u202EvorteP")),
        ["a driver name with an isolate"] = ("control-characters", "drivers[0].surname", () => With(b => b["drivers"]![0]!["surname"] = "Ivan \u2067Petrov\u2069")),
        ["a plate with a new line"] = ("control-characters", "vehicle.plate", () => With(b => b["vehicle"]!["plate"] = "123AB\n01")),
        ["an unknown member"] = ("unknown-member", "colour", () => With(b => b["colour"] = "red")),
        ["an unknown nested member"] = ("unknown-member", "vehicle.colour", () => With(b => b["vehicle"]!["colour"] = "red")),
        ["a member given twice"] = ("duplicate-member", "checkpoint", () => With(b => { }).Replace("{", """{"checkpoint":"KALZHAT",""", StringComparison.Ordinal)),
        ["a member given twice in other case"] = ("duplicate-member", "checkpoint", () => With(b => { }).Replace("{", """{"Checkpoint":"KALZHAT",""", StringComparison.Ordinal)),
    };

    public static TheoryData<string> BookingCaseNames => [.. BookingCases.Keys];

    [Theory]
    [MemberData(nameof(BookingCaseNames))]
    public async Task Input_the_contract_does_not_describe_is_400_naming_the_member_and_writes_nothing(string name)
    {
        var (code, member, body) = BookingCases[name];
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var before = await api.SnapshotAsync();

        var response = await carrier.Client.PostRawJsonAsync("/api/v1/bookings", body());

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        problem.Str("member").ShouldBe(member, problem.ToJsonString());
        problem.Str("detail").ShouldNotContain("Seo.", Case.Sensitive, "the answer names the member, not the server's types");
        (await api.SnapshotAsync()).ShouldBe(before);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_null_vehicle_in_a_priority_list_is_400_null_item_and_changes_nothing()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var before = await api.SnapshotAsync();

        var response = await registrar.Client.UploadPriorityListAsync("Embassy", [TestData.ListedTruck(TestData.Next()), null]);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "null-item");
        problem.Str("member").ShouldBe("vehicles[1]");
        (await api.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_display_name_with_a_bidirectional_override_is_refused_at_registration()
    {
        await using var api = new SeoApiFactory();
        var registration = TestData.Registration(TestData.Next());
        registration["surname"] = "Akh\u202Emetov\u202C";
        var before = await api.SnapshotAsync();

        var response = await api.CreateClient().PostRawJsonAsync("/api/v1/accounts", registration.ToJsonString());

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "control-characters")).Str("member").ShouldBe("surname");
        (await api.SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("vehicle")]
    [InlineData("owner")]
    [InlineData("vin")]
    public async Task R36_a_reschedule_that_carries_another_vehicle_or_owner_is_refused_and_spends_no_free_reschedule(string member)
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));
        var other = TestData.Booking(TestData.Next(), Tomorrow, "15:00");
        var body = new JsonObject { ["date"] = Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["start"] = "15:00" };
        body[member] = member switch
        {
            "owner" => new JsonObject { ["taxId"] = TestData.Iin(TestData.Next()) },
            "vin" => TestData.Vin(TestData.Next()),
            _ => other[member]!.DeepClone(),
        };
        var before = await api.SnapshotAsync();

        var response = await carrier.Client.PostRawJsonAsync($"/api/v1/bookings/{booking.Str("id")}/reschedule", body.ToJsonString());

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking-not-transferable", "R36");
        problem.Str("member").ShouldBe(member);
        (await api.SnapshotAsync()).ShouldBe(before);
        var after = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        after["interval"].Str("start").ShouldBe("14:00");
        after.Number("freeReschedulesLeft").ShouldBe(booking.Number("freeReschedulesLeft"));
    }

    [Fact]
    public async Task A_reschedule_with_a_member_it_does_not_take_is_400_unknown_member()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));

        var response = await carrier.Client.PostRawJsonAsync($"/api/v1/bookings/{booking.Str("id")}/reschedule", """{"date":"2030-01-01","start":"15:00","drivers":[]}""");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unknown-member")).Str("member").ShouldBe("drivers");
    }

    [Theory]
    [InlineData("?from={0}&from={0}", "repeated-query-parameter", "from")]
    [InlineData("?from={0}&colour=red", "unknown-query-parameter", "colour")]
    [InlineData("?from={0}&From={0}", "repeated-query-parameter", "From")]
    public async Task Query_parameters_parse_strictly(string query, string code, string member)
    {
        await using var api = new SeoApiFactory();
        var client = api.CreateClient();
        var day = Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.GetAsync(new Uri("/api/v1/checkpoints/DOSTYK/availability" + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, day), UriKind.Relative));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code)).Str("member").ShouldBe(member);
    }

    [Fact]
    public async Task A_repeated_crossing_search_parameter_is_400_not_the_two_values_joined()
    {
        await using var api = new SeoApiFactory();
        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");

        var response = await officer.Client.GetAsync(new Uri("/api/v1/admin/crossings?plate=123AB01&plate=777KZ02", UriKind.Relative));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "repeated-query-parameter")).Str("member").ShouldBe("plate");
    }

    private static string With(Action<JsonObject> change)
    {
        var body = TestData.Booking(TestData.Next(), Tomorrow, "14:00");
        change(body);
        return body.ToJsonString();
    }
}
