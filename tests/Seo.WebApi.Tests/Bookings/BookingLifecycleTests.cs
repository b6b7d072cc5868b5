using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

public sealed class BookingLifecycleTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task R20_a_booking_is_issued_with_its_sequence_number_interval_and_fee_in_tenge()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, Tomorrow, "14:00"));

        var text = await response.Content.ReadAsStringAsync();
        var booking = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/bookings/{booking.Str("id")}");
        booking.Str("status").ShouldBe("AwaitingPayment");
        booking.Number("sequenceNumber").ShouldBe(1);
        booking.Str("number").ShouldBe("DOSTYK-20261126-0001");
        booking.Str("checkpoint").ShouldBe("DOSTYK");
        var interval = booking["interval"]!;
        interval.Str("date").ShouldBe("2026-11-26");
        interval.Str("start").ShouldBe("14:00");
        interval.Str("end").ShouldBe("15:00");
        DateTimeOffset.Parse(interval.Str("startsAt"), CultureInfo.InvariantCulture).ShouldBe(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.FromHours(5)));
        booking["vehicle"]!.Str("vin").ShouldBe(TestData.Vin(truck));
        booking["vehicle"]!.Str("plate").ShouldBe(TestData.Plate(truck));
        booking["owner"]!.Str("accountId").ShouldBe(carrier.AccountId.ToString());

        // Money is { amount, currency } in tenge, the amount an exact decimal string with two tiyn digits (R26): 2 MRP of 2026 = 8650.00.
        booking.Amount("fee").ShouldBe(8650.00m);
        text.ShouldContain("\"fee\":{\"amount\":\"8650.00\",\"currency\":\"KZT\"}");
        booking.Amount("amountDue").ShouldBe(8650.00m);
        booking.Amount("paid").ShouldBe(0m);
        DateTimeOffset.Parse(booking.Str("holdExpiresAt"), CultureInfo.InvariantCulture).ShouldBe(SeoApiFactory.Start.AddMinutes(15));
        booking.Number("freeReschedulesLeft").ShouldBe(2);

        var read = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read.ToJsonString().ShouldBe(booking.ToJsonString());
    }

    [Fact]
    public async Task R20_sequence_numbers_count_per_checkpoint_day()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var first = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        var second = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "20:00"));
        var otherDay = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow.AddDays(1), "14:00"));
        var otherCheckpoint = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00", checkpoint: "NUR_ZHOLY"));

        first.Str("number").ShouldBe("DOSTYK-20261126-0001");
        second.Str("number").ShouldBe("DOSTYK-20261126-0002");
        otherDay.Str("number").ShouldBe("DOSTYK-20261127-0001");
        otherCheckpoint.Str("number").ShouldBe("NUR_ZHOLY-20261126-0001");
    }

    [Fact]
    public async Task R23_paying_in_the_sandbox_confirms_the_booking_with_the_fee_paid()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var paid = await carrier.PayAsync(booking);

        paid.Str("status").ShouldBe("Confirmed");
        paid.Amount("paid").ShouldBe(booking.Amount("fee"));
        paid["amountDue"].ShouldBeNull();
        paid["holdExpiresAt"].ShouldBeNull();
        var again = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "nothing-to-pay");
    }

    [Fact]
    public async Task R28_two_reschedules_are_free_and_move_the_capacity()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));
        var fee = booking.Amount("fee");

        var first = await (await carrier.RescheduleAsync(booking, Tomorrow, "15:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        first.Number("freeReschedulesLeft").ShouldBe(1);
        first.Number("reschedulesUsed").ShouldBe(1);
        first["interval"]!.Str("start").ShouldBe("15:00");
        // R20: a move within the day takes a new place, so the day's next number (README).
        first.Str("id").ShouldBe(booking.Str("id"));
        booking.Number("sequenceNumber").ShouldBe(1);
        first.Number("sequenceNumber").ShouldBe(2);
        first.Str("number").ShouldBe($"DOSTYK-{Tomorrow:yyyyMMdd}-0002");
        first.Str("status").ShouldBe("Confirmed");
        first.Amount("paid").ShouldBe(fee);
        first["amountDue"].ShouldBeNull();
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("free").ShouldBe(20);
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("free").ShouldBe(19);

        var second = await (await carrier.RescheduleAsync(first, Tomorrow.AddDays(2), "08:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        second.Number("freeReschedulesLeft").ShouldBe(0);
        second.Number("reschedulesUsed").ShouldBe(2);
        second["interval"]!.Str("date").ShouldBe("2026-11-28");
        second["interval"]!.Str("start").ShouldBe("08:00");
        second.Number("sequenceNumber").ShouldBe(1);
        second.Str("number").ShouldBe("DOSTYK-20261128-0001");
        second.Str("id").ShouldBe(booking.Str("id"));
        second.Amount("paid").ShouldBe(fee);
        second["pendingReschedule"].ShouldBeNull();
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("free").ShouldBe(20);
        (await carrier.Client.IntervalAsync(Tomorrow.AddDays(2), "08:00")).Number("free").ShouldBe(19);
    }

    [Fact]
    public async Task R28_the_third_reschedule_holds_the_new_interval_until_its_fee_is_paid()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));
        var fee = booking.Amount("fee");
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "15:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "16:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var third = await (await carrier.RescheduleAsync(booking, Tomorrow, "17:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        third.Str("status").ShouldBe("Confirmed");
        third["interval"]!.Str("start").ShouldBe("16:00");
        var pending = third["pendingReschedule"]!;
        pending["interval"]!.Str("start").ShouldBe("17:00");
        var rescheduleFee = pending.Amount("fee");
        rescheduleFee.ShouldBeGreaterThan(0m);
        third.Amount("amountDue").ShouldBe(rescheduleFee);
        DateTimeOffset.Parse(pending.Str("holdExpiresAt"), CultureInfo.InvariantCulture).ShouldBe(SeoApiFactory.Start.AddMinutes(15));
        // Both the current and the held interval take capacity until the fee decides.
        (await carrier.Client.IntervalAsync(Tomorrow, "16:00")).Number("booked").ShouldBe(1);
        (await carrier.Client.IntervalAsync(Tomorrow, "17:00")).Number("booked").ShouldBe(1);

        var paid = await carrier.PayAsync(third);

        paid["interval"]!.Str("start").ShouldBe("17:00");
        paid["pendingReschedule"].ShouldBeNull();
        paid["amountDue"].ShouldBeNull();
        paid.Number("reschedulesUsed").ShouldBe(3);
        paid.Amount("paid").ShouldBe(fee + rescheduleFee);
        (await carrier.Client.IntervalAsync(Tomorrow, "16:00")).Number("booked").ShouldBe(0);
        (await carrier.Client.IntervalAsync(Tomorrow, "17:00")).Number("booked").ShouldBe(1);
    }

    [Fact]
    public async Task R28_an_unpaid_booking_cannot_be_rescheduled()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var response = await carrier.RescheduleAsync(booking, Tomorrow, "15:00");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking-not-reschedulable", "R28");
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task R28_cancelling_after_payment_refunds_nothing_and_frees_the_capacity()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(1);

        var cancelled = await (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        cancelled.Str("status").ShouldBe("Cancelled");
        // The DTO has no refund field: the fee stays paid and nothing is due or returned.
        cancelled.Amount("paid").ShouldBe(booking.Amount("fee"));
        cancelled["amountDue"].ShouldBeNull();
        DateTimeOffset.Parse(cancelled.Str("closedAt"), CultureInfo.InvariantCulture).ShouldBe(SeoApiFactory.Start);
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(0);
        var read = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read.Str("status").ShouldBe("Cancelled");
        read.Amount("paid").ShouldBe(booking.Amount("fee"));

        var again = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "illegal-status-transition");
    }

    [Fact]
    public async Task Cancelling_an_unpaid_booking_frees_its_capacity()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var cancelled = await (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        cancelled.Str("status").ShouldBe("Cancelled");
        cancelled.Amount("paid").ShouldBe(0m);
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task My_bookings_lists_the_callers_bookings_newest_first()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var other = await api.CarrierAsync();
        var first = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "15:00"));
        await other.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "16:00"));

        var mine = await carrier.MyBookingsAsync();

        mine.Select(b => b!.Str("id")).ShouldBe([second.Str("id"), first.Str("id")]);
    }
}
