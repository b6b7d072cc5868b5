using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.Domain.Verification;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Verification;

/// <summary>The automated checks (R19, R20) as the API answers them, over scripted registries.</summary>
public sealed class RegistryCheckTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    private readonly ScriptedRegistries _registries = new();

    private SeoApiFactory Api() => new(services: _registries.Install);

    private static HttpRequestMessage BookingRequest(JsonObject body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/bookings") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    private static async Task<JsonArray> MyChecksAsync(Session session) =>
        (await session.Client.GetJsonAsync("/api/v1/checks?pageSize=100"))["items"]!.AsArray();

    private static async Task<Session> NonResidentCarrierAsync(SeoApiFactory api)
    {
        var n = TestData.Next();
        using var anonymous = api.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n, "NonResident"))).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        return await api.SignInAsync(TestData.Email(n), TestData.Password);
    }

    [Fact]
    public async Task R20_a_refusal_is_422_listing_every_failed_check_with_reason_source_and_reference_and_its_record()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        _registries.Fail(RegistryCheck.VehicleNotWanted, "wanted by the internal affairs IS", "MVD-77");
        _registries.Fail(RegistryCheck.LiabilityInsurance, "no policy in force", "ESBD-1");
        var before = await api.SnapshotAsync();

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "checks-refused", "R20");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["check4", "check8"]);
        problem["errors"]!["check8"]![0]!.GetValue<string>().ShouldBe("no policy in force");
        var checks = problem["checks"]!.AsArray();
        checks.Select(c => c.Number("check")).ShouldBe([4, 8]);
        checks[0].Str("name").ShouldBe("VehicleNotWanted");
        checks[0].Str("source").ShouldBe(ScriptedRegistries.Source);
        checks[0].Str("reference").ShouldBe("MVD-77");
        checks[1].Str("reason").ShouldBe("no policy in force");
        var record = await carrier.Client.GetJsonAsync($"/api/v1/checks/{problem.Str("checkRecordId")}");
        record.Str("decision").ShouldBe("Refused");
        record.Str("decisionCode").ShouldBe("checks-refused");
        record["bookingId"].ShouldBeNull();
        record["outcomes"]!.AsArray().Count.ShouldBe(18);
        var after = await api.SnapshotAsync();
        after.ShouldBe(before);
    }

    [Fact]
    public async Task R20_an_unavailable_registry_is_503_with_Retry_After_and_takes_nothing()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        _registries.Unavailable(RegistryCheck.TechnicalInspection);

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "registry-unavailable", "R20");
        response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(30));
        problem["checks"]!.AsArray().ShouldHaveSingleItem()!.Number("check").ShouldBe(14);
        (await api.SnapshotAsync()).CapacityTaken.ShouldBe(0);
        (await MyChecksAsync(carrier)).ShouldHaveSingleItem()!.Str("decision").ShouldBe("RegistryUnavailable");
    }

    [Fact]
    public async Task R20_a_503_under_an_Idempotency_Key_is_not_stored_so_the_retry_with_the_key_runs_again_and_both_are_recorded()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var body = TestData.Booking(TestData.Next(), Tomorrow, "14:00");
        _registries.Unavailable(RegistryCheck.LiabilityInsurance);

        var first = await carrier.Client.SendAsync(BookingRequest(body, "retry-me"));
        await first.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "registry-unavailable");
        _registries.PassEverything();
        var retry = await carrier.Client.SendAsync(BookingRequest(body, "retry-me"));

        await retry.ShouldHaveStatusAsync(HttpStatusCode.Created);
        retry.Headers.Contains("Idempotency-Replayed").ShouldBeFalse();
        (await MyChecksAsync(carrier)).Select(r => r!.Str("decision")).ShouldBe(["Booked", "RegistryUnavailable"]);
        (await api.SnapshotAsync()).IdempotentAnswers.ShouldBe(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("refused-once")]
    public async Task R20_a_refusal_is_kept_in_the_audit_trail_with_and_without_an_Idempotency_Key(string? idempotencyKey)
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var body = TestData.Booking(TestData.Next(), Tomorrow, "14:00");
        _registries.Fail(RegistryCheck.CustomsDeclarations, "no declaration for the goods");

        var response = await carrier.Client.SendAsync(BookingRequest(body, idempotencyKey));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "checks-refused");
        if (idempotencyKey is not null)
        {
            // The refusal is the stored answer: a retry replays it and checks nothing again.
            var replay = await carrier.Client.SendAsync(BookingRequest(body, idempotencyKey));
            (await replay.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "checks-refused")).Str("checkRecordId").ShouldBe(problem.Str("checkRecordId"));
            replay.Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);
        }

        var record = (await MyChecksAsync(carrier)).ShouldHaveSingleItem()!;
        record.Str("id").ShouldBe(problem.Str("checkRecordId"));
        record.Str("decision").ShouldBe("Refused");
        record.Str("purpose").ShouldBe("NewBooking");
        record["vehicle"]!.Str("plate").ShouldBe(body["vehicle"]!.Str("plate"));
        record["outcomes"]!.AsArray().Single(o => o!.Number("check") == 16)!.Str("reason").ShouldBe("no declaration for the goods");
        (await api.SnapshotAsync()).Bookings.ShouldBe(0);
        _registries.Asked.Count.ShouldBe(1);
    }

    [Fact]
    public async Task R20_the_audit_trail_is_visible_to_the_owner_and_officers_and_to_nobody_else()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var stranger = await api.CarrierAsync();
        var truck = TestData.Next();
        var booking = await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00"));
        var id = booking.Str("id");

        var trail = (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{id}/checks"))["items"]!.AsArray();
        var record = trail.ShouldHaveSingleItem()!;
        record.Str("decision").ShouldBe("Booked");
        record.Str("bookingId").ShouldBe(id);
        record.Str("checkedDate").ShouldBe(Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        record.Str("ownerResidency").ShouldBe("Resident");
        var outcomes = record["outcomes"]!.AsArray();
        outcomes.Select(o => o!.Number("check")).ShouldBe(Enumerable.Range(1, 18));
        outcomes.ShouldAllBe(o => o!.Str("source") == ScriptedRegistries.Source && o!.Str("verdict") == "Passed" && o!["checkedAt"] != null);
        outcomes[7]!.Str("reference").ShouldBe("REF-8");

        var recordId = record.Str("id");
        await (await stranger.Client.GetAsync($"/api/v1/bookings/{id}/checks")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await stranger.Client.GetAsync($"/api/v1/checks/{recordId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "check-record-not-found");
        (await MyChecksAsync(stranger)).ShouldBeEmpty();
        await (await stranger.Client.GetAsync($"/api/v1/admin/checks?plate={TestData.Plate(truck)}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");
        (await officer.Client.GetJsonAsync($"/api/v1/checks/{recordId}")).Str("requestedBy").ShouldBe(carrier.AccountId.ToString());
        (await officer.Client.GetJsonAsync($"/api/v1/bookings/{id}/checks"))["items"]!.AsArray().Count.ShouldBe(1);
        var byPlate = await officer.Client.GetJsonAsync($"/api/v1/admin/checks?plate={TestData.Plate(truck).ToLowerInvariant()}");
        byPlate.Number("total").ShouldBe(1);
        byPlate["items"]!.AsArray().ShouldHaveSingleItem()!.Str("id").ShouldBe(recordId);
        (await officer.Client.GetJsonAsync($"/api/v1/admin/checks?vin={TestData.Vin(truck)}&account={carrier.AccountId}")).Number("total").ShouldBe(1);
        (await officer.Client.GetJsonAsync($"/api/v1/admin/checks?account={stranger.AccountId}")).Number("total").ShouldBe(0);
    }

    [Theory]
    [InlineData("plate=%21%21", "invalid-plate")]
    [InlineData("vin=SHORT", "invalid-vin")]
    [InlineData("pageSize=101", "invalid-paging")]
    [InlineData("page=200&pageSize=100", "invalid-paging")]
    [InlineData("from=2026-11-26T00:00:00%2B05:00&to=2026-11-25T00:00:00%2B05:00", "invalid-date-range")]
    public async Task The_officers_search_refuses_bad_input_with_a_clear_400(string query, string code)
    {
        await using var api = Api();
        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");

        var response = await officer.Client.GetAsync($"/api/v1/admin/checks?{query}");

        (await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest)).Str("code").ShouldBe(code);
    }

    [Fact]
    public async Task R19_2_a_resident_failing_checks_10_and_17_is_booked_with_notices_in_the_answer_and_the_cabinet()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        _registries.Fail(RegistryCheck.NoUnpaidFines, "unpaid speeding fine 15 000 KZT", "ADM-123");
        _registries.Fail(RegistryCheck.NoTollRoadDebt, "toll-road debt 2 400 KZT", "TOLL-9");

        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var notices = booking["notices"]!.AsArray();
        notices.Select(n => n!.Number("check")).ShouldBe([10, 17]);
        notices[0]!.Str("reason").ShouldBe("unpaid speeding fine 15 000 KZT");
        notices[0]!.Str("reference").ShouldBe("ADM-123");
        var cabinet = await carrier.Client.GetJsonAsync("/api/v1/notifications");
        cabinet.Number("unread").ShouldBe(2);
        var items = cabinet["items"]!.AsArray();
        items.Count.ShouldBe(2);
        items.ShouldAllBe(n => n!.Str("bookingId") == booking.Str("id") && n!["readAt"] == null);
        items.Select(n => n!.Str("id")).ShouldBe(notices.Select(n => n!.Str("notificationId")), ignoreOrder: true);

        var read = await carrier.Client.PostAsync($"/api/v1/notifications/{notices[0]!.Str("notificationId")}/read", null);
        (await read.ShouldHaveStatusAsync(HttpStatusCode.OK))["readAt"].ShouldNotBeNull();
        (await carrier.Client.GetJsonAsync("/api/v1/notifications")).Number("unread").ShouldBe(1);
        var stranger = await api.CarrierAsync();
        (await stranger.Client.GetJsonAsync("/api/v1/notifications")).Number("total").ShouldBe(0);
        await (await stranger.Client.PostAsync($"/api/v1/notifications/{notices[1]!.Str("notificationId")}/read", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "notification-not-found");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}"))["notices"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task R19_1_a_non_resident_failing_check_10_is_refused_and_gets_no_notice()
    {
        await using var api = Api();
        var carrier = await NonResidentCarrierAsync(api);
        _registries.Fail(RegistryCheck.NoUnpaidFines, "unpaid fine");

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "checks-refused");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["check10"]);
        (await carrier.Client.GetJsonAsync("/api/v1/notifications")).Number("total").ShouldBe(0);
        var record = (await MyChecksAsync(carrier)).ShouldHaveSingleItem()!;
        record.Str("ownerResidency").ShouldBe("NonResident");
        record["outcomes"]!.AsArray().Select(o => o!.Number("check")).ShouldBe([1, 4, 5, 8, 10, 14, 15, 16, 17, 18]);
    }

    [Fact]
    public async Task R20_a_reschedule_to_a_date_after_the_insurance_expires_is_refused_and_keeps_the_booking_and_its_capacity()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        _registries.ValidUntil(RegistryCheck.LiabilityInsurance, Tomorrow.AddDays(2), "POLICY-2026");
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));
        var later = Tomorrow.AddDays(5);

        var response = await carrier.RescheduleAsync(booking, later, "10:00");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "document-expires-before-booked-date", "R20");
        problem["errors"]!["check8"]![0]!.GetValue<string>().ShouldContain("valid until 2026-11-28");
        problem["checks"]![0]!.Str("reference").ShouldBe("POLICY-2026");
        _registries.Asked.Last().BookedDate.ShouldBe(later);
        var read = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read["interval"]!.Str("date").ShouldBe(booking["interval"]!.Str("date"));
        read.Number("freeReschedulesLeft").ShouldBe(2);
        (await carrier.Client.IntervalAsync(later, "10:00")).Number("booked").ShouldBe(0);
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(1);
        var trail = (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}/checks"))["items"]!.AsArray();
        trail.Select(r => (r!.Str("purpose"), r.Str("decision"))).ShouldBe([("Reschedule", "Refused"), ("NewBooking", "Booked")]);

        var allowed = await carrier.RescheduleAsync(booking, Tomorrow.AddDays(2), "10:00");
        (await allowed.ShouldHaveStatusAsync(HttpStatusCode.OK))["interval"]!.Str("date").ShouldBe("2026-11-28");
    }

    [Fact]
    public async Task R16_1_R20_first_free_is_bounded_by_the_earliest_validity_of_the_documents()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        _registries.ValidUntil(RegistryCheck.TechnicalInspection, Tomorrow, "TO-55");
        var lastValidEvening = new DateTimeOffset(Tomorrow.ToDateTime(new TimeOnly(23, 30)), TimeSpan.FromHours(5));

        var onTheLastDay = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), lastValidEvening));
        var tooLate = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.FirstFreeBooking(TestData.Next(), lastValidEvening.AddHours(1)));

        onTheLastDay["interval"]!.Str("date").ShouldBe("2026-11-26");
        onTheLastDay["interval"]!.Str("start").ShouldBe("23:00");
        var problem = await tooLate.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "document-expires-before-booked-date", "R20");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["check14"]);
        problem.Str("detail").ShouldContain("2026-11-26");
    }

    [Fact]
    public async Task R20_a_drivers_identity_document_must_be_valid_on_the_booked_date_when_booking_and_rescheduling()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var lastValidDay = Tomorrow.AddDays(3);
        JsonObject WithDocumentValidUntil(JsonObject body)
        {
            body["drivers"]![0]!["document"]!["expiresOn"] = lastValidDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return body;
        }

        var tooLate = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", WithDocumentValidUntil(TestData.Booking(truck, lastValidDay.AddDays(1), "10:00")));

        var problem = await tooLate.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "identity-document-expires-before-booked-date", "R20");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["drivers[0].document.expiresOn"]);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(0);
        (await carrier.Client.IntervalAsync(lastValidDay.AddDays(1), "10:00")).Number("booked").ShouldBe(0);

        // Valid through its last day: booked then, and a reschedule past it is refused and moves nothing.
        var booking = await carrier.PayAsync(await carrier.BookAsync(WithDocumentValidUntil(TestData.Booking(truck, lastValidDay, "10:00"))));
        var moved = await carrier.RescheduleAsync(booking, lastValidDay.AddDays(1), "10:00");

        await moved.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "identity-document-expires-before-booked-date", "R20");
        var read = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read["interval"]!.Str("date").ShouldBe(booking["interval"]!.Str("date"));
        read.Number("freeReschedulesLeft").ShouldBe(2);
        (await carrier.Client.IntervalAsync(lastValidDay.AddDays(1), "10:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task R20_a_slow_registry_holds_no_transaction_other_bookings_go_through_meanwhile()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var other = await api.CarrierAsync();
        var slowTruck = TestData.Next();
        _registries.Hold(TestData.Plate(slowTruck));

        var slow = carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(slowTruck, Tomorrow, "14:00"));
        await _registries.HeldCheckStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var quick = await other.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        quick.Str("status").ShouldBe("AwaitingPayment");
        slow.IsCompleted.ShouldBeFalse();
        _registries.Release(TestData.Plate(slowTruck));
        await (await slow).ShouldHaveStatusAsync(HttpStatusCode.Created);
    }
}
