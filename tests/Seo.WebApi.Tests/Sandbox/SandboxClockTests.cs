using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Sandbox;

/// <summary>The sandbox clock: its registrar moves it forward and the clock-driven sweeps run at once.</summary>
public sealed class SandboxClockTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Clock = "/api/v1/sandbox/clock";
    private readonly SeoApiFactory _api = new(new Dictionary<string, string?> { ["Seo:Journey:BookingCloses"] = "1.01:00:00", ["Seo:Sandbox:Enabled"] = "true" });
    private Session _registrar = null!;

    public async Task InitializeAsync() => _registrar = await _api.RegistrarAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task The_clock_reads_the_apps_time_and_how_far_it_was_moved()
    {
        var clock = (await _registrar.Client.GetFromJsonAsync<JsonObject>(Clock))!;

        DateTimeOffset.Parse(clock.Str("now"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(_api.Clock.GetUtcNow());
        clock.Str("offset").ShouldBe("00:00:00");
    }

    [Fact]
    public async Task Moving_the_clock_expires_an_unpaid_hold_at_once()
    {
        var carrier = await _api.CarrierAsync();
        var hold = await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "10:00"));
        var to = _api.Clock.GetUtcNow().AddHours(1);

        var moved = await (await _registrar.Client.PostAsJsonAsync(Clock, new { to })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        DateTimeOffset.Parse(moved.Str("now"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(to);
        moved.Str("offset").ShouldBe("01:00:00");
        moved["swept"].Number("holdsExpired").ShouldBe(1);
        (await carrier.Client.GetFromJsonAsync<JsonObject>($"/api/v1/bookings/{hold.Str("id")}"))!.Str("status").ShouldBe("Expired");
    }

    [Fact]
    public async Task R29_moving_the_clock_to_a_day_before_the_booked_time_reminds_at_once()
    {
        var carrier = await _api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "10:00")));
        var startsAt = DateTimeOffset.Parse(booking["interval"].Str("startsAt"), System.Globalization.CultureInfo.InvariantCulture);

        var early = await (await _registrar.Client.PostAsJsonAsync(Clock, new { to = startsAt.AddHours(-25) })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        carrier = await _api.SignInAsync(carrier.Email, TestData.Password);
        // Tokens expire on the same clock: a day later the registrar signs in again.
        var registrar = await _api.RegistrarAsync();
        var due = await (await registrar.Client.PostAsJsonAsync(Clock, new { to = startsAt.AddHours(-24) })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        early["swept"].Number("reminded").ShouldBe(0);
        due["swept"].Number("reminded").ShouldBe(1);
        var reminded = (await carrier.Client.GetFromJsonAsync<JsonObject>($"/api/v1/bookings/{booking.Str("id")}"))!;
        DateTimeOffset.Parse(reminded.Str("remindedAt"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(startsAt.AddHours(-24));
    }

    [Fact]
    public async Task The_no_show_sweep_can_be_left_out_of_a_move()
    {
        var carrier = await _api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "10:00")));
        var endsAt = DateTimeOffset.Parse(booking["interval"].Str("endsAt"), System.Globalization.CultureInfo.InvariantCulture);

        var skipped = await (await _registrar.Client.PostAsJsonAsync(Clock, new { to = endsAt.AddHours(1), annulNoShows = false })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var registrar = await _api.RegistrarAsync();
        var swept = await (await registrar.Client.PostAsJsonAsync(Clock, new { to = endsAt.AddHours(1).AddMinutes(1) })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        skipped["swept"].Number("annulled").ShouldBe(0);
        swept["swept"].Number("annulled").ShouldBe(1);
    }

    [Fact]
    public async Task The_clock_never_moves_back_nor_more_than_a_year_at_once_and_a_refused_move_changes_nothing()
    {
        var now = _api.Clock.GetUtcNow();

        await (await _registrar.Client.PostAsJsonAsync(Clock, new { to = now.AddMinutes(-1) })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "sandbox-clock-not-ahead");
        await (await _registrar.Client.PostAsJsonAsync(Clock, new { to = now })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "sandbox-clock-not-ahead");
        await (await _registrar.Client.PostAsJsonAsync(Clock, new { to = now.AddDays(367) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-clock-target");
        await (await _registrar.Client.PostAsJsonAsync(Clock, new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-clock-target");

        _api.Clock.GetUtcNow().ShouldBe(now);
    }

    [Fact]
    public async Task The_clock_is_the_registrars_only()
    {
        var carrier = await _api.CarrierAsync();
        using var anonymous = _api.CreateClient();

        await (await carrier.Client.PostAsJsonAsync(Clock, new { to = _api.Clock.GetUtcNow().AddHours(1) })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await anonymous.GetAsync(Clock)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Outside_sandbox_mode_there_is_no_sandbox_clock()
    {
        await using var production = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "false" }, simulatedRegistries: true);
        var registrar = await production.RegistrarAsync();

        (await registrar.Client.PostAsJsonAsync(Clock, new { to = production.Clock.GetUtcNow().AddHours(1) })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        production.Services.GetService(typeof(Seo.Application.Sandbox.Common.ISandboxClock)).ShouldBeNull();
    }
}
