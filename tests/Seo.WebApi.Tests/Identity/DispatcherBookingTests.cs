using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Identity;

/// <summary>
/// R15: a dispatcher acts on its organisation's bookings as the organisation does — reads, lists,
/// pays, reschedules, cancels — under the organisation's rules, for as long as the grant is in
/// force; nobody else's; and each act is recorded as the dispatcher's.
/// </summary>
public sealed class DispatcherBookingTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    private readonly SeoApiFactory _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    /// <summary>A proven organisation and a (non-resident, unproven-free) user account it made its dispatcher.</summary>
    private static async Task<(Session Organisation, Session Dispatcher)> DelegatedAsync(SeoApiFactory api)
    {
        var organisation = await api.OrganisationAsync(TestData.Next());
        var dispatcher = await api.RegisterAsync(TestData.Registration(TestData.Next(), "NonResident"));
        await (await organisation.Client.PostAsJsonAsync("/api/v1/accounts/me/dispatchers", new { accountId = dispatcher.AccountId }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (organisation, dispatcher);
    }

    /// <summary>A booking request for a fresh truck, made on behalf of <paramref name="organisation"/>.</summary>
    private static JsonObject OnBehalfOf(Session organisation, DateOnly date, string start)
    {
        var body = TestData.Booking(TestData.Next(), date, start);
        body["onBehalfOf"] = organisation.AccountId;
        return body;
    }

    private static string Path(JsonNode booking, string action = "") => $"/api/v1/bookings/{booking.Str("id")}{action}";

    /// <summary>Every carrier-side request on one booking, each answered as if the booking did not exist for a stranger.</summary>
    private static async Task ShouldNotReachAsync(Session caller, JsonNode booking)
    {
        await (await caller.Client.GetAsync(Path(booking))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await caller.Client.GetAsync(Path(booking, "/checks"))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await caller.Client.GetAsync(Path(booking, "/messages"))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await caller.Client.PostAsync(Path(booking, "/payment"), null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await caller.RescheduleAsync(booking, Tomorrow, "18:00")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await caller.Client.PostAsync(Path(booking, "/cancel"), null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await caller.Client.PostAsync(Path(booking, "/transfer"), null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
    }

    private static async Task<JsonArray> BookingsOfAsync(Session caller, Guid account) =>
        (await caller.Client.GetJsonAsync($"/api/v1/bookings?account={account}&pageSize=100"))["items"]!.AsArray();

    [Fact]
    public async Task R28_a_dispatcher_pays_and_reschedules_the_organisations_booking_and_the_free_reschedules_are_the_bookings()
    {
        var (organisation, dispatcher) = await DelegatedAsync(_api);
        var booking = await dispatcher.BookAsync(OnBehalfOf(organisation, Tomorrow, "14:00"));
        var fee = booking.Amount("fee");

        var paid = await dispatcher.PayAsync(booking);
        paid.Str("status").ShouldBe("Confirmed");
        (await organisation.Client.GetJsonAsync(Path(booking))).Str("status").ShouldBe("Confirmed");

        // One free move by the dispatcher, one by the organisation: the third, whoever asks, costs a fee.
        (await (await dispatcher.RescheduleAsync(booking, Tomorrow, "15:00")).ShouldHaveStatusAsync(HttpStatusCode.OK)).Number("freeReschedulesLeft").ShouldBe(1);
        (await (await organisation.RescheduleAsync(booking, Tomorrow, "16:00")).ShouldHaveStatusAsync(HttpStatusCode.OK)).Number("freeReschedulesLeft").ShouldBe(0);
        var third = await (await dispatcher.RescheduleAsync(booking, Tomorrow, "17:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        third["interval"]!.Str("start").ShouldBe("16:00");
        var rescheduleFee = third["pendingReschedule"]!.Amount("fee");
        third.Amount("amountDue").ShouldBe(rescheduleFee);

        var moved = await dispatcher.PayAsync(third);

        moved["interval"]!.Str("start").ShouldBe("17:00");
        moved.Number("reschedulesUsed").ShouldBe(3);
        moved.Amount("paid").ShouldBe(fee + rescheduleFee);
        var seen = await organisation.Client.GetJsonAsync(Path(booking));
        seen["interval"]!.Str("start").ShouldBe("17:00");
        seen.Amount("paid").ShouldBe(fee + rescheduleFee);
        seen["owner"]!.Str("accountId").ShouldBe(organisation.AccountId.ToString());
        (await organisation.Client.IntervalAsync(Tomorrow, "16:00")).Number("booked").ShouldBe(0);
        (await organisation.Client.IntervalAsync(Tomorrow, "17:00")).Number("booked").ShouldBe(1);
    }

    [Fact]
    public async Task R28_a_dispatcher_cancelling_the_organisations_paid_booking_refunds_nothing_and_the_organisation_sees_it_cancelled()
    {
        var (organisation, dispatcher) = await DelegatedAsync(_api);
        var booking = await organisation.PayAsync(await dispatcher.BookAsync(OnBehalfOf(organisation, Tomorrow, "14:00")));

        var cancelled = await (await dispatcher.Client.PostAsync(Path(booking, "/cancel"), null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        cancelled.Str("status").ShouldBe("Cancelled");
        cancelled.Amount("paid").ShouldBe(booking.Amount("fee"));
        cancelled["amountDue"].ShouldBeNull();
        DateTimeOffset.Parse(cancelled.Str("closedAt"), CultureInfo.InvariantCulture).ShouldBe(_api.Clock.GetUtcNow());
        var seen = await organisation.Client.GetJsonAsync(Path(booking));
        seen.Str("status").ShouldBe("Cancelled");
        seen.Amount("paid").ShouldBe(booking.Amount("fee"));
        (await organisation.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(0);
        await (await organisation.Client.PostAsync(Path(booking, "/cancel"), null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "illegal-status-transition");
    }

    [Fact]
    public async Task R15_a_dispatcher_reads_the_organisations_booking_its_checks_and_messages_and_lists_them_by_account_apart_from_its_own()
    {
        var (organisation, dispatcher) = await DelegatedAsync(_api);
        var theirs = await dispatcher.BookAsync(OnBehalfOf(organisation, Tomorrow, "14:00"));
        var own = await dispatcher.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "15:00"));
        var organisations = await organisation.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "16:00"));

        (await dispatcher.Client.GetJsonAsync(Path(organisations))).Str("id").ShouldBe(organisations.Str("id"));
        (await dispatcher.Client.GetJsonAsync(Path(theirs, "/checks")))["items"]!.AsArray().ShouldNotBeEmpty();
        (await dispatcher.Client.GetAsync(Path(theirs, "/messages"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await BookingsOfAsync(dispatcher, organisation.AccountId)).Select(b => b.Str("id")).ShouldBe([organisations.Str("id"), theirs.Str("id")], ignoreOrder: true);
        (await dispatcher.MyBookingsAsync()).Select(b => b.Str("id")).ShouldBe([own.Str("id")]);
        (await organisation.MyBookingsAsync()).Select(b => b.Str("id")).ShouldBe([organisations.Str("id"), theirs.Str("id")], ignoreOrder: true);
        // The organisation naming itself lists its own, as without the parameter.
        (await BookingsOfAsync(organisation, organisation.AccountId)).Count.ShouldBe(2);
        var confirmed = await dispatcher.Client.GetJsonAsync($"/api/v1/bookings?account={organisation.AccountId}&status=Confirmed");
        confirmed["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task R15_a_revoked_dispatcher_gets_a_strangers_answer_on_its_next_request_and_changes_nothing()
    {
        var (organisation, dispatcher) = await DelegatedAsync(_api);
        var stranger = await _api.RegisterAsync(TestData.Registration(TestData.Next(), "NonResident"));
        var booking = await dispatcher.PayAsync(await dispatcher.BookAsync(OnBehalfOf(organisation, Tomorrow, "14:00")));
        (await dispatcher.Client.GetJsonAsync(Path(booking))).Str("status").ShouldBe("Confirmed");

        await (await organisation.Client.DeleteAsync($"/api/v1/accounts/me/dispatchers/{dispatcher.AccountId}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var before = await _api.SnapshotAsync();

        await ShouldNotReachAsync(dispatcher, booking);
        await ShouldNotReachAsync(stranger, booking);
        await (await dispatcher.Client.GetAsync($"/api/v1/bookings?account={organisation.AccountId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-dispatcher", "R15");
        await (await stranger.Client.GetAsync($"/api/v1/bookings?account={organisation.AccountId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-dispatcher", "R15");

        (await _api.SnapshotAsync()).ShouldBe(before);
        var untouched = await organisation.Client.GetJsonAsync(Path(booking));
        untouched.Str("status").ShouldBe("Confirmed");
        untouched["interval"]!.Str("start").ShouldBe("14:00");
        untouched.Number("reschedulesUsed").ShouldBe(0);
    }

    [Fact]
    public async Task R15_the_dispatchers_of_an_organisation_the_registrar_disabled_no_longer_act_for_it_until_it_is_enabled()
    {
        var (organisation, dispatcher) = await DelegatedAsync(_api);
        var booking = await dispatcher.BookAsync(OnBehalfOf(organisation, Tomorrow, "14:00"));
        var registrar = await _api.RegistrarAsync();
        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{organisation.AccountId}/disable", new { reason = "Reselling places" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await _api.SnapshotAsync();

        await ShouldNotReachAsync(dispatcher, booking);
        await (await dispatcher.Client.PostAsJsonAsync("/api/v1/bookings", OnBehalfOf(organisation, Tomorrow, "15:00")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-dispatcher", "R15");
        (await _api.SnapshotAsync()).ShouldBe(before);

        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{organisation.AccountId}/enable", new { reason = "Cleared" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await dispatcher.PayAsync(booking)).Str("status").ShouldBe("Confirmed");
    }

    [Fact]
    public async Task R15_a_dispatcher_of_one_organisation_cannot_touch_another_organisations_booking()
    {
        var (organisationA, dispatcherA) = await DelegatedAsync(_api);
        var (organisationB, dispatcherB) = await DelegatedAsync(_api);
        var ofB = await dispatcherB.PayAsync(await dispatcherB.BookAsync(OnBehalfOf(organisationB, Tomorrow, "14:00")));
        await organisationA.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "15:00"));
        var before = await _api.SnapshotAsync();

        await ShouldNotReachAsync(dispatcherA, ofB);
        await (await dispatcherA.Client.GetAsync($"/api/v1/bookings?account={organisationB.AccountId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-dispatcher", "R15");
        await ShouldNotReachAsync(organisationA, ofB);

        (await _api.SnapshotAsync()).ShouldBe(before);
        var untouched = await organisationB.Client.GetJsonAsync(Path(ofB));
        untouched.Str("status").ShouldBe("Confirmed");
        untouched["interval"]!.Str("start").ShouldBe("14:00");
    }

    [Fact]
    public async Task R15_neither_the_organisation_nor_its_other_dispatchers_reach_a_dispatchers_own_booking()
    {
        var (organisation, dispatcher) = await DelegatedAsync(_api);
        var colleague = await _api.RegisterAsync(TestData.Registration(TestData.Next(), "NonResident"));
        await (await organisation.Client.PostAsJsonAsync("/api/v1/accounts/me/dispatchers", new { accountId = colleague.AccountId }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        var own = await dispatcher.PayAsync(await dispatcher.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));

        await ShouldNotReachAsync(organisation, own);
        await ShouldNotReachAsync(colleague, own);
        await (await organisation.Client.GetAsync($"/api/v1/bookings?account={dispatcher.AccountId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-dispatcher", "R15");
        (await BookingsOfAsync(colleague, organisation.AccountId)).ShouldBeEmpty();
        (await dispatcher.Client.GetJsonAsync(Path(own))).Str("status").ShouldBe("Confirmed");
    }

    [Fact]
    public async Task R15_each_act_of_a_dispatcher_on_the_organisations_booking_is_recorded_with_the_dispatcher_as_actor()
    {
        var (organisation, dispatcher) = await DelegatedAsync(_api);
        var booking = await dispatcher.BookAsync(OnBehalfOf(organisation, Tomorrow, "14:00"));
        await dispatcher.PayAsync(booking);
        await (await dispatcher.RescheduleAsync(booking, Tomorrow, "15:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await dispatcher.Client.PostAsync(Path(booking, "/cancel"), null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        // The organisation acting on its own booking is the owner acting: no entry.
        await organisation.PayAsync(await organisation.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "16:00")));

        var registrar = await _api.RegistrarAsync();
        var entries = (await registrar.Client.GetJsonAsync($"/api/v1/admin/audit?actor={dispatcher.AccountId}&pageSize=200"))["items"]!.AsArray();

        entries.Select(e => e.Str("action")).Reverse().ShouldBe(
            ["booking.requested-by-dispatcher", "booking.paid-by-dispatcher", "booking.rescheduled-by-dispatcher", "booking.cancelled-by-dispatcher"]);
        foreach (var entry in entries)
        {
            entry.Str("target").ShouldBe(booking.Str("id"));
            entry!["details"].Str("organisation").ShouldBe(organisation.AccountId.ToString());
        }

        (await registrar.Client.GetJsonAsync($"/api/v1/admin/audit?actor={organisation.AccountId}"))["items"]!.AsArray().ShouldBeEmpty();
        // The check records, which the organisation reads, name who asked: the dispatcher, for the booking and for its move.
        var checks = (await organisation.Client.GetJsonAsync(Path(booking, "/checks")))["items"]!.AsArray();
        checks.Select(c => c.Str("purpose")).ShouldBe(["Reschedule", "NewBooking"], ignoreOrder: true);
        checks.ShouldAllBe(c => c!["requestedBy"]!.GetValue<Guid>() == dispatcher.AccountId);
        (await registrar.Client.GetJsonAsync("/api/v1/admin/audit/verification"))["intact"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task R15_the_organisations_day_share_cap_holds_a_dispatchers_reschedule_and_its_own_bookings_do_not_count()
    {
        var day = SeoApiFactory.Today.AddDays(3);
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Bookings:Caps:MaxBookingsPerAccountPerCheckpointDay"] = "1" });
        var (organisation, dispatcher) = await DelegatedAsync(api);
        await dispatcher.BookAsync(TestData.Booking(TestData.Next(), day.AddDays(1), "10:00"));
        await organisation.BookAsync(TestData.Booking(TestData.Next(), day, "10:00"));
        // The dispatcher's own booking on the next day does not fill the organisation's share of it.
        var booking = await dispatcher.PayAsync(await dispatcher.BookAsync(OnBehalfOf(organisation, day.AddDays(1), "11:00")));
        var before = await api.SnapshotAsync();

        var refused = await dispatcher.RescheduleAsync(booking, day, "12:00");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "checkpoint-day-share-exceeded");
        problem.Number("limit").ShouldBe(1);
        (await api.SnapshotAsync()).ShouldBe(before);
        var unchanged = await organisation.Client.GetJsonAsync(Path(booking));
        unchanged["interval"]!.Str("date").ShouldBe(day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        unchanged.Number("reschedulesUsed").ShouldBe(0);
    }

    [Fact]
    public async Task R15_a_dispatchers_request_in_a_days_opening_window_is_the_organisations_draw_entry_recorded_as_the_dispatchers()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Draws:OpeningWindow"] = "00:30:00" });
        // One minute past the checkpoints' midnight of 26 Nov 2026: 24 Feb 2027 has just entered the horizon (docs/fair-release.md).
        api.Clock.Advance(TimeSpan.FromHours(15) + TimeSpan.FromMinutes(1));
        var (organisation, dispatcher) = await DelegatedAsync(api);

        var entry = await (await dispatcher.Client.PostAsJsonAsync("/api/v1/bookings", OnBehalfOf(organisation, new DateOnly(2027, 2, 24), "10:00")))
            .ShouldHaveStatusAsync(HttpStatusCode.Accepted);

        var registrar = await api.RegistrarAsync();
        var recorded = (await registrar.Client.GetJsonAsync($"/api/v1/admin/audit?actor={dispatcher.AccountId}"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        recorded.Str("action").ShouldBe("draw.entered-by-dispatcher");
        recorded.Str("target").ShouldBe(entry.Str("entryId"));
        recorded["details"].Str("organisation").ShouldBe(organisation.AccountId.ToString());
        recorded["details"].Str("date").ShouldBe("2027-02-24");
    }
}
