using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.Application.Bookings.ExpireHolds;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>
/// The per-account caps (Seo:Bookings:Caps): unpaid holds per account, bookings per account and
/// checkpoint-day, and a vehicle's cool-down after a cancel or an expired hold. Each refusal has
/// its own code and changes nothing.
/// </summary>
public sealed class BookingCapTests
{
    private static readonly DateOnly Day = SeoApiFactory.Today.AddDays(3);

    private static SeoApiFactory NewApi(int unpaidHolds = 0, int dayShare = 0, string coolDown = "00:00:00") => new(new Dictionary<string, string?>
    {
        ["Seo:Bookings:Caps:MaxUnpaidHoldsPerAccount"] = unpaidHolds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Seo:Bookings:Caps:MaxBookingsPerAccountPerCheckpointDay"] = dayShare.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Seo:Bookings:Caps:VehicleCoolDown"] = coolDown,
    });

    [Fact]
    public async Task An_account_at_its_unpaid_hold_cap_is_refused_too_many_unpaid_holds_and_nothing_is_taken()
    {
        await using var api = NewApi(unpaidHolds: 2);
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "11:00"));

        var refused = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Day, "12:00"));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "too-many-unpaid-holds");
        problem.Number("limit").ShouldBe(2);
        (await carrier.Client.IntervalAsync(Day, "12:00")).Number("booked").ShouldBe(0);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Paying_a_hold_makes_room_for_another_unpaid_hold()
    {
        await using var api = NewApi(unpaidHolds: 1);
        var carrier = await api.CarrierAsync();
        var first = await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        var second = TestData.Booking(TestData.Next(), Day, "11:00");
        (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", second)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await carrier.PayAsync(first);

        (await carrier.BookAsync(second)).Str("status").ShouldBe("AwaitingPayment");
    }

    [Fact]
    public async Task A_hold_that_ran_out_no_longer_counts_against_the_unpaid_hold_cap()
    {
        await using var api = NewApi(unpaidHolds: 1);
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));

        api.Clock.Advance(TimeSpan.FromMinutes(16));

        (await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "11:00"))).Str("status").ShouldBe("AwaitingPayment");
    }

    [Fact]
    public async Task An_account_at_its_share_of_a_checkpoint_day_is_refused_that_day_but_not_another_day_or_checkpoint()
    {
        await using var api = NewApi(dayShare: 2);
        var carrier = await api.CarrierAsync();
        await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00")));
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "11:00"));

        var refused = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Day, "12:00"));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "checkpoint-day-share-exceeded");
        problem.Str("date").ShouldBe(Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        problem.Number("limit").ShouldBe(2);
        (await carrier.Client.IntervalAsync(Day, "12:00")).Number("booked").ShouldBe(0);
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day.AddDays(1), "12:00"));
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "12:00", checkpoint: "BAKHTY"));
    }

    [Fact]
    public async Task A_cancelled_booking_gives_its_share_of_the_day_back()
    {
        await using var api = NewApi(dayShare: 1);
        var carrier = await api.CarrierAsync();
        var first = await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        (await carrier.Client.PostAsync($"/api/v1/bookings/{first.Str("id")}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "11:00"))).Str("status").ShouldBe("AwaitingPayment");
    }

    [Fact]
    public async Task First_free_skips_the_days_on_which_the_account_has_used_its_share()
    {
        await using var api = NewApi(dayShare: 1);
        var carrier = await api.CarrierAsync();
        var from = SeoApiFactory.Start.AddDays(3);
        var first = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), from));

        var second = await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), from));

        first["interval"].Str("date").ShouldBe(Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        second["interval"].Str("date").ShouldBe(Day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Rescheduling_into_a_day_where_the_account_has_its_share_is_refused_and_the_booking_stays()
    {
        await using var api = NewApi(dayShare: 1);
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        var other = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Day.AddDays(1), "10:00")));

        var refused = await carrier.RescheduleAsync(other, Day, "12:00");

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "checkpoint-day-share-exceeded");
        var kept = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{other.Str("id")}");
        kept["interval"].Str("date").ShouldBe(Day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        kept.Number("reschedulesUsed").ShouldBe(0);
        (await carrier.Client.IntervalAsync(Day, "12:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task Rescheduling_within_the_same_day_is_allowed_at_the_share()
    {
        await using var api = NewApi(dayShare: 1);
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00")));

        var moved = await carrier.RescheduleAsync(booking, Day, "12:00");

        (await moved.ShouldHaveStatusAsync(HttpStatusCode.OK))["interval"].Str("start").ShouldBe("12:00");
    }

    [Fact]
    public async Task R21_a_cancelled_vehicle_cools_down_before_it_is_held_again_and_the_problem_says_until_when()
    {
        await using var api = NewApi(coolDown: "00:30:00");
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var booking = await carrier.BookAsync(TestData.Booking(truck, Day, "10:00"));
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cancelledAt = api.Clock.GetUtcNow();

        api.Clock.Advance(TimeSpan.FromMinutes(29));
        var refused = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, Day, "11:00"));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-cooling-down", "R21");
        DateTimeOffset.Parse(problem.Str("endsAt"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(cancelledAt.AddMinutes(30));
        (await carrier.Client.IntervalAsync(Day, "11:00")).Number("booked").ShouldBe(0);
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await carrier.BookAsync(TestData.Booking(truck, Day, "11:00"));
    }

    [Fact]
    public async Task R21_the_cool_down_follows_the_vehicle_by_vin_under_another_plate_and_another_account()
    {
        await using var api = NewApi(coolDown: "00:30:00");
        var carrier = await api.CarrierAsync();
        var other = await api.CarrierAsync();
        var truck = TestData.Next();
        var booking = await carrier.BookAsync(TestData.Booking(truck, Day, "10:00"));
        (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var samVin = TestData.Booking(TestData.Next(), Day, "11:00");
        samVin["vehicle"]!["vin"] = TestData.Vin(truck);

        var refused = await other.Client.PostAsJsonAsync("/api/v1/bookings", samVin);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-cooling-down");
    }

    [Fact]
    public async Task R21_a_vehicle_whose_hold_ran_out_cools_down_from_the_end_of_the_hold()
    {
        await using var api = NewApi(coolDown: "00:10:00");
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        await carrier.BookAsync(TestData.Booking(truck, Day, "10:00"));
        var holdEnds = api.Clock.GetUtcNow().AddMinutes(15);

        api.Clock.Advance(TimeSpan.FromMinutes(20));
        (await api.SendAsync(new ExpireHolds())).Value.ShouldBe(1);
        var refused = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, Day, "11:00"));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-cooling-down");
        DateTimeOffset.Parse(problem.Str("endsAt"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(holdEnds.AddMinutes(10));
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        await carrier.BookAsync(TestData.Booking(truck, Day, "11:00"));
    }

    [Fact]
    public async Task R21_a_hold_that_ran_out_but_was_not_swept_cools_its_vehicle_down_too()
    {
        await using var api = NewApi(coolDown: "00:10:00");
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        await carrier.BookAsync(TestData.Booking(truck, Day, "10:00"));

        api.Clock.Advance(TimeSpan.FromMinutes(16));
        var refused = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, Day, "11:00"));

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-cooling-down");
        (await carrier.Client.IntervalAsync(Day, "11:00")).Number("booked").ShouldBe(0);
    }
}

/// <summary>Two parallel requests of one account never both pass a cap: the account's gate decides them in turn.</summary>
public abstract class BookingCapConcurrencyTests
{
    protected abstract StoreProvider Store { get; }

    private static readonly DateOnly Day = SeoApiFactory.Today.AddDays(3);

    [Fact]
    public async Task Thirty_parallel_holds_of_one_account_issue_exactly_its_unpaid_hold_cap()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Bookings:Caps:MaxUnpaidHoldsPerAccount"] = "3" }, Store);
        var carrier = await api.CarrierAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Day, $"{i % 24:D2}:00"));
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }));

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(3);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict && r.Body["code"]!.GetValue<string>() == "too-many-unpaid-holds");
        (await carrier.Client.AvailabilityAsync(Day)).Sum(i => i.Number("booked")).ShouldBe(3);
    }

    [Fact]
    public async Task Thirty_parallel_bookings_of_one_account_for_one_day_issue_exactly_its_share()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Bookings:Caps:MaxBookingsPerAccountPerCheckpointDay"] = "4" }, Store);
        var carrier = await api.CarrierAsync();
        var bystander = await api.CarrierAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Day, $"{i % 24:D2}:00"));
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }).Append(Task.Run(async () =>
        {
            var response = await bystander.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Day, "23:00"));
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        })));

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(5);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict && r.Body["code"]!.GetValue<string>() == "checkpoint-day-share-exceeded");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(4);
        (await bystander.MyBookingsAsync()).Count.ShouldBe(1);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteBookingCapConcurrencyTests : BookingCapConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlBookingCapConcurrencyTests : BookingCapConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerBookingCapConcurrencyTests : BookingCapConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
