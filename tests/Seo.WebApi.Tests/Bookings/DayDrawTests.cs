using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Seo.Application.Draws.RunDraws;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>
/// R22 fair release (docs/fair-release.md): requests for a day that has just entered the horizon
/// are collected during its opening window and allocated by a seeded, published draw.
/// </summary>
public abstract class DayDrawTestBase
{
    /// <summary>Checkpoint-local midnight of 26 Nov 2026 plus a minute: 24 Feb 2027 has just entered the horizon.</summary>
    protected static readonly DateOnly NewDay = new(2027, 2, 24);

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static SeoApiFactory NewApi(StoreProvider store = StoreProvider.Sqlite, string window = "00:30:00", int perInterval = 20) => new(
        new Dictionary<string, string?>
        {
            ["Seo:Draws:OpeningWindow"] = window,
            ["Seo:DefaultCapacity:VehiclesPerInterval"] = perInterval.ToString(CultureInfo.InvariantCulture),
        },
        store);

    /// <summary>Moves the clock to one minute past the checkpoints' midnight of 26 Nov 2026.</summary>
    protected static void OpenTheNewDay(SeoApiFactory api) => api.Clock.Advance(TimeSpan.FromHours(15) + TimeSpan.FromMinutes(1));

    protected static async Task<(HttpStatusCode Status, JsonObject Body)> RequestAsync(Session session, JsonObject body)
    {
        var response = await session.Client.PostAsJsonAsync("/api/v1/bookings", body);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>The window closes; the sweep opens the draws if it had not, and runs every checkpoint's, as the job does.</summary>
    protected static async Task DrawAsync(SeoApiFactory api)
    {
        api.Clock.Advance(TimeSpan.FromMinutes(30));
        await RunDueDrawsAsync(api);
    }

    protected static async Task RunDueDrawsAsync(SeoApiFactory api)
    {
        (await api.SendAsync(new OpenDayDraws())).IsSuccess.ShouldBeTrue();
        var drawn = 0;
        while ((await api.SendAsync(new DrawNextDay())).Value == 1)
        {
            drawn++;
        }

        drawn.ShouldBeGreaterThan(0);
    }

    protected static string Hmac(string seed, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(seed), Encoding.UTF8.GetBytes(message)));

    /// <summary>The published order, recomputed as docs/fair-release.md tells anyone to.</summary>
    protected static List<string> Recompute(string seed, JsonArray entries)
    {
        var byApplicant = entries.Select(e => (Id: e!.Str("entryId"), Applicant: e.Str("applicant")))
            .GroupBy(e => e.Applicant, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => Hmac(seed, "entry:" + e.Id), StringComparer.Ordinal).Select(e => e.Id).ToList())
            .ToList();
        var order = new List<string>();
        for (var round = 0; byApplicant.Any(q => q.Count > round); round++)
        {
            order.AddRange(byApplicant.Where(q => q.Count > round).Select(q => q[round]));
        }

        return order;
    }
}

public sealed class DayDrawTests : DayDrawTestBase
{
    [Fact]
    public async Task R22_a_request_for_a_day_in_its_opening_window_is_a_202_draw_entry_that_takes_no_place()
    {
        await using var api = NewApi();
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();
        (await api.SendAsync(new OpenDayDraws())).Value.ShouldBeGreaterThan(0);

        var (status, entry) = await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay, "10:00"));

        status.ShouldBe(HttpStatusCode.Accepted);
        entry.Str("date").ShouldBe(Iso(NewDay));
        entry.Str("start").ShouldBe("10:00");
        entry.Str("outcome").ShouldBe("Pending");
        DateTimeOffset.Parse(entry.Str("drawAt"), CultureInfo.InvariantCulture).ShouldBe(new DateTimeOffset(2026, 11, 26, 0, 30, 0, TimeSpan.FromHours(5)));
        entry.Str("commitment").Length.ShouldBe(64);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(0);
        (await carrier.Client.IntervalAsync(NewDay, "10:00")).Number("booked").ShouldBe(0);
        var published = await api.CreateClient().GetJsonAsync($"/api/v1/checkpoints/DOSTYK/days/{Iso(NewDay)}/draw");
        published.Number("entryCount").ShouldBe(1);
        published["seed"].ShouldBeNull();
        published["entries"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task R22_a_first_free_request_from_the_new_day_is_an_entry_without_an_interval()
    {
        await using var api = NewApi();
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();

        var (status, entry) = await RequestAsync(carrier, TestData.FirstFreeBooking(TestData.Next(), new DateTimeOffset(2027, 2, 24, 0, 0, 0, TimeSpan.FromHours(5))));

        status.ShouldBe(HttpStatusCode.Accepted);
        entry["start"].ShouldBeNull();
    }

    [Fact]
    public async Task R22_requests_for_days_already_open_are_booked_first_come_first_served_during_a_window()
    {
        await using var api = NewApi();
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();

        var (status, _) = await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay.AddDays(-1), "10:00"));

        status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task R21_one_vehicle_enters_a_days_draw_once()
    {
        await using var api = NewApi();
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        (await RequestAsync(carrier, TestData.Booking(truck, NewDay, "10:00"))).Status.ShouldBe(HttpStatusCode.Accepted);

        var again = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, NewDay, "11:00"));

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "draw-entry-exists", "R21");
    }

    [Fact]
    public async Task R22_after_the_window_closes_the_day_is_held_back_until_its_draw_has_run_then_sold_first_come_first_served()
    {
        await using var api = NewApi();
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();
        await api.SendAsync(new OpenDayDraws());
        (await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay, "10:00"))).Status.ShouldBe(HttpStatusCode.Accepted);
        api.Clock.Advance(TimeSpan.FromMinutes(30));

        var early = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), NewDay, "11:00"));

        await early.ShouldBeProblemAsync(HttpStatusCode.Conflict, "day-draw-pending", "R22");
        await RunDueDrawsAsync(api);
        (await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay, "11:00"))).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_zero_window_turns_the_draw_off_and_the_new_day_is_booked_at_once()
    {
        await using var api = NewApi(window: "00:00:00");
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();

        (await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay, "10:00"))).Status.ShouldBe(HttpStatusCode.Created);
        (await api.SendAsync(new OpenDayDraws())).Value.ShouldBe(0);
    }

    [Fact]
    public async Task Winners_get_holds_in_their_interval_or_the_nearest_free_one_losers_are_told_and_the_draw_is_published_and_verifiable()
    {
        await using var api = NewApi(perInterval: 1);
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();
        var other = await api.CarrierAsync();
        await api.SendAsync(new OpenDayDraws());
        var entries = new List<JsonObject>();
        // 30 entries for 24 places, all asking for 10:00.
        for (var i = 0; i < 30; i++)
        {
            var (status, entry) = await RequestAsync(i % 2 == 0 ? carrier : other, TestData.Booking(TestData.Next(), NewDay, "10:00"));
            status.ShouldBe(HttpStatusCode.Accepted);
            entries.Add(entry);
        }

        await DrawAsync(api);

        var published = await api.CreateClient().GetJsonAsync($"/api/v1/checkpoints/DOSTYK/days/{Iso(NewDay)}/draw");
        var seed = published.Str("seed");
        Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(seed))).ShouldBe(published.Str("commitment"));
        var drawn = published["entries"]!.AsArray();
        drawn.Select(e => e!.Str("entryId")).ShouldBe(Recompute(seed, drawn));
        drawn.Select(e => e!.Number("position")).ShouldBe(Enumerable.Range(1, 30));
        drawn.Select(e => e!.Str("entryId")).ShouldBe(entries.Select(e => e.Str("entryId")), ignoreOrder: true);
        drawn.Take(24).ShouldAllBe(e => e!.Str("outcome") == "Won");
        drawn.Skip(24).ShouldAllBe(e => e!.Str("outcome") == "Lost");
        // The first winner has the interval asked for; then the nearest, earlier first on a tie.
        drawn.Take(5).Select(e => e!.Str("start")).ShouldBe(["10:00", "09:00", "11:00", "08:00", "12:00"]);
        drawn.Select(e => e!.Str("applicant")).Distinct().Count().ShouldBe(2);

        var bookings = (await carrier.MyBookingsAsync()).Concat(await other.MyBookingsAsync()).ToList();
        bookings.Count.ShouldBe(24);
        bookings.ShouldAllBe(b => b!.Str("status") == "AwaitingPayment");
        var cabinet = await carrier.Client.GetJsonAsync("/api/v1/notifications");
        cabinet["items"]!.AsArray().Count.ShouldBe(15);
        var lostOfCarrier = drawn.Where(e => e!.Str("outcome") == "Lost").Select(e => e!.Str("entryId"))
            .Intersect(entries.Where((_, i) => i % 2 == 0).Select(e => e.Str("entryId"))).ToList();
        cabinet["items"]!.AsArray().Count(n => n!.Str("text").Contains("drew no place", StringComparison.Ordinal)).ShouldBe(lostOfCarrier.Count);
        var sms = await api.ReadStoreAsync(db => Task.FromResult(db.OutboundMessages.Count(m => m.Kind == Domain.Messaging.MessageKind.DrawResult)));
        sms.ShouldBe(30);
    }

    [Fact]
    public async Task A_draw_run_again_changes_nothing()
    {
        await using var api = NewApi();
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();
        (await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay, "10:00"))).Status.ShouldBe(HttpStatusCode.Accepted);
        await DrawAsync(api);
        var before = await api.CreateClient().GetJsonAsync($"/api/v1/checkpoints/DOSTYK/days/{Iso(NewDay)}/draw");

        (await api.SendAsync(new DrawNextDay())).Value.ShouldBe(0);
        (await api.SendAsync(new OpenDayDraws())).Value.ShouldBe(0);

        var after = await api.CreateClient().GetJsonAsync($"/api/v1/checkpoints/DOSTYK/days/{Iso(NewDay)}/draw");
        after.ToJsonString().ShouldBe(before.ToJsonString());
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_caps_apply_to_entries_an_account_at_its_unpaid_hold_cap_cannot_enter_more()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?>
        {
            ["Seo:Draws:OpeningWindow"] = "00:30:00",
            ["Seo:Bookings:Caps:MaxUnpaidHoldsPerAccount"] = "2",
        });
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var carrier = await api.CarrierAsync();
        (await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay, "10:00"))).Status.ShouldBe(HttpStatusCode.Accepted);
        (await RequestAsync(carrier, TestData.Booking(TestData.Next(), NewDay, "11:00"))).Status.ShouldBe(HttpStatusCode.Accepted);

        var third = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), NewDay, "12:00"));

        await third.ShouldBeProblemAsync(HttpStatusCode.Conflict, "too-many-unpaid-holds");
    }

    [Fact]
    public async Task A_greedy_account_filing_100_times_the_entries_gets_no_more_than_its_share_of_the_day()
    {
        // 24 places, five applicants: each is owed 24 / 5 = 4.8, so by construction nobody gets more than 5.
        await using var api = NewApi(perInterval: 1);
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var greedy = await api.CarrierAsync();
        var fair = new List<Session>();
        for (var i = 0; i < 4; i++)
        {
            fair.Add(await api.CarrierAsync());
        }

        await api.SendAsync(new OpenDayDraws());
        foreach (var session in fair)
        {
            for (var i = 0; i < 8; i++)
            {
                (await RequestAsync(session, TestData.Booking(TestData.Next(), NewDay, "10:00"))).Status.ShouldBe(HttpStatusCode.Accepted);
            }
        }

        var greedyRequests = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => RequestAsync(greedy, TestData.Booking(TestData.Next(), NewDay, "10:00"))));
        greedyRequests.ShouldAllBe(r => r.Status == HttpStatusCode.Accepted);

        await DrawAsync(api);

        (await greedy.MyBookingsAsync()).Count.ShouldBeLessThanOrEqualTo(5);
        foreach (var session in fair)
        {
            (await session.MyBookingsAsync()).Count.ShouldBeInRange(4, 5);
        }
    }
}

/// <summary>Many parallel entries for one day: every one is taken once, none is lost, and one vehicle enters once.</summary>
public abstract class DayDrawConcurrencyTests : DayDrawTestBase
{
    protected abstract StoreProvider Store { get; }

    [Fact]
    public async Task Sixty_parallel_entries_are_all_taken_and_a_vehicle_racing_itself_enters_once()
    {
        await using var api = NewApi(Store);
        // Sessions are signed in after the clock moves: a token lasts 8 hours.
        OpenTheNewDay(api);
        var sessions = new List<Session>();
        for (var i = 0; i < 3; i++)
        {
            sessions.Add(await api.CarrierAsync());
        }

        var twin = TestData.Next();

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => RequestAsync(sessions[i % 3], TestData.Booking(TestData.Next(), NewDay, "10:00")))
            .Concat(Enumerable.Range(0, 6).Select(i => RequestAsync(sessions[i % 3], TestData.Booking(twin, NewDay, "10:00")))));

        answers.Where(a => (int)a.Status >= 500).ShouldBeEmpty();
        answers.Count(a => a.Status == HttpStatusCode.Accepted).ShouldBe(61);
        answers.Where(a => a.Status != HttpStatusCode.Accepted)
            .ShouldAllBe(a => a.Status == HttpStatusCode.Conflict && a.Body["code"]!.GetValue<string>() == "draw-entry-exists");
        await DrawAsync(api);
        var published = await api.CreateClient().GetJsonAsync($"/api/v1/checkpoints/DOSTYK/days/{Iso(NewDay)}/draw");
        published["entries"]!.AsArray().Count.ShouldBe(61);
        published["entries"]!.AsArray().ShouldAllBe(e => e!.Str("outcome") == "Won");
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteDayDrawConcurrencyTests : DayDrawConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlDayDrawConcurrencyTests : DayDrawConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerDayDrawConcurrencyTests : DayDrawConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
