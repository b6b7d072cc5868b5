using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Waitlist.OfferPlaces;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Waitlist;

/// <summary>R22, R28: a paid booking waits for an earlier interval; a freed place goes to the first waiting, then the next on timeout.</summary>
public sealed class WaitlistTests
{
    private static readonly TimeSpan OfferWindow = TimeSpan.FromMinutes(5);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static SeoApiFactory NewApi(StoreProvider store = StoreProvider.Sqlite) =>
        new(new Dictionary<string, string?> { ["Seo:Waitlist:OfferWindow"] = OfferWindow.ToString() }, store);

    /// <summary>From today on, DOSTYK takes <paramref name="places"/> vehicles an hour from 08:00 to 20:00.</summary>
    internal static async Task PlacesAnHourAsync(SeoApiFactory api, int places = 1)
    {
        var registrar = await api.RegistrarAsync();
        var week = new JsonObject();
        foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" })
        {
            week[day] = new JsonObject { ["opensAt"] = "08:00", ["hoursOpen"] = 12, ["intervalMinutes"] = 60, ["vehiclesPerInterval"] = places };
        }

        await (await registrar.Client.PutAsJsonAsync("/api/v1/admin/checkpoints/DOSTYK/capacity", new JsonObject
        {
            ["expectedVersion"] = 0,
            ["effectiveFrom"] = Iso(SeoApiFactory.Today),
            ["week"] = week,
            ["reason"] = "One lane open",
        })).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    internal static async Task<JsonObject> PaidAsync(Session carrier, DateOnly date, string start)
    {
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), date, start));
        await carrier.PayAsync(booking);
        return booking;
    }

    internal static Task<HttpResponseMessage> WaitAsync(Session carrier, JsonNode booking, DateOnly from, DateOnly to, string? earliest = null, string? latest = null) =>
        carrier.Client.PutAsJsonAsync($"/api/v1/bookings/{booking.Str("id")}/waitlist", new { from = Iso(from), to = Iso(to), earliestStart = earliest, latestStart = latest });

    private static Task<JsonObject> EntryAsync(Session carrier, JsonNode booking) =>
        carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}/waitlist");

    /// <summary>One firing of the waitlist's job: lapsed offers end, then the free places are offered.</summary>
    private static async Task<(int Ended, int Offered)> SweepAsync(SeoApiFactory api)
    {
        var ended = await api.SendAsync(new EndWaitlistOffers());
        var offered = await api.SendAsync(new OfferWaitlistPlaces());
        return (ended.Value, offered.Value);
    }

    /// <summary>
    /// One place an hour; a holder's paid booking at <paramref name="start"/> on <paramref name="day"/>; two
    /// carriers with paid bookings the day after, at that hour and the next, waiting for exactly that interval, the first first.
    /// </summary>
    private static async Task<Queue> QueueForAsync(SeoApiFactory api, DateOnly day, int start)
    {
        await PlacesAnHourAsync(api);
        var at = $"{start:D2}:00";
        var holder = await api.CarrierAsync();
        var first = await api.CarrierAsync();
        var second = await api.CarrierAsync();
        var held = await PaidAsync(holder, day, at);
        var firstBooking = await PaidAsync(first, day.AddDays(1), at);
        var secondBooking = await PaidAsync(second, day.AddDays(1), $"{start + 1:D2}:00");
        await (await WaitAsync(first, firstBooking, day, day, at, at)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await (await WaitAsync(second, secondBooking, day, day, at, at)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return new Queue(holder, held, first, firstBooking, second, secondBooking);
    }

    private sealed record Queue(Session Holder, JsonObject Held, Session First, JsonObject FirstBooking, Session Second, JsonObject SecondBooking)
    {
        public async Task FreeThePlaceAsync() =>
            await (await Holder.Client.PostAsync($"/api/v1/bookings/{Held.Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task R22_a_freed_place_goes_to_the_first_waiting_carrier_then_to_the_next_when_the_first_lets_the_offer_lapse()
    {
        await using var api = NewApi();
        var day = SeoApiFactory.Today.AddDays(5);
        var queue = await QueueForAsync(api, day, 10);
        var (holder, _, first, firstBooking, second, secondBooking) = queue;
        (await EntryAsync(first, firstBooking)).ShouldSatisfyAllConditions(e => e.Str("status").ShouldBe("Waiting"), e => e.Number("position").ShouldBe(1));
        (await EntryAsync(second, secondBooking)).Number("position").ShouldBe(2);

        // Nothing is free in the window yet.
        (await SweepAsync(api)).ShouldBe((0, 0));

        await queue.FreeThePlaceAsync();
        (await SweepAsync(api)).ShouldBe((0, 1));

        var offered = await EntryAsync(first, firstBooking);
        offered.Str("status").ShouldBe("Offered");
        offered["offer"].Str("date").ShouldBe(Iso(day));
        offered["offer"].Str("start").ShouldBe("10:00");
        DateTimeOffset.Parse(offered["offer"].Str("expiresAt"), CultureInfo.InvariantCulture).ShouldBe(api.Clock.GetUtcNow() + OfferWindow);
        (await EntryAsync(second, secondBooking)).ShouldSatisfyAllConditions(e => e.Str("status").ShouldBe("Waiting"), e => e.Number("position").ShouldBe(1));
        // The held place is taken: the public cannot book it, and nobody else is offered it.
        (await holder.Client.IntervalAsync(day, "10:00")).Number("booked").ShouldBe(1);
        await (await holder.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), day, "10:00")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "slot-full");
        (await SweepAsync(api)).ShouldBe((0, 0));
        var notices = (await first.Client.GetJsonAsync("/api/v1/notifications?pageSize=100"))["items"]!.AsArray().Where(n => n!.Str("kind") == "WaitlistOffer").ToList();
        notices.ShouldHaveSingleItem()!.Str("bookingId").ShouldBe(firstBooking.Str("id"));
        (await api.ReadStoreAsync(db => db.OutboundMessages.CountAsync(m => m.Kind == Domain.Messaging.MessageKind.WaitlistOffer && m.Channel == Domain.Messaging.MessageChannel.Sms)))
            .ShouldBe(1);

        // The first carrier does not answer: on timeout the place goes to the next, in the same firing.
        api.Clock.Advance(OfferWindow);
        (await SweepAsync(api)).ShouldBe((1, 1));

        (await EntryAsync(first, firstBooking)).ShouldSatisfyAllConditions(e => e.Str("status").ShouldBe("Lapsed"), e => e["offer"].ShouldBeNull());
        (await EntryAsync(second, secondBooking))["offer"].Str("start").ShouldBe("10:00");
        await (await first.Client.PostAsync($"/api/v1/bookings/{firstBooking.Str("id")}/waitlist/accept", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-waitlist-offer");

        var moved = await (await second.Client.PostAsync($"/api/v1/bookings/{secondBooking.Str("id")}/waitlist/accept", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        moved["interval"].Str("date").ShouldBe(Iso(day));
        moved["interval"].Str("start").ShouldBe("10:00");
        moved.Number("reschedulesUsed").ShouldBe(1); // R28: the owner's choice, one of the two free reschedules
        moved["amountDue"].ShouldBeNull();
        (await EntryAsync(second, secondBooking)).Str("status").ShouldBe("Accepted");
        // The held place became the booking's, once: the interval holds one, the one it left is free again.
        (await second.Client.IntervalAsync(day, "10:00")).Number("booked").ShouldBe(1);
        (await second.Client.IntervalAsync(day.AddDays(1), "11:00")).Number("booked").ShouldBe(0);
        (await api.ReadStoreAsync(db => db.CapacitySlots.AnyAsync(s => s.Booked > s.Capacity))).ShouldBeFalse();
        (await SweepAsync(api)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task R22_declining_an_offer_passes_its_place_to_the_next_and_a_carrier_may_rejoin_only_at_the_back()
    {
        await using var api = NewApi();
        var day = SeoApiFactory.Today.AddDays(5);
        var queue = await QueueForAsync(api, day, 9);
        var (_, _, first, firstBooking, second, secondBooking) = queue;
        await queue.FreeThePlaceAsync();
        await SweepAsync(api);
        await (await WaitAsync(first, firstBooking, day, day.AddDays(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "waitlist-offer-pending");

        var left = await (await first.Client.DeleteAsync($"/api/v1/bookings/{firstBooking.Str("id")}/waitlist")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        left.Str("status").ShouldBe("Left");
        (await first.Client.IntervalAsync(day, "09:00")).Number("booked").ShouldBe(0);
        (await SweepAsync(api)).ShouldBe((0, 1));
        (await EntryAsync(second, secondBooking))["offer"].Str("start").ShouldBe("09:00");
        var rejoined = await (await WaitAsync(first, firstBooking, day, day, "09:00", "09:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        rejoined.Str("status").ShouldBe("Waiting");
        rejoined.Number("position").ShouldBe(1); // the second is no longer waiting: it holds the offer
        (await first.Client.GetJsonAsync($"/api/v1/bookings/{firstBooking.Str("id")}")).Number("reschedulesUsed").ShouldBe(0);
    }

    [Fact]
    public async Task R22_R28_a_cancelled_booking_leaves_the_waitlist_and_the_place_held_for_it_goes_on()
    {
        await using var api = NewApi();
        var day = SeoApiFactory.Today.AddDays(5);
        var queue = await QueueForAsync(api, day, 12);
        var (_, _, first, firstBooking, second, secondBooking) = queue;
        await queue.FreeThePlaceAsync();
        await SweepAsync(api);

        await (await first.Client.PostAsync($"/api/v1/bookings/{firstBooking.Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await SweepAsync(api)).ShouldBe((1, 1));

        (await EntryAsync(first, firstBooking)).Str("status").ShouldBe("Closed");
        (await EntryAsync(second, secondBooking))["offer"].Str("start").ShouldBe("12:00");
        (await second.Client.IntervalAsync(day, "12:00")).Number("booked").ShouldBe(1);
    }

    [Fact]
    public async Task R22_bad_waitlist_requests_are_refused_with_codes_and_change_nothing()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var stranger = await api.CarrierAsync();
        var day = SeoApiFactory.Today.AddDays(5);
        var unpaid = await carrier.BookAsync(TestData.Booking(TestData.Next(), day, "10:00"));
        var paid = await PaidAsync(carrier, day, "11:00");

        await (await WaitAsync(carrier, unpaid, day, day)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking-not-waitable", "R28");
        await (await WaitAsync(carrier, paid, day.AddDays(1), day.AddDays(2))).ShouldBeValidationProblemAsync("waitlist-window-not-earlier", "from");
        await (await WaitAsync(carrier, paid, day, day.AddDays(-1))).ShouldBeValidationProblemAsync("invalid-waitlist-window", "to");
        await (await WaitAsync(carrier, paid, SeoApiFactory.Today.AddDays(-1), day)).ShouldBeValidationProblemAsync("waitlist-window-in-the-past", "from");
        await (await WaitAsync(carrier, paid, day, day, "25:00")).ShouldBeValidationProblemAsync("invalid-start", "earliestStart");
        await (await WaitAsync(carrier, paid, day, day, "12:00", "09:00")).ShouldBeValidationProblemAsync("invalid-waitlist-window", "latestStart");
        await (await WaitAsync(stranger, paid, day, day)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await carrier.Client.GetAsync($"/api/v1/bookings/{paid.Str("id")}/waitlist")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not-on-waitlist");
        await (await carrier.Client.PostAsync($"/api/v1/bookings/{paid.Str("id")}/waitlist/accept", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not-on-waitlist");
        (await api.ReadStoreAsync(db => db.WaitlistEntries.CountAsync())).ShouldBe(0);

        await (await WaitAsync(carrier, paid, SeoApiFactory.Today, day)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await carrier.Client.PostAsync($"/api/v1/bookings/{paid.Str("id")}/waitlist/accept", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-waitlist-offer");
        await (await stranger.Client.DeleteAsync($"/api/v1/bookings/{paid.Str("id")}/waitlist")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        (await EntryAsync(carrier, paid)).Str("status").ShouldBe("Waiting");
    }
}
