using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Checkpoints;

/// <summary>R22: the registrar's capacity plan decides what each day of a checkpoint sells, days already on sale included.</summary>
public sealed class CapacityPlanTests
{
    private const string Path = "/api/v1/admin/checkpoints/DOSTYK/capacity";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Schedule(string opensAt, int hoursOpen, int intervalMinutes, int vehiclesPerInterval) => new()
    {
        ["opensAt"] = opensAt,
        ["hoursOpen"] = hoursOpen,
        ["intervalMinutes"] = intervalMinutes,
        ["vehiclesPerInterval"] = vehiclesPerInterval,
    };

    private static JsonObject Closed() => Schedule("00:00", 24, 60, 0);

    private static JsonObject Week(Func<JsonObject> every, Func<JsonObject>? sunday = null) => new()
    {
        ["monday"] = every(),
        ["tuesday"] = every(),
        ["wednesday"] = every(),
        ["thursday"] = every(),
        ["friday"] = every(),
        ["saturday"] = every(),
        ["sunday"] = (sunday ?? every)(),
    };

    private static JsonObject Plan(int expectedVersion, DateOnly effectiveFrom, JsonObject week, JsonArray? exceptions = null, string? reason = "Road works on the approach") => new()
    {
        ["expectedVersion"] = expectedVersion,
        ["effectiveFrom"] = Iso(effectiveFrom),
        ["week"] = week.DeepClone(),
        ["exceptions"] = exceptions ?? [],
        ["reason"] = reason,
    };

    private static JsonObject Exception(DateOnly from, DateOnly to, JsonObject schedule, string reason = "Independence Day") => new()
    {
        ["from"] = Iso(from),
        ["to"] = Iso(to),
        ["schedule"] = schedule,
        ["reason"] = reason,
    };

    private static Task<HttpResponseMessage> ReviseAsync(Session registrar, JsonObject plan) => registrar.Client.PutAsJsonAsync(Path, plan);

    /// <summary>Books <paramref name="count"/> trucks, each its own, into one interval.</summary>
    private static async Task BookAsync(Session carrier, DateOnly date, string start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await carrier.BookAsync(TestData.Booking(TestData.Next(), date, start));
        }
    }

    [Fact]
    public async Task R22_a_new_week_sells_its_schedule_from_its_date_on_at_once_and_the_baseline_before_it()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var monday = SeoApiFactory.Today.AddDays(5);
        var sunday = monday.AddDays(6);
        monday.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        // Read once before the change: this instance now holds the checkpoints in its catalog.
        (await carrier.Client.AvailabilityAsync(monday)).Count.ShouldBe(24);

        var change = await (await ReviseAsync(registrar, Plan(0, monday, Week(() => Schedule("08:00", 12, 30, 5), Closed))))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        change["moved"]!.AsArray().ShouldBeEmpty();
        var plan = change["plan"]!;
        plan.Number("version").ShouldBe(1);
        var version = plan["versions"]!.AsArray().ShouldHaveSingleItem()!;
        version.Str("effectiveFrom").ShouldBe(Iso(monday));
        version.Str("changedBy").ShouldBe(registrar.AccountId.ToString());
        version.Str("reason").ShouldBe("Road works on the approach");
        version["inForce"]!.GetValue<bool>().ShouldBeTrue();
        version["week"]!["sunday"].Number("vehiclesPerInterval").ShouldBe(0);
        var halfHours = await carrier.Client.AvailabilityAsync(monday);
        halfHours.Select(i => i!.Str("start")).ShouldBe(Enumerable.Range(0, 24).Select(i => $"{8 + (i / 2):D2}:{i % 2 * 30:D2}"));
        halfHours.ShouldAllBe(i => i!.Number("capacity") == 5 && i!["bookable"]!.GetValue<bool>());
        var first = halfHours[0]!;
        (DateTimeOffset.Parse(first.Str("endsAt"), CultureInfo.InvariantCulture) - DateTimeOffset.Parse(first.Str("startsAt"), CultureInfo.InvariantCulture))
            .ShouldBe(TimeSpan.FromMinutes(30));
        (await carrier.Client.AvailabilityAsync(sunday)).ShouldAllBe(i => i!.Number("capacity") == 0 && !i!["bookable"]!.GetValue<bool>());
        (await carrier.Client.AvailabilityAsync(monday.AddDays(-1))).ShouldAllBe(i => i!.Number("capacity") == 20);

        await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), monday, "21:00")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "interval-not-offered");
        await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), sunday, "10:00")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "interval-not-offered");
        var booked = await carrier.BookAsync(TestData.Booking(TestData.Next(), monday, "08:30"));
        booked["interval"].Number("lengthMinutes").ShouldBe(30);
        booked["interval"].Str("end").ShouldBe("09:00");

        var read = await registrar.Client.GetJsonAsync($"{Path}?from={Iso(monday.AddDays(-1))}&to={Iso(sunday)}");
        read.Number("version").ShouldBe(1);
        var days = read["days"]!.AsArray();
        days.Count.ShouldBe(8);
        days[0]!["version"].ShouldBeNull();
        days[0]!["schedule"].Number("dailyThroughput").ShouldBe(480);
        days[1]!.Number("version").ShouldBe(1);
        days[1]!["schedule"].Number("dailyThroughput").ShouldBe(120);
        days[7]!["schedule"].Number("dailyThroughput").ShouldBe(0);
        var today = (await carrier.Client.GetFromJsonAsync<JsonArray>("/api/v1/checkpoints"))!.Single(c => c!.Str("code") == "DOSTYK")!;
        today["capacity"].Number("dailyThroughput").ShouldBe(480);
        (await api.ReadStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "capacity-plan.revised" && e.Actor == registrar.AccountId.ToString() && e.Target == "DOSTYK")))
            .ShouldBe(1);
    }

    [Fact]
    public async Task R22_R6_days_already_booked_take_the_new_places_keep_their_bookings_and_a_new_priority_limit()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        await BookAsync(carrier, date, "10:00", count: 3);

        await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, Week(() => Schedule("00:00", 24, 60, 10))))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var ten = await carrier.Client.IntervalAsync(date, "10:00");
        ten.Number("capacity").ShouldBe(10);
        ten.Number("booked").ShouldBe(3);
        ten.Number("free").ShouldBe(7);
        (await carrier.Client.IntervalAsync(date.AddDays(1), "10:00")).Number("capacity").ShouldBe(10);
        var day = await api.ReadStoreAsync(db => db.CapacityDays.AsNoTracking().SingleAsync(d => d.Checkpoint == "DOSTYK" && d.Day == date.DayNumber));
        day.Throughput.ShouldBe(240);
        day.PriorityLimit.ShouldBe(36); // 15 % of 240
        (await carrier.MyBookingsAsync()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task R22_intervals_of_today_that_have_begun_keep_their_places()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today, "15:00")); // opens today; it is 09:00

        await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, Week(() => Schedule("00:00", 24, 60, 10))))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var today = await api.ReadStoreAsync(db => db.CapacitySlots.AsNoTracking()
            .Where(s => s.Checkpoint == "DOSTYK" && s.Day == SeoApiFactory.Today.DayNumber).ToListAsync());
        today.Where(s => s.StartMinute < 9 * 60).ShouldAllBe(s => s.Capacity == 20);
        today.Where(s => s.StartMinute >= 9 * 60).ShouldAllBe(s => s.Capacity == 10);
    }

    [Fact]
    public async Task R22_R28_a_cut_from_20_to_10_moves_exactly_the_last_10_bookings_to_the_nearest_free_interval_free_uncounted_and_each_owner_told_once()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        var issued = new List<JsonObject>();
        for (var i = 0; i < 20; i++)
        {
            issued.Add(await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00"))));
        }

        var change = await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, Week(() => Schedule("00:00", 24, 60, 10)), reason: "Scanner out of order")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // The last 10 issued move; 09:00 and 11:00 are as near, and the later one is taken.
        var moved = change["moved"]!.AsArray();
        moved.Select(m => m!.Str("bookingId")).ShouldBe(issued.Skip(10).Select(b => b.Str("id")), ignoreOrder: true);
        moved.ShouldAllBe(m => m!.Str("toDate") == Iso(date) && m.Str("toStart") == "11:00" && m.Str("fromStart") == "10:00");
        (await carrier.Client.IntervalAsync(date, "10:00")).ShouldSatisfyAllConditions(
            i => i.Number("capacity").ShouldBe(10), i => i.Number("booked").ShouldBe(10));
        (await carrier.Client.IntervalAsync(date, "11:00")).Number("booked").ShouldBe(10);
        var mine = (await carrier.MyBookingsAsync()).Select(b => b!.AsObject()).ToDictionary(b => b.Str("id"));
        foreach (var kept in issued.Take(10))
        {
            mine[kept.Str("id")]["interval"].Str("start").ShouldBe("10:00");
            mine[kept.Str("id")]["freeMoveUntil"].ShouldBeNull();
        }

        var respondBy = SeoApiFactory.Start.AddHours(24);
        foreach (var original in issued.Skip(10))
        {
            var booking = mine[original.Str("id")];
            booking.Str("status").ShouldBe("Confirmed");
            booking["interval"].Str("start").ShouldBe("11:00");
            booking.Number("reschedulesUsed").ShouldBe(0);
            booking.Number("freeReschedulesLeft").ShouldBe(2);
            booking.Amount("paid").ShouldBe(original.Amount("paid"));
            booking["amountDue"].ShouldBeNull();
            DateTimeOffset.Parse(booking.Str("freeMoveUntil"), CultureInfo.InvariantCulture).ShouldBe(respondBy);
            booking.Str("number").ShouldNotBe(original.Str("number")); // R20: a sequence number of its new interval's day
        }

        var notices = (await carrier.Client.GetJsonAsync("/api/v1/notifications?pageSize=100"))["items"]!.AsArray()
            .Where(n => n!.Str("kind") == "CapacityMove").ToList();
        notices.Select(n => n!.Str("bookingId")).ShouldBe(issued.Skip(10).Select(b => b.Str("id")), ignoreOrder: true);
        notices.ShouldAllBe(n => n!.Str("text").Contains("Scanner out of order", StringComparison.Ordinal));
        var sms = await api.ReadStoreAsync(db => db.OutboundMessages.AsNoTracking()
            .Where(m => m.Kind == Domain.Messaging.MessageKind.CapacityMove && m.Channel == Domain.Messaging.MessageChannel.Sms).ToListAsync());
        sms.Select(m => m.BookingId!.Value.Value.ToString()).ShouldBe(issued.Skip(10).Select(b => b.Str("id")), ignoreOrder: true);
        (await api.ReadStoreAsync(db => db.PaymentIntents.CountAsync())).ShouldBe(20); // one per booking paid; the moves opened none
        var audit = await api.ReadStoreAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "capacity-plan.revised"));
        foreach (var original in issued.Skip(10))
        {
            audit.Details.ShouldContain(mine[original.Str("id")].Str("number"));
        }

        // Within the deadline the owner picks another interval: free, uncounted, and the offer is used up.
        var picked = await (await carrier.RescheduleAsync(mine[issued[^1].Str("id")], date, "14:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        picked["interval"].Str("start").ShouldBe("14:00");
        picked.Number("reschedulesUsed").ShouldBe(0);
        picked["freeMoveUntil"].ShouldBeNull();
        picked["amountDue"].ShouldBeNull();

        // Another owner keeps the new interval: the free pick ends, and there is nothing left to accept.
        var keeping = mine[issued[^2].Str("id")];
        var accepted = await (await carrier.Client.PostAsync($"/api/v1/bookings/{keeping.Str("id")}/capacity-move/accept", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        accepted["interval"].Str("start").ShouldBe("11:00");
        accepted["freeMoveUntil"].ShouldBeNull();
        accepted.Number("reschedulesUsed").ShouldBe(0);
        await (await carrier.Client.PostAsync($"/api/v1/bookings/{keeping.Str("id")}/capacity-move/accept", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-capacity-move", "R22");
        await (await carrier.Client.PostAsync($"/api/v1/bookings/{issued[0].Str("id")}/capacity-move/accept", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-capacity-move", "R22");
    }

    [Fact]
    public async Task R22_R6_a_cut_moves_regular_bookings_before_a_priority_one_issued_later_and_the_priority_one_keeps_its_place()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        var first = await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00"));
        var priority = await carrier.BookAsync(TestData.PriorityBooking(TestData.Next(), date, "10:00", "PaidExpedited"));
        var last = await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00"));

        var change = await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, Week(() => Schedule("00:00", 24, 60, 1)))))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        change["moved"]!.AsArray().Select(m => m!.Str("bookingId")).ShouldBe([last.Str("id"), first.Str("id")]);
        var mine = (await carrier.MyBookingsAsync()).ToDictionary(b => b!.Str("id"));
        mine[priority.Str("id")]!["interval"].Str("start").ShouldBe("10:00");
        mine[last.Str("id")]!["interval"].Str("start").ShouldBe("11:00"); // the nearer of 09:00 and 11:00 is the later
        mine[first.Str("id")]!["interval"].Str("start").ShouldBe("09:00"); // 11:00 has taken its one place
        (await carrier.Client.AvailabilityAsync(date)).ShouldAllBe(i => i!.Number("booked") <= 1);
    }

    /// <summary>Two paid bookings and one unpaid at 10:00 three days on, then every day closed from today: nowhere to move to.</summary>
    private static async Task<(JsonObject[] Paid, JsonObject Unpaid, JsonObject Change, int FirstTruck)> CloseEverythingAsync(Session registrar, Session carrier, DateOnly date)
    {
        var firstTruck = TestData.Next();
        var paid = new[] { await carrier.BookAsync(TestData.Booking(firstTruck, date, "10:00")), await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00")) };
        foreach (var booking in paid)
        {
            await carrier.PayAsync(booking);
        }

        var unpaid = await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00"));
        var change = await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, Week(Closed), reason: "Checkpoint closed by the state")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (paid, unpaid, change, firstTruck);
    }

    private static Task<JsonObject> ReopenAsync(Session registrar, DateOnly from) =>
        ReviseAsync(registrar, Plan(1, from, Week(() => Schedule("00:00", 24, 60, 20)), reason: "Checkpoint open again")).ContinueWith(r => r.Result.ShouldHaveStatusAsync(HttpStatusCode.OK)).Unwrap();

    [Fact]
    public async Task R22_R28_a_closure_with_no_room_to_the_horizon_displaces_the_paid_bookings_ends_the_unpaid_hold_and_tells_each_owner_once()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);

        var (paid, unpaid, change, _) = await CloseEverythingAsync(registrar, carrier, date);

        change["moved"]!.AsArray().ShouldBeEmpty();
        var displaced = change["displaced"]!.AsArray().ToDictionary(d => d!.Str("bookingId"));
        displaced.Keys.ShouldBe([.. paid.Select(b => b.Str("id")), unpaid.Str("id")], ignoreOrder: true);
        var respondBy = api.Clock.GetUtcNow().AddDays(7);
        paid.ShouldAllBe(b => DateTimeOffset.Parse(displaced[b.Str("id")]!.Str("respondBy"), CultureInfo.InvariantCulture) == respondBy);
        displaced[unpaid.Str("id")]!["respondBy"].ShouldBeNull();
        var mine = (await carrier.MyBookingsAsync()).ToDictionary(b => b!.Str("id"));
        paid.ShouldAllBe(b => mine[b.Str("id")]!.Str("status") == "Displaced" && mine[b.Str("id")]!["freeMoveUntil"] != null);
        mine[unpaid.Str("id")]!.Str("status").ShouldBe("Cancelled");
        (await api.ReadStoreAsync(db => db.CapacitySlots.AsNoTracking().Where(s => s.Day == date.DayNumber).SumAsync(s => s.Booked))).ShouldBe(0);
        (await registrar.Client.GetJsonAsync(Path)).Number("version").ShouldBe(1);
        var notices = await api.ReadStoreAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == Domain.Notifications.NotificationKind.Displacement).Select(n => n.Text).ToListAsync());
        notices.Count.ShouldBe(3);
        notices.Count(t => t.Contains("ask for your fee back", StringComparison.Ordinal)).ShouldBe(2);
        notices.Count(t => t.Contains("nothing was charged", StringComparison.Ordinal)).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.Notifications.CountAsync(n => n.Kind == Domain.Notifications.NotificationKind.CapacityMove))).ShouldBe(0);
        (await api.ReadStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "capacity-plan.revised"))).ShouldBe(1);
    }

    [Fact]
    public async Task R22_R28_a_displaced_booking_is_placed_on_any_date_that_has_room_free_and_not_counted_as_a_reschedule()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        var (paid, _, _, firstTruck) = await CloseEverythingAsync(registrar, carrier, date);
        await (await carrier.Client.PostAsync($"/api/v1/bookings/{paid[0].Str("id")}/cancel", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking-displaced", "R28");
        await (await carrier.RescheduleAsync(paid[0], date.AddDays(20), "14:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "interval-not-offered");
        var reopened = SeoApiFactory.Today.AddDays(30);
        await ReopenAsync(registrar, reopened);
        // R21: the displaced booking keeps its vehicle; no second booking of it meanwhile.
        await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(firstTruck, reopened, "10:00")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-has-active-booking", "R21");

        var placed = await (await carrier.RescheduleAsync(paid[0], reopened, "14:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        placed.Str("status").ShouldBe("Confirmed");
        placed["interval"].Str("date").ShouldBe(Iso(reopened));
        placed["interval"].Str("start").ShouldBe("14:00");
        placed.Number("reschedulesUsed").ShouldBe(0);
        placed["freeMoveUntil"].ShouldBeNull();
        placed["amountDue"].ShouldBeNull();
        (await carrier.Client.IntervalAsync(reopened, "14:00")).Number("booked").ShouldBe(1);
        (await api.ReadStoreAsync(db => db.CapacitySlots.AsNoTracking().Where(s => s.Day == date.DayNumber).SumAsync(s => s.Booked))).ShouldBe(0);
        (await api.ReadStoreAsync(db => db.PaymentIntents.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task R22_R28_the_owner_takes_the_fee_of_a_displaced_booking_back_once_and_may_book_the_vehicle_again_at_once()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Bookings:Caps:VehicleCoolDown"] = "00:30:00" });
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var stranger = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        var (paid, unpaid, _, firstTruck) = await CloseEverythingAsync(registrar, carrier, date);
        var refundPath = $"/api/v1/bookings/{paid[0].Str("id")}/refund";
        await (await stranger.Client.PostAsync(refundPath, null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await carrier.Client.PostAsync($"/api/v1/bookings/{unpaid.Str("id")}/refund", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking-not-displaced", "R28");

        var refunded = await (await carrier.Client.PostAsync(refundPath, null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        refunded.Str("status").ShouldBe("Cancelled");
        var payment = (await carrier.Client.GetFromJsonAsync<JsonArray>($"/api/v1/payments?bookingId={paid[0].Str("id")}"))!.Single()!;
        payment.Str("status").ShouldBe("Refunded");
        payment["refund"]!.Str("fault").ShouldBe("State");
        payment["refund"]!.Str("reason").ShouldContain("asked for the fee back");
        await (await carrier.Client.PostAsync(refundPath, null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking-not-displaced", "R28");
        (await api.ReadStoreAsync(db => db.JournalEntries.CountAsync(e => e.Kind == Domain.Ledger.JournalEntryKind.Refund))).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "booking.displaced-refunded"))).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.CapacitySlots.AsNoTracking().Where(s => s.Day == date.DayNumber).SumAsync(s => s.Booked))).ShouldBe(0);
        // A closure is not the owner's churn: the vehicle's cool-down does not apply.
        var reopened = SeoApiFactory.Today.AddDays(30);
        await ReopenAsync(registrar, reopened);
        await carrier.BookAsync(TestData.Booking(firstTruck, reopened, "10:00"));
    }

    [Fact]
    public async Task R22_R28_a_displaced_booking_not_placed_by_its_deadline_is_refunded_without_asking_once()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        var (paid, _, _, _) = await CloseEverythingAsync(registrar, carrier, date);
        api.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        (await api.SendAsync(new Application.Bookings.RefundLapsedDisplacements.RefundLapsedDisplacements())).Value.ShouldBe(0);
        api.Clock.Advance(TimeSpan.FromSeconds(1));

        // Two instances' sweeps at once: each booking is refunded by one of them, a sweep that lost a race changes nothing and the next firing finds nothing left.
        var sweeps = await Task.WhenAll(
            Task.Run(() => api.SendAsync(new Application.Bookings.RefundLapsedDisplacements.RefundLapsedDisplacements())),
            Task.Run(() => api.SendAsync(new Application.Bookings.RefundLapsedDisplacements.RefundLapsedDisplacements())));
        var retried = await api.SendAsync(new Application.Bookings.RefundLapsedDisplacements.RefundLapsedDisplacements());
        (sweeps.Where(r => r.IsSuccess).Sum(r => r.Value) + retried.Value).ShouldBe(2);
        (await api.SendAsync(new Application.Bookings.RefundLapsedDisplacements.RefundLapsedDisplacements())).Value.ShouldBe(0);

        var ids = paid.Select(b => new Domain.Bookings.BookingId(Guid.Parse(b.Str("id")))).ToList();
        (await api.ReadStoreAsync(db => db.Bookings.AsNoTracking().Where(b => ids.Contains(b.Id)).Select(b => b.Status).ToListAsync()))
            .ShouldAllBe(status => status == Domain.Bookings.BookingStatus.Cancelled);
        var intents = await api.ReadStoreAsync(db => db.PaymentIntents.AsNoTracking().ToListAsync());
        intents.Count.ShouldBe(2);
        // Decided at once; the reconciliation makes them at the gateway.
        intents.ShouldAllBe(i => i.RefundDue && i.RefundFault == Domain.Payments.RefundFault.State && i.RefundReason!.Contains("did not place it by the deadline"));
        await using (var scope = api.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new Application.Payments.Reconcile.ReconcilePayments())).RefundsMade.ShouldBe(2);
        }

        (await api.ReadStoreAsync(db => db.JournalEntries.CountAsync(e => e.Kind == Domain.Ledger.JournalEntryKind.Refund))).ShouldBe(2);
        (await api.ReadStoreAsync(db => db.Notifications.CountAsync(n => n.Kind == Domain.Notifications.NotificationKind.Displacement && n.Text.Contains("is being refunded")))).ShouldBe(2);
    }

    [Fact]
    public async Task R22_R34_a_closure_over_a_vehicle_already_called_is_refused_with_its_interval_and_changes_nothing()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(2);
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00")));
        var startsAt = DateTimeOffset.Parse(booking["interval"].Str("startsAt"), CultureInfo.InvariantCulture);
        api.Clock.SetUtcNow(startsAt.AddMinutes(-10));
        (await api.SendAsync(new Application.Bookings.CallVehicles.CallVehicles())).IsSuccess.ShouldBeTrue();
        (await api.ReadStoreAsync(db => db.Bookings.AsNoTracking().Select(b => b.CalledAt).SingleAsync())).ShouldNotBeNull();
        var registrar = await api.RegistrarAsync();

        var refused = await (await ReviseAsync(registrar, Plan(0, date, Week(Closed))))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "capacity-below-bookings", "R22");

        refused["errors"]!["intervals"]!.AsArray().Select(i => i!.GetValue<string>()).ShouldBe([$"{Iso(date)} 10:00: 1 booked, 0 place(s)"]);
        (await registrar.Client.GetJsonAsync(Path)).Number("version").ShouldBe(0);
        (await api.ReadStoreAsync(db => db.CapacitySlots.AsNoTracking().AnyAsync(s => s.Capacity != 20))).ShouldBeFalse();
        (await api.ReadStoreAsync(db => db.Bookings.AsNoTracking().Select(b => b.Status).SingleAsync())).ShouldBe(Domain.Bookings.BookingStatus.Confirmed);
        (await api.ReadStoreAsync(db => db.Notifications.CountAsync(n => n.Kind == Domain.Notifications.NotificationKind.Displacement))).ShouldBe(0);
        (await api.ReadStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "capacity-plan.revised"))).ShouldBe(0);
    }

    [Fact]
    public async Task R22_R28_a_cut_moves_a_booking_to_the_nearer_free_interval_of_a_checkpoint_its_owner_allowed_and_the_others_stay_at_their_own()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var stranger = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        var allowing = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00")));
        var staying = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "10:00")));
        var path = $"/api/v1/bookings/{allowing.Str("id")}/alternative-checkpoints";
        await (await carrier.Client.PutAsJsonAsync(path, new { checkpoints = new[] { "AKSAI" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "alternative-checkpoint-not-nearby", "R22");
        await (await carrier.Client.PutAsJsonAsync(path, new { checkpoints = new[] { "NOWHERE" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "alternative-checkpoint-not-nearby", "R22");
        await (await carrier.Client.PutAsJsonAsync(path, new { checkpoints = new[] { "BAKHTY", "KOLZHAT", "MAIKAPCHAGAI", "NUR_ZHOLY" } }))
            .ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        await (await stranger.Client.PutAsJsonAsync(path, new { checkpoints = new[] { "NUR_ZHOLY" } }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        var allowed = await (await carrier.Client.PutAsJsonAsync(path, new { checkpoints = new[] { "NUR_ZHOLY" } })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        allowed["alternativeCheckpoints"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["NUR_ZHOLY"]);

        // DOSTYK closes on the booked day only: its nearest free interval is a day away, NUR_ZHOLY's is the same hour.
        var change = await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, Week(() => Schedule("00:00", 24, 60, 20)), [Exception(date, date, Closed(), "Scanner replaced")])))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        var moved = change["moved"]!.AsArray().ToDictionary(m => m!.Str("bookingId"));
        moved[allowing.Str("id")]!.Str("toCheckpoint").ShouldBe("NUR_ZHOLY");
        moved[allowing.Str("id")]!.Str("toDate").ShouldBe(Iso(date));
        moved[allowing.Str("id")]!.Str("toStart").ShouldBe("10:00");
        moved[staying.Str("id")]!.Str("toCheckpoint").ShouldBe("DOSTYK");
        moved[staying.Str("id")]!.Str("toDate").ShouldNotBe(Iso(date));
        var mine = (await carrier.MyBookingsAsync()).ToDictionary(b => b!.Str("id"));
        mine[allowing.Str("id")]!.Str("checkpoint").ShouldBe("NUR_ZHOLY");
        mine[allowing.Str("id")]!.Str("number").ShouldStartWith($"NUR_ZHOLY-{date:yyyyMMdd}-");
        mine[allowing.Str("id")]!.Number("reschedulesUsed").ShouldBe(0);
        mine[staying.Str("id")]!.Str("checkpoint").ShouldBe("DOSTYK");
        (await carrier.Client.IntervalAsync(date, "10:00", "NUR_ZHOLY")).Number("booked").ShouldBe(1);
        (await api.ReadStoreAsync(db => db.CapacitySlots.AsNoTracking().Where(s => s.Checkpoint == "DOSTYK" && s.Day == date.DayNumber).SumAsync(s => s.Booked))).ShouldBe(0);
        var notices = await api.ReadStoreAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == Domain.Notifications.NotificationKind.CapacityMove).Select(n => n.Text).ToListAsync());
        notices.Count.ShouldBe(2);
        notices.Count(t => t.Contains("at Nur Zholy checkpoint, as you allowed", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task R22_a_closed_day_is_offered_to_nobody_and_the_first_free_search_passes_over_it()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var holiday = SeoApiFactory.Today.AddDays(3);
        var baseline = Week(() => Schedule("00:00", 24, 60, 20));

        await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, baseline, [Exception(holiday, holiday, Closed())])))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), holiday, "10:00")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "interval-not-offered");
        var firstFree = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), SeoApiFactory.Start.AddDays(3).AddHours(-9)));
        firstFree["interval"].Str("date").ShouldBe(Iso(holiday.AddDays(1)));
        firstFree["interval"].Str("start").ShouldBe("00:00");
        var day = (await registrar.Client.GetJsonAsync($"{Path}?from={Iso(holiday)}&to={Iso(holiday)}"))["days"]!.AsArray().ShouldHaveSingleItem()!;
        day.Str("exception").ShouldBe("Independence Day");
        day["schedule"].Number("vehiclesPerInterval").ShouldBe(0);
    }

    [Fact]
    public async Task R22_R6_the_officers_capacity_calendar_shows_what_is_booked_against_the_plans_places_per_interval_and_day()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var date = SeoApiFactory.Today.AddDays(3);
        await BookAsync(carrier, date, "10:00", count: 3);
        await carrier.BookAsync(TestData.PriorityBooking(TestData.Next(), date, "11:00", "PaidExpedited"));
        await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today, Week(() => Schedule("08:00", 12, 60, 10)), [Exception(date.AddDays(1), date.AddDays(1), Closed())])))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await api.DispatchOutboxAsync();

        var calendar = await officer.Client.GetJsonAsync($"{Path}/calendar?from={Iso(date)}&to={Iso(date.AddDays(1))}");

        var days = calendar["days"]!.AsArray();
        days.Count.ShouldBe(2);
        var day = days[0]!;
        day.Str("date").ShouldBe(Iso(date));
        day.Number("planVersion").ShouldBe(1);
        day["exception"].ShouldBeNull();
        day.Number("capacity").ShouldBe(120);
        day.Number("booked").ShouldBe(4);
        day.Number("priorityBooked").ShouldBe(1);
        day.Number("priorityLimit").ShouldBe(18); // 15 % of 120
        var intervals = day["intervals"]!.AsArray();
        intervals.Count.ShouldBe(12);
        intervals[0]!.Str("start").ShouldBe("08:00");
        intervals[0]!.Str("end").ShouldBe("09:00");
        intervals.Single(i => i!.Str("start") == "10:00")!.ShouldSatisfyAllConditions(
            i => i.Number("capacity").ShouldBe(10), i => i.Number("booked").ShouldBe(3), i => i.Number("priorityBooked").ShouldBe(0));
        intervals.Single(i => i!.Str("start") == "11:00")!.Number("priorityBooked").ShouldBe(1);
        var holiday = days[1]!;
        holiday.Str("exception").ShouldBe("Independence Day");
        holiday.Number("capacity").ShouldBe(0);
        holiday.Number("priorityLimit").ShouldBe(0);
        (await carrier.Client.GetAsync($"{Path}/calendar")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await officer.Client.GetAsync($"{Path}/calendar?from={Iso(date)}&to={Iso(date.AddDays(31))}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-date-range");
    }

    [Fact]
    public async Task R22_bad_plans_are_refused_with_their_codes_and_change_nothing()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var from = SeoApiFactory.Today.AddDays(10);
        var week = Week(() => Schedule("08:00", 12, 60, 10));

        await (await ReviseAsync(registrar, Plan(1, from, week))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "stale-capacity-plan", "R22");
        await (await ReviseAsync(registrar, Plan(0, SeoApiFactory.Today.AddDays(-1), week))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "capacity-change-in-the-past");
        await (await ReviseAsync(registrar, Plan(0, from, Week(() => Schedule("08:00", 12, 60, 20_000)))))
            .ShouldBeValidationProblemAsync("invalid-capacity", "week.monday");
        await (await ReviseAsync(registrar, Plan(0, from, Week(() => Schedule("08:00", 12, 7, 10)))))
            .ShouldBeValidationProblemAsync("invalid-capacity", "week.monday");
        await (await ReviseAsync(registrar, Plan(0, from, Week(() => Schedule("08:00", 12, 60, -1)))))
            .ShouldBeValidationProblemAsync("invalid-capacity", "week.monday");
        await (await ReviseAsync(registrar, Plan(0, from, Week(() => Schedule("8 am", 12, 60, 10)))))
            .ShouldBeValidationProblemAsync("invalid-capacity", "week.monday.opensAt");
        var withoutSunday = Week(() => Schedule("08:00", 12, 60, 10));
        withoutSunday.Remove("sunday");
        await (await ReviseAsync(registrar, Plan(0, from, withoutSunday))).ShouldBeValidationProblemAsync("required-field", "week.sunday");
        await (await ReviseAsync(registrar, Plan(0, from, week, reason: null))).ShouldBeValidationProblemAsync("validation-failed", "reason");
        await (await ReviseAsync(registrar, Plan(0, from, week, [Exception(from.AddDays(2), from.AddDays(4), Closed()), Exception(from.AddDays(4), from.AddDays(5), Closed())])))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "overlapping-capacity-exceptions");
        await (await ReviseAsync(registrar, Plan(0, from, week, [Exception(from.AddDays(5), from.AddDays(2), Closed())])))
            .ShouldBeValidationProblemAsync("invalid-capacity-exception", "exceptions[0]");
        await (await registrar.Client.PutAsJsonAsync("/api/v1/admin/checkpoints/NOWHERE/capacity", Plan(0, from, week))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        (await carrier.Client.PutAsJsonAsync(Path, Plan(0, from, week))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await registrar.Client.GetJsonAsync(Path)).Number("version").ShouldBe(0);

        await (await ReviseAsync(registrar, Plan(0, from, week))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await ReviseAsync(registrar, Plan(1, from.AddDays(-1), week))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "overlapping-capacity-version", "R22");
        await (await ReviseAsync(registrar, Plan(0, from, week))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "stale-capacity-plan");
        // A new version from the same date replaces the scheduled one; the history keeps both.
        var replaced = await (await ReviseAsync(registrar, Plan(1, from, Week(() => Schedule("08:00", 12, 60, 12)), reason: "Correction")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        replaced["plan"]!["versions"]!.AsArray().Select(v => v!["inForce"]!.GetValue<bool>()).ShouldBe([false, true]);
        (await carrier.Client.IntervalAsync(from, "08:00")).Number("capacity").ShouldBe(12);
    }
}
