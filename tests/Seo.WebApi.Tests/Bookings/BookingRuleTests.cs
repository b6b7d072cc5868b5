using System.Net;
using System.Net.Http.Json;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>The Rules' refusals as the API gives them: 409 with the code and the paragraph.</summary>
public sealed class BookingRuleTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Theory]
    [InlineData("PassengerCar")]
    [InlineData("Bus")]
    public async Task R3_passenger_cars_and_buses_are_not_booked(string kind)
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Tomorrow, "14:00", kind: kind));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-kind-not-bookable", "R3");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(0);
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(0);
    }

    [Theory]
    [InlineData("Truck")]
    [InlineData("SemiTrailerTractor")]
    public async Task R3_trucks_and_tractors_are_booked(string kind)
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00", kind: kind));

        booking["vehicle"]!.Str("kind").ShouldBe(kind);
    }

    [Fact]
    public async Task R3_a_truck_with_a_trailer_is_booked_with_the_trailer_plate()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var body = TestData.Booking(TestData.Next(), Tomorrow, "14:00", kind: "TruckWithTrailer");
        body["vehicle"]!["trailerPlate"] = "77 TR 02";

        var booking = await carrier.BookAsync(body);

        booking["vehicle"]!.Str("trailerPlate").ShouldBe("77TR02");
    }

    [Fact]
    public async Task R21_the_same_VIN_under_another_plate_is_refused()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00"));
        var sameVin = TestData.Booking(truck, Tomorrow.AddDays(1), "10:00");
        sameVin["vehicle"]!["plate"] = TestData.Plate(TestData.Next());

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", sameVin);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-has-active-booking", "R21");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
        (await carrier.Client.IntervalAsync(Tomorrow.AddDays(1), "10:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task R21_the_same_plate_with_another_VIN_is_refused_also_for_another_carrier_and_however_the_plate_is_typed()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var other = await api.CarrierAsync();
        var truck = TestData.Next();
        await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00"));
        var samePlate = TestData.Booking(TestData.Next(), Tomorrow, "15:00");
        samePlate["vehicle"]!["plate"] = TestData.Plate(truck).ToLowerInvariant().Insert(3, " ");

        var response = await other.Client.PostAsJsonAsync("/api/v1/bookings", samePlate);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-has-active-booking", "R21");
        (await other.MyBookingsAsync()).Count.ShouldBe(0);
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task R21_a_paid_booking_blocks_too_and_after_cancelling_the_vehicle_may_book_again()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00")));
        var blocked = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, Tomorrow, "18:00"));
        await blocked.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-has-active-booking", "R21");

        await (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var again = await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "18:00"));

        again.Str("status").ShouldBe("AwaitingPayment");
    }

    [Theory]
    [InlineData(-1, "14:00")]
    [InlineData(0, "08:00")]
    public async Task R22_an_interval_that_has_ended_is_refused(int days, string start)
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(days);

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), date, start));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "interval-in-the-past", "R22");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(0);
        (await api.SnapshotAsync()).CapacityTaken.ShouldBe(0);
    }

    [Fact]
    public async Task R22_the_running_interval_may_still_be_booked()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today, "09:00"));

        booking["interval"]!.Str("start").ShouldBe("09:00");
    }

    [Fact]
    public async Task R22_day_91_is_beyond_the_horizon_and_day_90_is_accepted()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var day91 = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(91), "00:00"));
        await day91.ShouldBeProblemAsync(HttpStatusCode.Conflict, "beyond-booking-horizon", "R22");
        (await api.SnapshotAsync()).CapacityTaken.ShouldBe(0);

        var day90 = await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(90), "23:00"));

        day90["interval"]!.Str("date").ShouldBe("2027-02-23");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task R22_availability_reaches_day_90_and_refuses_ranges_beyond_the_horizon_or_longer_than_31_days()
    {
        await using var api = new SeoApiFactory();
        var client = api.CreateClient();

        var day90 = await client.AvailabilityAsync(SeoApiFactory.Today.AddDays(90));
        day90.ShouldAllBe(i => i!["bookable"]!.GetValue<bool>());

        foreach (var query in new[]
        {
            $"from={SeoApiFactory.Today.AddDays(91):yyyy-MM-dd}",
            "to=2060-01-01",
            $"from={SeoApiFactory.Today:yyyy-MM-dd}&to={SeoApiFactory.Today.AddDays(31):yyyy-MM-dd}",
            $"from={SeoApiFactory.Today.AddDays(-2):yyyy-MM-dd}",
            $"from={SeoApiFactory.Today.AddDays(5):yyyy-MM-dd}&to={SeoApiFactory.Today.AddDays(4):yyyy-MM-dd}",
        })
        {
            var response = await client.GetAsync($"/api/v1/checkpoints/DOSTYK/availability?{query}");
            await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest, "invalid-date-range");
        }
    }

    [Fact]
    public async Task R22_the_horizon_counts_checkpoint_local_dates_not_UTC_dates()
    {
        await using var api = new SeoApiFactory();
        // 01:00 on 26 November at the checkpoint is still 25 November in UTC.
        api.Clock.Advance(TimeSpan.FromHours(16));
        var carrier = await api.CarrierAsync();
        var localToday = new DateOnly(2026, 11, 26);

        var day91 = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), localToday.AddDays(91), "00:00"));
        await day91.ShouldBeProblemAsync(HttpStatusCode.Conflict, "beyond-booking-horizon", "R22");
        var day90 = await carrier.BookAsync(TestData.Booking(TestData.Next(), localToday.AddDays(90), "23:00"));

        day90["interval"]!.Str("date").ShouldBe("2027-02-24");
    }

    [Fact]
    public async Task R22_a_reschedule_beyond_the_horizon_is_refused_and_keeps_the_booking()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));

        var response = await carrier.RescheduleAsync(booking, SeoApiFactory.Today.AddDays(91), "10:00");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "beyond-booking-horizon", "R22");
        var read = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read["interval"]!.Str("start").ShouldBe("14:00");
        read.Number("freeReschedulesLeft").ShouldBe(2);
    }

    [Fact]
    public async Task R36_a_booking_cannot_be_transferred()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00")));

        var response = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/transfer", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking-not-transferable", "R36");
        var read = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read["owner"]!.Str("accountId").ShouldBe(carrier.AccountId.ToString());
        read["vehicle"]!.ToJsonString().ShouldBe(booking["vehicle"]!.ToJsonString());
    }
}
