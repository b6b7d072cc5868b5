using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Infrastructure.Persistence;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>No-shows, input at the edges of the calendar and of the enums, and secrets never stored.</summary>
public sealed class NoShowAndEdgeInputTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task R35_a_paid_booking_whose_interval_ended_is_annulled_the_fee_kept_and_the_vehicle_may_book_again()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "10:00")));

        // The interval 10:00–11:00 and its grace (Seo:Journey:ArrivalGrace, 30 minutes by default).
        api.Clock.SetUtcNow(new DateTimeOffset(Tomorrow.ToDateTime(new TimeOnly(11, 29)), TimeSpan.FromHours(5)));
        (await api.SendAsync(new AnnulNoShows())).Value.ShouldBe(0);
        api.Clock.SetUtcNow(new DateTimeOffset(Tomorrow.ToDateTime(new TimeOnly(11, 30)), TimeSpan.FromHours(5)));
        var swept = await api.SendAsync(new AnnulNoShows());
        carrier = await api.SignInAsync(carrier.Email, TestData.Password);

        swept.Value.ShouldBe(1);
        var annulled = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        annulled.Str("status").ShouldBe("Annulled");
        annulled.Amount("paid").ShouldBe(booking.Amount("fee"));
        (await carrier.Client.IntervalAsync(Tomorrow, "10:00")).Number("booked").ShouldBe(1);
        (await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00"))).Str("status").ShouldBe("AwaitingPayment");
        (await api.SendAsync(new AnnulNoShows())).Value.ShouldBe(0);
    }

    [Fact]
    public async Task R35_an_interval_that_has_not_ended_is_not_annulled()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "10:00")));

        api.Clock.SetUtcNow(new DateTimeOffset(Tomorrow.ToDateTime(new TimeOnly(10, 59)), TimeSpan.FromHours(5)));
        carrier = await api.SignInAsync(carrier.Email, TestData.Password);

        (await api.SendAsync(new AnnulNoShows())).Value.ShouldBe(0);
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("Confirmed");
    }

    [Fact]
    public async Task R35_an_interval_that_has_ended_cannot_be_paid_for()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var now = SeoApiFactory.Start;
        var current = $"{now.Hour:D2}:00";
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today, current));

        api.Clock.SetUtcNow(new DateTimeOffset(SeoApiFactory.Today.ToDateTime(new TimeOnly(now.Hour, 59, 59)), TimeSpan.FromHours(5)).AddSeconds(1));
        var pay = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);

        pay.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Amount("paid").ShouldBe(0m);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task Rescheduling_to_a_date_the_calendar_cannot_take_is_400_invalid_date(string date)
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "10:00")));

        var response = await carrier.Client.PostAsJsonAsync($"/api/v1/bookings/{booking.Str("id")}/reschedule", new { date, start = "23:00" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-date");
    }

    [Fact]
    public async Task Enums_are_taken_by_name_only_so_a_number_cannot_make_a_role_or_a_residency()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        var staff = await registrar.Client.PostAsJsonAsync("/api/v1/admin/users", new { email = "x@seo.test", role = 99, displayName = "Nobody" });
        await staff.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");

        var registration = TestData.Registration(TestData.Next());
        registration["residency"] = 5;
        registration.Remove("taxId");
        var user = await api.CreateClient().PostAsJsonAsync("/api/v1/accounts", registration);
        await user.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task A_page_beyond_any_plausible_count_is_400_not_a_wrapped_around_first_page()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var response = await carrier.Client.GetAsync("/api/v1/bookings?page=30000000&pageSize=100");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-paging");
    }

    [Fact]
    public async Task R21_the_same_plate_from_another_country_is_another_vehicle()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var kazakh = TestData.Booking(TestData.Next(), Tomorrow, "10:00");
        await carrier.BookAsync(kazakh);

        var uzbek = TestData.Booking(TestData.Next(), Tomorrow, "11:00");
        uzbek["vehicle"]!["plate"] = kazakh["vehicle"]!["plate"]!.GetValue<string>();
        uzbek["vehicle"]!["countryOfRegistration"] = "UZ";

        (await carrier.BookAsync(uzbek)).Str("status").ShouldBe("AwaitingPayment");
        var sameCountry = TestData.Booking(TestData.Next(), Tomorrow, "12:00");
        sameCountry["vehicle"]!["plate"] = kazakh["vehicle"]!["plate"]!.GetValue<string>();
        await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", sameCountry)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-has-active-booking");
    }

    [Fact]
    public async Task A_generated_staff_password_is_never_stored_with_an_idempotency_key()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/users")
        {
            Content = JsonContent.Create(new { email = "officer2@seo.test", role = "Officer", displayName = "Officer" }),
        };
        request.Headers.Add("Idempotency-Key", "staff-1");

        var created = await (await registrar.Client.SendAsync(request)).ShouldHaveStatusAsync(HttpStatusCode.Created);

        created.Str("generatedPassword").ShouldNotBeNullOrEmpty();
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoDbContext>();
        (await db.IdempotencyRecords.CountAsync()).ShouldBe(0);
    }
}
