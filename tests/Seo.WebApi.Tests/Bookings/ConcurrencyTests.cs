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
