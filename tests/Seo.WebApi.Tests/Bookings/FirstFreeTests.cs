using System.Net;
using System.Net.Http.Json;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>R16.1: "the first free time" at a checkpoint.</summary>
public sealed class FirstFreeTests
{
    [Fact]
    public async Task R16_first_free_takes_the_first_interval_that_has_not_ended()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var booking = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), SeoApiFactory.Start));

        // At 09:00 the 09:00-10:00 interval is still running; 08:00-09:00 has just ended.
        booking["interval"]!.Str("date").ShouldBe("2026-11-25");
        booking["interval"]!.Str("start").ShouldBe("09:00");
        booking.Str("number").ShouldBe("DOSTYK-20261125-0001");
        (await carrier.Client.IntervalAsync(SeoApiFactory.Today, "09:00")).Number("booked").ShouldBe(1);
    }

    [Fact]
    public async Task R16_first_free_from_a_past_moment_starts_from_now()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var booking = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), SeoApiFactory.Start.AddDays(-3)));

        booking["interval"]!.Str("date").ShouldBe("2026-11-25");
        booking["interval"]!.Str("start").ShouldBe("09:00");
    }

    [Fact]
    public async Task R16_first_free_from_a_later_moment_takes_the_interval_running_then()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var from = new DateTimeOffset(2026, 12, 3, 18, 30, 0, TimeSpan.FromHours(5));

        var booking = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), from));

        booking["interval"]!.Str("date").ShouldBe("2026-12-03");
        booking["interval"]!.Str("start").ShouldBe("18:00");
    }

    [Fact]
    public async Task R16_first_free_skips_a_full_interval()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:DefaultCapacity:VehiclesPerInterval"] = "2" });
        var carrier = await api.CarrierAsync();
        var first = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), SeoApiFactory.Start));
        var second = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), SeoApiFactory.Start));
        first["interval"]!.Str("start").ShouldBe("09:00");
        second["interval"]!.Str("start").ShouldBe("09:00");
        var full = await carrier.Client.IntervalAsync(SeoApiFactory.Today, "09:00");
        full.Number("free").ShouldBe(0);
        full["bookable"]!.GetValue<bool>().ShouldBeFalse();

        var third = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), SeoApiFactory.Start));

        third["interval"]!.Str("date").ShouldBe("2026-11-25");
        third["interval"]!.Str("start").ShouldBe("10:00");
        third.Number("sequenceNumber").ShouldBe(3);
        (await carrier.Client.IntervalAsync(SeoApiFactory.Today, "09:00")).Number("booked").ShouldBe(2);
        (await carrier.Client.IntervalAsync(SeoApiFactory.Today, "10:00")).Number("booked").ShouldBe(1);
    }

    [Fact]
    public async Task A_given_interval_that_is_full_is_409_slot_full()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:DefaultCapacity:VehiclesPerInterval"] = "1" });
        var carrier = await api.CarrierAsync();
        var tomorrow = SeoApiFactory.Today.AddDays(1);
        await carrier.BookAsync(TestData.Booking(TestData.Next(), tomorrow, "14:00"));

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), tomorrow, "14:00"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "slot-full");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task First_free_with_a_date_as_well_is_400()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var body = TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(1), "14:00");
        body["firstFreeFrom"] = "2026-11-26T10:00:00+05:00";

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", body);

        await response.ShouldBeValidationProblemAsync("interval-required", "date");
    }
}
