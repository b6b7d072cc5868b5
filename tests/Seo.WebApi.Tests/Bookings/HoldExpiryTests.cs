using System.Net;
using System.Net.Http.Json;
using Seo.Application.Bookings.ExpireHolds;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>An unpaid booking holds its capacity for 15 minutes (Seo:Bookings:PaymentHold).</summary>
public sealed class HoldExpiryTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task Paying_after_the_hold_ran_out_is_409_hold_expired()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        api.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var response = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "hold-expired");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Amount("paid").ShouldBe(0m);
    }

    [Fact]
    public async Task Paying_just_before_the_hold_runs_out_confirms()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        api.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        var paid = await carrier.PayAsync(booking);

        paid.Str("status").ShouldBe("Confirmed");
    }

    [Fact]
    public async Task R21_an_expired_hold_gives_its_capacity_back_and_the_vehicle_may_book_again()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var booking = await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00"));
        var paidBooking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "15:00")));
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(1);

        api.Clock.Advance(TimeSpan.FromMinutes(16));
        var swept = await api.SendAsync(new ExpireHolds());

        swept.IsSuccess.ShouldBeTrue();
        swept.Value.ShouldBe(1);
        var expired = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        expired.Str("status").ShouldBe("Expired");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{paidBooking.Str("id")}")).Str("status").ShouldBe("Confirmed");
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(0);
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("booked").ShouldBe(1);
        var pay = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);
        await pay.ShouldBeProblemAsync(HttpStatusCode.Conflict, "nothing-to-pay");

        var again = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, Tomorrow, "14:00"));

        var rebooked = await again.ShouldHaveStatusAsync(HttpStatusCode.Created);
        rebooked.Str("status").ShouldBe("AwaitingPayment");
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(1);
        (await api.SendAsync(new ExpireHolds())).Value.ShouldBe(0);
    }

    [Fact]
    public async Task R28_an_unpaid_third_reschedule_expires_and_the_booking_keeps_its_interval()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "15:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "16:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "17:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        booking["pendingReschedule"].ShouldNotBeNull();

        api.Clock.Advance(TimeSpan.FromMinutes(16));
        var pay = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);
        await pay.ShouldBeProblemAsync(HttpStatusCode.Conflict, "hold-expired");
        (await api.SendAsync(new ExpireHolds())).Value.ShouldBe(1);

        var read = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read.Str("status").ShouldBe("Confirmed");
        read["interval"]!.Str("start").ShouldBe("16:00");
        read["pendingReschedule"].ShouldBeNull();
        read["amountDue"].ShouldBeNull();
        (await carrier.Client.IntervalAsync(Tomorrow, "16:00")).Number("booked").ShouldBe(1);
        (await carrier.Client.IntervalAsync(Tomorrow, "17:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task R21_a_lapsed_hold_not_yet_swept_does_not_block_its_vehicle_and_gives_its_place_back()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var lapsed = await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00"));

        api.Clock.Advance(TimeSpan.FromMinutes(16));
        var again = await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "16:00"));

        again.Str("status").ShouldBe("AwaitingPayment");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{lapsed.Str("id")}")).Str("status").ShouldBe("Expired");
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(0);
        (await carrier.Client.IntervalAsync(Tomorrow, "16:00")).Number("booked").ShouldBe(1);
        (await api.SendAsync(new ExpireHolds())).Value.ShouldBe(0);
    }
}
