using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Sandbox;

/// <summary>
/// The sandbox's registry endpoints and, end to end, the real simulated registries with the demo
/// data set (docs/demo-registries.md) deciding bookings (R19, R20).
/// </summary>
public sealed class SandboxRegistryTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Registries = "/api/v1/sandbox/registries";
    private readonly SeoApiFactory _api = new(simulatedRegistries: true);
    private Session _registrar = null!;

    public async Task InitializeAsync() => _registrar = await _api.RegistrarAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private static DateOnly InAWeek => SeoApiFactory.Today.AddDays(7);

    [Fact]
    public async Task The_registry_endpoints_are_the_registrars_only()
    {
        using var anonymous = _api.CreateClient();
        var carrier = await _api.CarrierAsync();

        await (await anonymous.GetAsync(Registries)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await carrier.Client.GetAsync(Registries)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await carrier.Client.PutAsJsonAsync($"{Registries}/RoadSafetyFines/records/Y3DKZ000000000001", new { reference = "F-1" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await carrier.Client.PostAsync($"{Registries}/reset", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Outside_sandbox_mode_the_registry_endpoints_do_not_exist()
    {
        await using var production = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "false" }, simulatedRegistries: true);
        var registrar = await production.RegistrarAsync();

        (await registrar.Client.GetAsync(Registries)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await registrar.Client.PutAsJsonAsync($"{Registries}/RoadSafetyFines/records/Y3DKZ000000000001", new { reference = "F-1" })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_registries_are_listed_with_their_check_source_record_count_and_service()
    {
        var registries = (await _registrar.Client.GetFromJsonAsync<JsonArray>(Registries))!;

        registries.Count.ShouldBe(18);
        var fines = registries.Single(r => r.Str("registry") == "RoadSafetyFines")!;
        fines.Number("check").ShouldBe(10);
        fines.Str("source").ShouldBe("Unified register of administrative proceedings (simulated)");
        fines.Number("records").ShouldBe(2);
        fines["inService"]!.GetValue<bool>().ShouldBeTrue();
        fines["negative"]!.GetValue<bool>().ShouldBeTrue();

        var page = await _registrar.Client.GetJsonAsync($"{Registries}/RoadSafetyFines/records?search=fine-demo-0003");
        page.Number("total").ShouldBe(1);
        page["items"]![0].Str("key").ShouldBe("LDCXJ000000000003");
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_changes_nothing()
    {
        var before = await RecordCountAsync("Vehicles");

        await (await PutAsync("Vehicles", "NOT-A-VIN", new { reference = "R", plate = "001X02", holder = "190340400002" }))
            .ShouldBeValidationProblemAsync("invalid-vin", "key");
        await (await PutAsync("Vehicles", "Y3DKZ000000000077", new { reference = "R", holder = "190340400002" }))
            .ShouldBeValidationProblemAsync("required-field", "plate");
        await (await PutAsync("Vehicles", "Y3DKZ000000000077", new { reference = "R", plate = "077X02", holder = "190340400002", validUntil = "2027-01-01" }))
            .ShouldBeValidationProblemAsync("field-not-used", "validUntil");
        await (await PutAsync("Vehicles", "Y3DKZ000000000077", new { reference = "R", plate = "077X02", holder = "190340400003" }))
            .ShouldBeValidationProblemAsync("invalid-tax-id", "holder");
        await (await PutAsync("DriverLicences", "N1", new { reference = "R", licenceCategories = new[] { "Z" }, validUntil = "2027-01-01" }))
            .ShouldBeValidationProblemAsync("invalid-licence-category", "licenceCategories[0]");
        await (await _registrar.Client.PutAsJsonAsync($"{Registries}/Vehicles/service", new { })).ShouldBeValidationProblemAsync("required-field", "inService");
        await (await PutAsync("Nonsense", "X", new { reference = "R" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "registry-not-found");
        await (await _registrar.Client.DeleteAsync($"{Registries}/Vehicles/records/Y3DKZ000000000077")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "registry-record-not-found");

        (await RecordCountAsync("Vehicles")).ShouldBe(before);
    }

    [Fact]
    public async Task R18_4_a_record_put_twice_is_one_record_and_it_changes_the_next_bookings_outcome_until_deleted()
    {
        var carrier = await DemoTransAsync();
        var before = await RecordCountAsync("WantedVehicles");
        for (var i = 0; i < 2; i++)
        {
            var written = await (await PutAsync("WantedVehicles", " y3dkz000000000001 ", new { reference = "WANTED-NEW", note = "seized by a bailiff" }))
                .ShouldHaveStatusAsync(HttpStatusCode.OK);
            written["created"]!.GetValue<bool>().ShouldBe(i == 0);
        }

        (await RecordCountAsync("WantedVehicles")).ShouldBe(before + 1);
        var refused = await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", DemoBooking(1, InAWeek))).ShouldBeProblemAsync((HttpStatusCode)422, "checks-refused", "R20");
        refused["errors"]!["check4"]![0]!.GetValue<string>().ShouldContain("seized by a bailiff");

        (await _registrar.Client.DeleteAsync($"{Registries}/WantedVehicles/records/Y3DKZ000000000001")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await carrier.BookAsync(DemoBooking(1, InAWeek));
    }

    [Fact]
    public async Task R19_1_a_non_resident_with_an_unpaid_fine_is_refused_with_check_10()
    {
        var carrier = await XinjiangAsync();
        var snapshot = await _api.SnapshotAsync();

        var refused = await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", ForeignBooking("XJ00003", "LDCXJ000000000003")))
            .ShouldBeProblemAsync((HttpStatusCode)422, "checks-refused", "R20");

        refused["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["check10"]);
        refused["errors"]!["check10"]![0]!.GetValue<string>().ShouldContain("FINE-DEMO-0003");
        (await _api.SnapshotAsync()).Bookings.ShouldBe(snapshot.Bookings);
    }

    [Fact]
    public async Task R19_2_a_resident_with_the_same_unpaid_fine_is_booked_with_a_notice_in_the_answer_and_the_cabinet()
    {
        var carrier = await DemoTransAsync();

        var booking = await carrier.BookAsync(DemoBooking(2, InAWeek));

        booking.Str("status").ShouldBe("AwaitingPayment");
        var notice = booking["notices"]!.AsArray().ShouldHaveSingleItem()!;
        notice.Number("check").ShouldBe(10);
        notice.Str("reason").ShouldContain("FINE-DEMO-0002");
        var cabinet = (await carrier.Client.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!;
        cabinet.Number("unread").ShouldBe(1);
        var inCabinet = cabinet["items"]!.AsArray().ShouldHaveSingleItem()!;
        inCabinet.Number("check").ShouldBe(10);
        inCabinet.Str("bookingId").ShouldBe(booking.Str("id"));
        inCabinet.Str("id").ShouldBe(notice.Str("notificationId"));

        // The audit trail keeps the failed notice-only check with its source reference.
        var trail = (await carrier.Client.GetFromJsonAsync<JsonObject>($"/api/v1/bookings/{booking.Str("id")}/checks"))!;
        var outcomes = trail["items"]!.AsArray().ShouldHaveSingleItem()!["outcomes"]!.AsArray();
        outcomes.Count.ShouldBe(18);
        outcomes.Single(o => o!.Number("check") == 10)!.Str("verdict").ShouldBe("Failed");
    }

    [Fact]
    public async Task R6_the_demo_live_animals_load_books_with_priority_proved_by_its_declaration_and_certificate()
    {
        var carrier = await DemoTransAsync();
        var request = DemoBooking(11, InAWeek);
        request["priority"] = "LiveAnimals";
        request["cargo"] = new JsonObject
        {
            ["underVeterinaryOrPhytosanitaryControl"] = true, ["customsDeclaration"] = "DEMO-DECL-011", ["veterinaryCertificate"] = "DEMO-VET-011",
        };
        var claimingDangerousGoods = request.DeepClone().AsObject();
        claimingDangerousGoods["priority"] = "DangerousGoods";

        var refused = await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", claimingDangerousGoods)).ShouldBeProblemAsync((HttpStatusCode)422, "checks-refused");
        refused["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["check16"]);

        var booking = await carrier.BookAsync(request);
        booking.Str("priority").ShouldBe("LiveAnimals");
    }

    [Fact]
    public async Task R18_4_the_demo_wanted_vehicle_is_refused_with_check_4()
    {
        var carrier = await DemoTransAsync();

        var refused = await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", DemoBooking(4, InAWeek))).ShouldBeProblemAsync((HttpStatusCode)422, "checks-refused");

        refused["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["check4"]);
    }

    [Fact]
    public async Task R18_8_insurance_lapsing_in_three_weeks_books_before_and_is_refused_after()
    {
        var carrier = await DemoTransAsync();

        var refused = await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", DemoBooking(7, SeoApiFactory.Today.AddDays(30))))
            .ShouldBeProblemAsync((HttpStatusCode)422, "checks-refused");
        refused["errors"]!["check8"]![0]!.GetValue<string>().ShouldContain("before the booked date");
        await carrier.BookAsync(DemoBooking(7, InAWeek));
    }

    [Fact]
    public async Task R20_a_registry_switched_out_of_service_refuses_with_registry_unavailable_until_it_is_back()
    {
        var carrier = await DemoTransAsync();
        var switched = await (await _registrar.Client.PutAsJsonAsync($"{Registries}/insurancepolicies/service", new { inService = false })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        switched["inService"]!.GetValue<bool>().ShouldBeFalse();

        var unavailable = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", DemoBooking(1, InAWeek));
        unavailable.Headers.RetryAfter.ShouldNotBeNull("a registry outage is retryable");
        await unavailable.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "registry-unavailable", "R20");

        await (await _registrar.Client.PostAsync($"{Registries}/reset", null)).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var registries = (await _registrar.Client.GetFromJsonAsync<JsonArray>(Registries))!;
        registries.ShouldAllBe(r => r!["inService"]!.GetValue<bool>());
        await carrier.BookAsync(DemoBooking(1, InAWeek));
    }

    private Task<HttpResponseMessage> PutAsync(string registry, string key, object body) =>
        _registrar.Client.PutAsJsonAsync($"{Registries}/{registry}/records/{Uri.EscapeDataString(key)}", body);

    private async Task<int> RecordCountAsync(string registry)
    {
        var registries = (await _registrar.Client.GetFromJsonAsync<JsonArray>(Registries))!;
        return registries.Single(r => r.Str("registry") == registry)!.Number("records");
    }

    private async Task<Session> DemoTransAsync() => await RegisterAsync(new JsonObject
    {
        ["kind"] = "LegalEntity",
        ["residency"] = "Resident",
        ["organisationName"] = "Demo Trans LLP",
        ["taxId"] = "190340400002",
    });

    private async Task<Session> XinjiangAsync() => await RegisterAsync(new JsonObject
    {
        ["kind"] = "LegalEntity",
        ["residency"] = "NonResident",
        ["organisationName"] = "Xinjiang Demo Logistics Co.",
    });

    private async Task<Session> RegisterAsync(JsonObject owner)
    {
        var email = string.Create(CultureInfo.InvariantCulture, $"demo{TestData.Next()}@example.kz");
        owner["email"] = email;
        owner["password"] = TestData.Password;
        owner["phone"] = "+77010000001";
        owner["acceptUserAgreement"] = true;
        owner["consentToPersonalDataProcessing"] = true;
        using var anonymous = _api.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/accounts", owner)).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        var session = await _api.SignInAsync(email, TestData.Password);
        if (owner["taxId"] is not null)
        {
            await session.ProveWithSandboxCertificateAsync();
        }

        return session;
    }

    /// <summary>A demo truck of Demo Trans LLP (plate 00nDEM02) driven by Abenov Arman, as in docs/demo-registries.md.</summary>
    private static JsonObject DemoBooking(int truck, DateOnly date) => Booking(
        date,
        string.Create(CultureInfo.InvariantCulture, $"{truck:D3}DEM02"),
        string.Create(CultureInfo.InvariantCulture, $"Y3DKZ{truck:D12}"),
        "KZ",
        new JsonObject
        {
            ["residency"] = "Resident", ["surname"] = "Abenov", ["givenName"] = "Arman", ["dateOfBirth"] = "1985-05-15",
            ["phone"] = "+77010000001", ["email"] = "driver@example.kz",
            ["document"] = new JsonObject { ["type"] = "IdentityCard", ["issuingCountry"] = "KZ", ["number"] = "N0000001", ["expiresOn"] = "2031-01-01" },
        });

    private static JsonObject ForeignBooking(string plate, string vin) => Booking(
        InAWeek,
        plate,
        vin,
        "CN",
        new JsonObject
        {
            ["residency"] = "NonResident", ["surname"] = "Wang", ["givenName"] = "Lei", ["dateOfBirth"] = "1980-02-02",
            ["phone"] = "+8613800000005", ["email"] = "wang@example.cn",
            ["document"] = new JsonObject { ["type"] = "Passport", ["issuingCountry"] = "CN", ["number"] = "E00000005", ["expiresOn"] = "2031-01-01" },
        });

    private static JsonObject Booking(DateOnly date, string plate, string vin, string country, JsonObject driver) => new()
    {
        ["checkpoint"] = "DOSTYK",
        ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["start"] = "10:00",
        ["vehicle"] = new JsonObject { ["kind"] = "Truck", ["countryOfRegistration"] = country, ["plate"] = plate, ["vin"] = vin },
        ["drivers"] = new JsonArray { driver },
    };
}
