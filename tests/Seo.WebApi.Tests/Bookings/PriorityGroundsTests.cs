using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>R6 through the API: each priority ground is taken with what proves it and refused, taking nothing, without it.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "xUnit disposes the API through IAsyncLifetime.DisposeAsync.")]
public sealed class PriorityGroundsTests : IAsyncLifetime
{
    private static readonly DateOnly Day = SeoApiFactory.Today.AddDays(3);
    private readonly SeoApiFactory _api = new();
    private Session _carrier = null!;

    public async Task InitializeAsync() => _carrier = await _api.CarrierAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static JsonObject Declared() => new() { ["customsDeclaration"] = "10702020/011226/0001234" };

    private static JsonObject Controlled() => new()
    {
        ["underVeterinaryOrPhytosanitaryControl"] = true, ["customsDeclaration"] = "10702020/011226/0001234", ["veterinaryCertificate"] = "VET-KZ-2026-77",
    };

    private async Task ShouldBeIssuedAsPriorityAsync(JsonObject body, string ground)
    {
        var booking = await _carrier.BookAsync(body);
        booking.Str("priority").ShouldBe(ground);
        (await _carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("priority").ShouldBe(ground);
        (await _carrier.Client.IntervalAsync(Day, body.Str("start"))).Number("priorityBooked").ShouldBe(1);
    }

    private async Task ShouldBeRefusedTakingNothingAsync(JsonObject body, HttpStatusCode status, string code)
    {
        var before = await _api.SnapshotAsync();

        var response = await _carrier.Client.PostAsJsonAsync("/api/v1/bookings", body);

        await response.ShouldBeProblemAsync(status, code, "R6");
        (await _api.SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("LiveAnimals")]
    [InlineData("PerishableGoods")]
    public async Task R6_live_animals_and_perishable_goods_are_priority_with_a_declaration_and_a_certificate(string ground)
    {
        await ShouldBeIssuedAsPriorityAsync(TestData.PriorityBooking(TestData.Next(), Day, "10:00", ground, Controlled()), ground);
    }

    [Theory]
    [InlineData("LiveAnimals")]
    [InlineData("PerishableGoods")]
    public async Task R6_live_animals_and_perishable_goods_without_a_certificate_are_400_and_take_nothing(string ground)
    {
        var body = TestData.PriorityBooking(TestData.Next(), Day, "10:00", ground, Declared());

        await ShouldBeRefusedTakingNothingAsync(body, HttpStatusCode.BadRequest, "priority-papers-missing");
        var problem = await (await _carrier.Client.PostAsJsonAsync("/api/v1/bookings", body)).ShouldBeValidationProblemAsync("priority-papers-missing", "cargo.veterinaryCertificate");
        problem["errors"]!.AsObject().ContainsKey("cargo.underVeterinaryOrPhytosanitaryControl").ShouldBeTrue();
    }

    [Theory]
    [InlineData("DangerousGoods")]
    [InlineData("CustomsCodeArticle147")]
    public async Task R6_dangerous_and_article_147_goods_are_priority_with_a_customs_declaration(string ground)
    {
        await ShouldBeIssuedAsPriorityAsync(TestData.PriorityBooking(TestData.Next(), Day, "11:00", ground, Declared()), ground);
    }

    [Theory]
    [InlineData("DangerousGoods")]
    [InlineData("CustomsCodeArticle147")]
    public async Task R6_dangerous_and_article_147_goods_without_a_declaration_are_400_and_take_nothing(string ground)
    {
        var body = TestData.PriorityBooking(TestData.Next(), Day, "11:00", ground);

        await ShouldBeRefusedTakingNothingAsync(body, HttpStatusCode.BadRequest, "priority-papers-missing");
        await (await _carrier.Client.PostAsJsonAsync("/api/v1/bookings", body)).ShouldBeValidationProblemAsync("priority-papers-missing", "cargo.customsDeclaration");
    }

    [Theory]
    [InlineData("DesignatedPostalOperator", "postal-operator")]
    [InlineData("AuthorisedEconomicOperator", "authorised-economic-operators")]
    public async Task R6_postal_operator_and_aeo_vehicles_are_priority_while_on_the_current_list(string ground, string list)
    {
        var registrar = await _api.RegistrarAsync();
        var listed = TestData.Next();
        var byVinOnly = TestData.Next();
        var entries = new JsonArray { TestData.ListedTruck(listed), new JsonObject { ["vin"] = TestData.Vin(byVinOnly) } };
        await (await registrar.Client.UploadPriorityListAsync(list, entries)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await ShouldBeIssuedAsPriorityAsync(TestData.PriorityBooking(listed, Day, "12:00", ground), ground);
        (await _carrier.BookAsync(TestData.PriorityBooking(byVinOnly, Day, "13:00", ground))).Str("priority").ShouldBe(ground);
    }

    [Theory]
    [InlineData("DesignatedPostalOperator", "postal-operator", "authorised-economic-operators")]
    [InlineData("AuthorisedEconomicOperator", "authorised-economic-operators", "postal-operator")]
    public async Task R6_a_vehicle_dropped_from_its_list_or_only_on_the_other_list_is_409_naming_the_list(string ground, string list, string otherList)
    {
        var registrar = await _api.RegistrarAsync();
        var truck = TestData.Next();
        await (await registrar.Client.UploadPriorityListAsync(list, [TestData.ListedTruck(truck)])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await registrar.Client.UploadPriorityListAsync(list, [TestData.ListedTruck(TestData.Next())])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await registrar.Client.UploadPriorityListAsync(otherList, [TestData.ListedTruck(truck)])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = TestData.PriorityBooking(truck, Day, "12:00", ground);

        await ShouldBeRefusedTakingNothingAsync(body, HttpStatusCode.Conflict, "priority-grounds-not-proved");
        var problem = await (await _carrier.Client.PostAsJsonAsync("/api/v1/bookings", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "priority-grounds-not-proved");
        problem.Str("list").ShouldBe(list);
    }

    [Fact]
    public async Task R6_a_listed_vin_under_another_plate_is_409_and_an_operator_named_entry_is_priority_only_for_that_operator()
    {
        var registrar = await _api.RegistrarAsync();
        var borrowed = TestData.Next();
        var operatorsTruck = TestData.Next();
        var operatorId = TestData.Next();
        var listedOperatorsTruck = TestData.ListedTruck(operatorsTruck);
        listedOperatorsTruck["operatorBin"] = TestData.Bin(operatorId);
        var entries = new JsonArray { new JsonObject { ["countryOfRegistration"] = "KZ", ["plate"] = TestData.Plate(TestData.Next()), ["vin"] = TestData.Vin(borrowed) }, listedOperatorsTruck };
        await (await registrar.Client.UploadPriorityListAsync("authorised-economic-operators", entries)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await ShouldBeRefusedTakingNothingAsync(TestData.PriorityBooking(borrowed, Day, "15:00", "AuthorisedEconomicOperator"), HttpStatusCode.Conflict, "priority-grounds-not-proved");
        await ShouldBeRefusedTakingNothingAsync(TestData.PriorityBooking(operatorsTruck, Day, "15:00", "AuthorisedEconomicOperator"), HttpStatusCode.Conflict, "priority-grounds-not-proved");

        var theOperator = await _api.OrganisationAsync(operatorId);
        (await theOperator.BookAsync(TestData.PriorityBooking(operatorsTruck, Day, "15:00", "AuthorisedEconomicOperator"))).Str("priority").ShouldBe("AuthorisedEconomicOperator");
    }

    [Fact]
    public async Task R6_rescheduling_a_vehicle_dropped_from_its_list_is_409_and_leaves_the_booking_unchanged()
    {
        var registrar = await _api.RegistrarAsync();
        var truck = TestData.Next();
        await (await registrar.Client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(truck)])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var booking = await _carrier.PayAsync(await _carrier.BookAsync(TestData.PriorityBooking(truck, Day, "16:00", "DesignatedPostalOperator")));
        await (await registrar.Client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(TestData.Next())])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await _api.SnapshotAsync();

        var response = await _carrier.RescheduleAsync(booking, Day, "17:00");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "priority-grounds-not-proved", "R6");
        problem.Str("list").ShouldBe("postal-operator");
        (await _api.SnapshotAsync()).ShouldBe(before);
        var unchanged = await _carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        unchanged["interval"]!.Str("start").ShouldBe("16:00");
        unchanged.Number("reschedulesUsed").ShouldBe(0);
    }

    [Fact]
    public async Task R6_paid_expedited_passage_needs_no_papers_and_adds_the_expedited_fee()
    {
        var regular = await _carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "14:00"));

        var expedited = await _carrier.BookAsync(TestData.PriorityBooking(TestData.Next(), Day, "14:00", "PaidExpedited"));

        expedited.Str("priority").ShouldBe("PaidExpedited");
        expedited.Amount("fee").ShouldBeGreaterThan(regular.Amount("fee"));
        regular.Str("priority").ShouldBe("None");
    }
}
