using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>Capacity is never oversold, however many requests race for the last places.</summary>
public abstract class ConcurrencyTests
{
    /// <summary>The store every test of this class runs on; each provider has a subclass below.</summary>
    protected abstract StoreProvider Store { get; }

    private SeoApiFactory NewApi(IReadOnlyDictionary<string, string?>? settings = null) => new(settings, Store);

    [Fact]
    public async Task Two_hundred_parallel_bookings_for_one_interval_of_20_issue_exactly_20()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        var bodies = Enumerable.Range(0, 200).Select(_ => TestData.Booking(TestData.Next(), date, "12:00")).ToList();

        var responses = await Task.WhenAll(bodies.Select(async body =>
        {
            var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", body);
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }));

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(20);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        refused.Count.ShouldBe(180);
        refused.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict && r.Body["code"]!.GetValue<string>() == "slot-full");

        var interval = await carrier.Client.IntervalAsync(date, "12:00");
        interval.Number("booked").ShouldBe(20);
        interval.Number("free").ShouldBe(0);
        var bookings = await carrier.MyBookingsAsync();
        bookings.Count.ShouldBe(20);
        bookings.Select(b => b.Number("sequenceNumber")).Order().ShouldBe(Enumerable.Range(1, 20));
        bookings.Select(b => b.Str("id")).ShouldBe(
            responses.Where(r => r.StatusCode == HttpStatusCode.Created).Select(r => r.Body.Str("id")), ignoreOrder: true);
        (await api.SnapshotAsync()).Bookings.ShouldBe(20);
    }

    [Fact]
    public async Task R16_1_sixty_four_parallel_first_free_requests_all_get_a_place_and_fill_the_earliest_intervals_in_order()
    {
        await using var api = NewApi(new Dictionary<string, string?> { ["Seo:DefaultCapacity:VehiclesPerInterval"] = "2" });
        var carrier = await api.CarrierAsync();
        var from = SeoApiFactory.Start.AddDays(3);

        var responses = await FirstFreeInParallelAsync(carrier, from, requests: 64);

        responses.Where(r => r.StatusCode != HttpStatusCode.Created).ShouldBeEmpty();
        // Nobody passed an interval that still had a place: the 32 earliest from the requested
        // moment are full, and nothing after them was taken.
        var intervals = await IntervalsFromAsync(carrier, from, days: 8);
        intervals.Take(32).ShouldAllBe(i => i.Booked == 2);
        intervals.Skip(32).ShouldAllBe(i => i.Booked == 0);
        var booked = responses.Select(r => (r.Body["interval"]!.Str("date"), r.Body["interval"]!.Str("start"))).ToList();
        booked.GroupBy(b => b).ShouldAllBe(g => g.Count() == 2);
        (await api.SnapshotAsync()).Bookings.ShouldBe(64);
    }

    [Fact]
    public async Task R16_1_parallel_first_free_requests_are_refused_only_when_every_interval_in_range_is_full()
    {
        await using var api = NewApi(new Dictionary<string, string?> { ["Seo:DefaultCapacity:VehiclesPerInterval"] = "1" });
        var carrier = await api.CarrierAsync();
        // From the last day of the horizon: its intervals are the whole range.
        var lastDay = SeoApiFactory.Today.AddDays(90);
        var places = (await carrier.Client.AvailabilityAsync(lastDay)).Count;
        var from = new DateTimeOffset(lastDay.ToDateTime(TimeOnly.MinValue), SeoApiFactory.Start.Offset);

        var responses = await FirstFreeInParallelAsync(carrier, from, requests: places + 16);

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(places);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict && r.Body["code"]!.GetValue<string>() == "no-free-interval");
        (await carrier.Client.AvailabilityAsync(lastDay)).ShouldAllBe(i => i!.Number("free") == 0);
        (await api.SnapshotAsync()).Bookings.ShouldBe(places);
    }

    /// <summary>Sends the first-free requests, each for its own truck, all 64 at a time.</summary>
    private static async Task<List<(HttpStatusCode StatusCode, JsonNode Body)>> FirstFreeInParallelAsync(Session carrier, DateTimeOffset from, int requests)
    {
        var bodies = Enumerable.Range(0, requests).Select(_ => TestData.FirstFreeBooking(TestData.Next(), from)).ToList();
        using var sixtyFourAtATime = new SemaphoreSlim(64);
        return [.. await Task.WhenAll(bodies.Select(async body =>
        {
            await sixtyFourAtATime.WaitAsync();
            try
            {
                var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", body);
                return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
            }
            finally
            {
                sixtyFourAtATime.Release();
            }
        }))];
    }

    /// <summary>Every interval of the days from <paramref name="from"/>'s, in order, with what it has booked.</summary>
    private static async Task<List<(string Date, string Start, int Booked)>> IntervalsFromAsync(Session carrier, DateTimeOffset from, int days)
    {
        var first = DateOnly.FromDateTime(from.DateTime);
        var intervals = new List<(string Date, string Start, int Booked)>();
        for (var date = first; date < first.AddDays(days); date = date.AddDays(1))
        {
            var day = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            intervals.AddRange((await carrier.Client.AvailabilityAsync(date))
                .Select(i => (day, i!.Str("start"), i.Number("booked")))
                .Where(i => date != first || string.CompareOrdinal(i.Item2, from.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)) >= 0));
        }

        return intervals;
    }

    [Fact]
    public async Task Parallel_bookings_of_one_vehicle_issue_exactly_one()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        var date = SeoApiFactory.Today.AddDays(3);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async hour =>
        {
            var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(truck, date, $"{hour:D2}:00"));
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }));

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict && r.Body["code"]!.GetValue<string>() == "vehicle-has-active-booking");
        (await carrier.Client.AvailabilityAsync(date)).Sum(i => i.Number("booked")).ShouldBe(1);
    }

    [Fact]
    public async Task R22_a_capacity_cut_during_a_booking_rush_never_overbooks_and_loses_no_booking()
    {
        await using var api = NewApi();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var date = SeoApiFactory.Today.AddDays(3);
        for (var i = 0; i < 5; i++)
        {
            await carrier.BookAsync(TestData.Booking(TestData.Next(), date, "12:00"));
        }

        var ten = new JsonObject { ["opensAt"] = "00:00", ["hoursOpen"] = 24, ["intervalMinutes"] = 60, ["vehiclesPerInterval"] = 10 };
        var week = new JsonObject();
        foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" })
        {
            week[day] = ten.DeepClone();
        }

        var cut = new JsonObject
        {
            ["expectedVersion"] = 0,
            ["effectiveFrom"] = SeoApiFactory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["week"] = week,
            ["reason"] = "Scanner out of order",
        };
        var rush = Enumerable.Range(0, 40).Select(async _ =>
        {
            var response = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), date, "12:00"));
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }).ToList();
        var cutting = registrar.Client.PutAsJsonAsync("/api/v1/admin/checkpoints/DOSTYK/capacity", cut);

        var responses = await Task.WhenAll(rush);
        var revised = await cutting;

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict && r.Body["code"]!.GetValue<string>() == "slot-full");
        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        var change = await revised.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var intervals = await carrier.Client.AvailabilityAsync(date);
        // Every booking has a place, no interval holds more than it has, and those over the cut moved.
        intervals.ShouldAllBe(i => i!.Number("booked") <= i.Number("capacity") && i.Number("capacity") == 10);
        intervals.Sum(i => i!.Number("booked")).ShouldBe(5 + created);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(5 + created);
        var noon = intervals.Single(i => i!.Str("start") == "12:00")!;
        change["moved"]!.AsArray().Count.ShouldBe(5 + created - noon.Number("booked"));
        (await api.ReadStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.CapacitySlots, s => s.Booked > s.Capacity))).ShouldBeFalse();
    }

    [Fact]
    public async Task R22_waitlist_sweeps_on_two_instances_during_a_booking_rush_offer_each_freed_place_once_and_take_no_more_than_were_freed()
    {
        await using var api = NewApi();
        await Waitlist.WaitlistTests.PlacesAnHourAsync(api, places: 3);
        var day = SeoApiFactory.Today.AddDays(4);
        var carrier = await api.CarrierAsync();
        var holders = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            holders.Add(await Waitlist.WaitlistTests.PaidAsync(carrier, day, "10:00"));
        }

        for (var i = 0; i < 6; i++)
        {
            var waiting = await Waitlist.WaitlistTests.PaidAsync(carrier, day.AddDays(1), $"{10 + (i / 3):D2}:00");
            await (await Waitlist.WaitlistTests.WaitAsync(carrier, waiting, day, day, "10:00", "10:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
            api.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        foreach (var holder in holders)
        {
            await (await carrier.Client.PostAsync($"/api/v1/bookings/{holder.Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var sweeps = Enumerable.Range(0, 2).Select(_ => api.SendAsync(new Application.Waitlist.OfferPlaces.OfferWaitlistPlaces())).ToList();
        var rush = Enumerable.Range(0, 10).Select(_ => carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), day, "10:00"))).ToList();
        await Task.WhenAll(sweeps);
        var responses = await Task.WhenAll(rush);

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        var offers = await api.ReadStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Where(db.WaitlistEntries, e => e.Status == Domain.Waitlist.WaitlistStatus.Offered)));
        // The three freed places went to offers and to the rush, each once; nothing more was taken.
        (offers.Count + created).ShouldBe(3);
        (await carrier.Client.IntervalAsync(day, "10:00")).Number("booked").ShouldBe(3);
        offers.ShouldAllBe(e => e.Offers == 1);
        (await api.ReadStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.OutboundMessages, m => m.Kind == Domain.Messaging.MessageKind.WaitlistOffer && m.Channel == Domain.Messaging.MessageChannel.Sms))).ShouldBe(offers.Count);
        (await api.ReadStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.CapacitySlots, s => s.Booked > s.Capacity))).ShouldBeFalse();
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteConcurrencyTests : ConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlConcurrencyTests : ConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerConcurrencyTests : ConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
