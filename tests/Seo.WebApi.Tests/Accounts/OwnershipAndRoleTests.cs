using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Accounts;

/// <summary>Who may do what: owners act on their own bookings; officers read any; only the registrar creates staff.</summary>
public sealed class OwnershipAndRoleTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task Another_users_booking_is_404_on_read_pay_cancel_reschedule_and_transfer()
    {
        await using var api = new SeoApiFactory();
        var owner = await api.CarrierAsync();
        var stranger = await api.CarrierAsync();
        var booking = await owner.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        var id = booking.Str("id");

        await (await stranger.Client.GetAsync($"/api/v1/bookings/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await stranger.Client.PostAsync($"/api/v1/bookings/{id}/payment", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await stranger.Client.PostAsync($"/api/v1/bookings/{id}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await stranger.RescheduleAsync(booking, Tomorrow, "15:00")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        await (await stranger.Client.PostAsync($"/api/v1/bookings/{id}/transfer", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        (await stranger.MyBookingsAsync()).Count.ShouldBe(0);

        var untouched = await owner.Client.GetJsonAsync($"/api/v1/bookings/{id}");
        untouched.Str("status").ShouldBe("AwaitingPayment");
        untouched.Amount("paid").ShouldBe(0m);
        untouched["interval"]!.Str("start").ShouldBe("14:00");
    }

    [Fact]
    public async Task An_unknown_booking_id_is_404()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var response = await carrier.Client.GetAsync($"/api/v1/bookings/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
    }

    [Theory]
    [InlineData("GET", "/api/v1/bookings")]
    [InlineData("POST", "/api/v1/bookings")]
    [InlineData("GET", "/api/v1/bookings/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/v1/admin/users")]
    public async Task Without_a_token_is_401_problem_with_code(string method, string path)
    {
        await using var api = new SeoApiFactory();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        var response = await api.CreateClient().SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task A_forged_token_is_401()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var token = carrier.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"));

        var response = await client.GetAsync("/api/v1/bookings");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        api.Clock.Advance(TimeSpan.FromHours(9));
        var response = await carrier.Client.GetAsync("/api/v1/bookings");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task A_user_creating_staff_is_403_problem_with_code()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var response = await carrier.Client.PostAsJsonAsync("/api/v1/admin/users", new { email = "officer@seo.test", role = "Officer", displayName = "Officer" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = "officer@seo.test", password = "anything-at-all" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
    }

    [Fact]
    public async Task The_registrar_creates_an_officer_with_a_generated_password_shown_once_who_reads_any_booking_but_cannot_book()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        var registrar = await api.RegistrarAsync();
        registrar.Role.ShouldBe("Registrar");

        var response = await registrar.Client.PostAsJsonAsync("/api/v1/admin/users", new { email = "officer@seo.test", role = "Officer", displayName = "Customs officer" });

        var created = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var account = created["account"]!;
        account.Str("role").ShouldBe("Officer");
        account.Str("email").ShouldBe("officer@seo.test");
        response.Headers.Location.ShouldBeNull();
        var password = created.Str("generatedPassword");
        password.Length.ShouldBeGreaterThanOrEqualTo(20);

        var officer = await api.SignInAsync("officer@seo.test", password);
        officer.Role.ShouldBe("Officer");
        var read = await officer.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        read.Str("id").ShouldBe(booking.Str("id"));
        read["owner"]!.Str("accountId").ShouldBe(carrier.AccountId.ToString());

        var book = await officer.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Tomorrow, "15:00"));
        await book.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await officer.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await officer.Client.PostAsJsonAsync("/api/v1/admin/users", new { email = "x@seo.test", role = "Officer", displayName = "X" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("booked").ShouldBe(0);
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("AwaitingPayment");
    }

    [Fact]
    public async Task The_registrar_may_set_the_staff_password_and_then_none_is_generated()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        var created = await (await registrar.Client.PostAsJsonAsync(
                "/api/v1/admin/users", new { email = "analyst@seo.test", role = "Analyst", displayName = "Analyst", password = "ledger-review-2026" }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);

        created["generatedPassword"].ShouldBeNull();
        (await api.SignInAsync("analyst@seo.test", "ledger-review-2026")).Role.ShouldBe("Analyst");
    }

    [Fact]
    public async Task The_registrar_cannot_create_a_user_account()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        var response = await registrar.Client.PostAsJsonAsync("/api/v1/admin/users", new { email = "carrier@seo.test", role = "User", displayName = "Carrier" });

        await response.ShouldBeValidationProblemAsync("invalid-staff-role", "role");
    }
}
