using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>
/// R6: priority bookings per checkpoint-day stay within the share of the day's throughput in
/// force on that day, however many race for the last priority places. Every checkpoint here
/// takes 5 vehicles an interval, 120 a day, so a day's priority limit is floor(120 × 15 %) = 18.
/// </summary>
public abstract class PriorityQuotaTests
{
    private const int Limit = 18;
    private static readonly DateOnly Day = SeoApiFactory.Today.AddDays(4);

    protected abstract StoreProvider Store { get; }

    private SeoApiFactory NewApi(params (string Key, string Value)[] settings) =>
        new(new Dictionary<string, string?>(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
        {
            ["Seo:DefaultCapacity:VehiclesPerInterval"] = "5",
        }, Store);

    private static JsonObject Expedited(int truck, DateOnly date, int hour) => TestData.PriorityBooking(truck, date, $"{hour % 24:D2}:00", "PaidExpedited");

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(Session session, JsonObject body)
    {
        var response = await session.Client.PostAsJsonAsync("/api/v1/bookings", body);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static Task<int> PriorityBookedAsync(SeoApiFactory api, DateOnly date) =>
        api.ReadStoreAsync(db => db.CapacityDays.Where(d => d.Checkpoint == "DOSTYK" && d.Day == date.DayNumber).Select(d => d.PriorityBooked).SingleAsync());

    /// <summary>Takes every priority place of <paramref name="date"/>, one request after another.</summary>
    private static async Task<List<JsonObject>> FillPriorityShareAsync(Session carrier, DateOnly date)
    {
        var taken = new List<JsonObject>();
        for (var i = 0; i < Limit; i++)
        {
            taken.Add(await carrier.BookAsync(Expedited(TestData.Next(), date, i)));
        }

        return taken;
    }

    [Fact]
    public async Task R6_parallel_priority_bookings_on_one_day_issue_exactly_the_days_share_and_regular_bookings_are_unaffected()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var priority = Enumerable.Range(0, 40).Select(i => (Priority: true, Body: Expedited(TestData.Next(), Day, i))).ToList();
        var regular = Enumerable.Range(0, 20).Select(i => (Priority: false, Body: TestData.Booking(TestData.Next(), Day, $"{(i + 12) % 24:D2}:00"))).ToList();
        // Interleaved, so regular requests race the priority ones for the same rows.
        var requests = priority.Select((p, i) => i < regular.Count ? new[] { p, regular[i] } : [p]).SelectMany(x => x).ToList();

        var responses = await Task.WhenAll(requests.Select(async r => (r.Priority, Answer: await PostAsync(carrier, r.Body))));

        responses.Where(r => (int)r.Answer.Status >= 500).ShouldBeEmpty();
        var priorityAnswers = responses.Where(r => r.Priority).Select(r => r.Answer).ToList();
        priorityAnswers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(Limit);
        priorityAnswers.Where(a => a.Status != HttpStatusCode.Created)
            .ShouldAllBe(a => a.Status == HttpStatusCode.Conflict && a.Body.Str("code") == "priority-quota-exhausted" && a.Body.Str("rule") == "R6");
        responses.Where(r => !r.Priority).ShouldAllBe(r => r.Answer.Status == HttpStatusCode.Created);
        (await PriorityBookedAsync(api, Day)).ShouldBe(Limit);
        var intervals = await carrier.Client.AvailabilityAsync(Day);
        intervals.Sum(i => i!.Number("priorityBooked")).ShouldBe(Limit);
        intervals.Sum(i => i!.Number("booked")).ShouldBe(Limit + 20);
        var bookings = await carrier.MyBookingsAsync();
        bookings.Count(b => b.Str("priority") == "PaidExpedited").ShouldBe(Limit);
        bookings.Select(b => b.Number("sequenceNumber")).Order().ShouldBe(Enumerable.Range(1, Limit + 20));
    }

    [Fact]
    public async Task R6_a_priority_place_released_by_a_cancellation_can_be_taken_again()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var taken = await FillPriorityShareAsync(carrier, Day);
        (await PostAsync(carrier, Expedited(TestData.Next(), Day, 20))).Body.Str("code").ShouldBe("priority-quota-exhausted");

        await (await carrier.Client.PostAsync($"/api/v1/bookings/{taken[3].Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await PriorityBookedAsync(api, Day)).ShouldBe(Limit - 1);
        (await carrier.BookAsync(Expedited(TestData.Next(), Day, 21))).Str("priority").ShouldBe("PaidExpedited");
        (await PostAsync(carrier, Expedited(TestData.Next(), Day, 22))).Body.Str("code").ShouldBe("priority-quota-exhausted");
        (await PriorityBookedAsync(api, Day)).ShouldBe(Limit);
    }

    [Fact]
    public async Task R6_rescheduling_a_priority_booking_to_a_day_whose_share_is_used_up_is_refused_and_leaves_it_unchanged()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var earlier = Day.AddDays(-1);
        var moving = await carrier.PayAsync(await carrier.BookAsync(Expedited(TestData.Next(), earlier, 10)));
        await FillPriorityShareAsync(carrier, Day);
        var regular = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), earlier, "11:00")));

        var refused = await carrier.RescheduleAsync(moving, Day, "20:00");

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "priority-quota-exhausted", "R6");
        var unchanged = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{moving.Str("id")}");
        unchanged.Str("number").ShouldBe(moving.Str("number"));
        unchanged["interval"]!.Str("date").ShouldBe(earlier.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        unchanged["interval"]!.Str("start").ShouldBe("10:00");
        unchanged.Number("reschedulesUsed").ShouldBe(0);
        (await PriorityBookedAsync(api, Day)).ShouldBe(Limit);
        (await PriorityBookedAsync(api, earlier)).ShouldBe(1);
        (await carrier.Client.IntervalAsync(Day, "20:00")).Number("booked").ShouldBe(0);
        // A regular booking moves onto the same full-share day: the quota binds priority places only.
        await (await carrier.RescheduleAsync(regular, Day, "20:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task R6_the_share_in_force_on_the_booked_day_sets_its_limit_not_todays()
    {
        var lowered = SeoApiFactory.Today.AddDays(10);
        await using var api = NewApi(
            ("Seo:PriorityQuota:0:Percent", "15"),
            ("Seo:PriorityQuota:0:EffectiveFrom", "2023-07-01"),
            ("Seo:PriorityQuota:1:Percent", "5"),
            ("Seo:PriorityQuota:1:EffectiveFrom", lowered.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var carrier = await api.CarrierAsync();

        await carrier.BookAsync(Expedited(TestData.Next(), lowered.AddDays(-1), 10));
        for (var i = 0; i < 6; i++)
        {
            await carrier.BookAsync(Expedited(TestData.Next(), lowered, i));
        }

        (await PostAsync(carrier, Expedited(TestData.Next(), lowered, 7))).Body.Str("code").ShouldBe("priority-quota-exhausted");
        var limits = await api.ReadStoreAsync(db => db.CapacityDays.Where(d => d.Checkpoint == "DOSTYK").OrderBy(d => d.Day).Select(d => d.PriorityLimit).ToListAsync());
        limits.ShouldBe([Limit, 6]); // floor(120 × 15 %) the day before, floor(120 × 5 %) from the day the lower share applies
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqlitePriorityQuotaTests : PriorityQuotaTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlPriorityQuotaTests : PriorityQuotaTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerPriorityQuotaTests : PriorityQuotaTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
