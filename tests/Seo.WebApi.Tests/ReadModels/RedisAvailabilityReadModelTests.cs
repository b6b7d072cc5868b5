using Seo.Tests.Shared;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Seo.WebApi.Tests.TestHost;
using StackExchange.Redis;

namespace Seo.WebApi.Tests.ReadModels;

/// <summary>
/// The availability suite against a real Redis (<c>SEO_REDIS_CONNECTION</c>; it fails rather than
/// skips without one), each test under a key prefix of its own, reached through a TCP relay the
/// fault test can cut and restore like an outage.
/// </summary>
[Trait("ReadModel", "Redis")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "xUnit disposes the relay through IAsyncLifetime.DisposeAsync.")]
public sealed class RedisAvailabilityReadModelTests : AvailabilityReadModelTests, IAsyncLifetime
{
    private readonly string _prefix = $"seo-api-test:{Guid.NewGuid():N}:availability:";
    private TcpRelay? _relay;

    private static (string Host, int Port) Upstream()
    {
        var configured = Environment.GetEnvironmentVariable("SEO_REDIS_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("SEO_REDIS_CONNECTION is not set, so the Redis availability suite cannot run (it fails rather than skips). Start one with: eval \"$(bash scripts/services.sh start)\"");
        return ConfigurationOptions.Parse(configured).EndPoints.Single() switch
        {
            DnsEndPoint dns => (dns.Host, dns.Port),
            IPEndPoint ip => (ip.Address.ToString(), ip.Port),
            var other => throw new InvalidOperationException($"Unexpected Redis endpoint {other}."),
        };
    }

    public Task InitializeAsync()
    {
        var (host, port) = Upstream();
        _relay = new TcpRelay(host, port);
        _relay.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }

        var (host, port) = Upstream();
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"{host}:{port}");
        foreach (var server in redis.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    // The client's own 5 s command timeout: a whole-horizon rebuild sends 41 × 92 day scripts through
    // the relay, and on a loaded two-core machine 2 s was met. Outages here are cuts, seen at once.
    protected override Dictionary<string, string?> ReadModelSettings() => new()
    {
        ["ConnectionStrings:Redis"] = $"127.0.0.1:{_relay!.Port},connectTimeout=1000,syncTimeout=5000,asyncTimeout=5000",
        ["Seo:ReadModels:Availability:KeyPrefix"] = _prefix,
    };

    [Fact]
    public async Task Day_keys_written_by_the_projection_expire_a_few_days_after_their_day()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        await api.DispatchOutboxAsync();

        var redis = api.Services.GetRequiredService<IConnectionMultiplexer>();
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync($"{_prefix}{{DOSTYK}}:{Tomorrow:yyyy-MM-dd}");

        // The day ends by the next midnight UTC; kept 3 days after that, counted on the app's clock.
        var expected = new DateTimeOffset(Tomorrow.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(3) - api.Clock.GetUtcNow();
        ttl.ShouldNotBeNull();
        ttl.Value.ShouldBe(expected, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task While_Redis_is_down_bookings_succeed_availability_falls_back_and_after_it_returns_the_read_model_equals_the_ledger()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        await api.DispatchOutboxAsync();
        (await IntervalAsync(carrier.Client, Tomorrow, "14:00")).Number("booked").ShouldBe(1);
        var redis = api.Services.GetRequiredService<IConnectionMultiplexer>();

        await _relay!.StopAsync();
        await Poll.UntilAsync(() => Task.FromResult(!redis.IsConnected), "the API never noticed Redis was gone");

        // Bookings go on: a given interval, and first-free searches whose candidates come from the ledger.
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "15:00"));
        for (var i = 0; i < 3; i++)
        {
            await carrier.BookAsync(TestData.FirstFreeBooking(TestData.Next(), SeoApiFactory.Start.AddDays(1).AddHours(5)));
        }

        // Events cannot be delivered now; they wait with back-off (the fake clock does not move).
        await api.DispatchOutboxAsync();
        var fallback = await IntervalAsync(carrier.Client, Tomorrow, "14:00", expectedSource: "write-store");
        fallback.Number("booked").ShouldBe(5);
        var ready = await api.ReadinessAsync();
        var report = await ready.ShouldHaveStatusAsync(HttpStatusCode.OK);
        report.Str("status").ShouldBe("Degraded");
        report["checks"]!.AsArray().Single(c => c!.Str("name") == "read-model:availability:Redis")!.Str("status").ShouldBe("Degraded");

        _relay.Start();

        // The reconnect rebuild, not a dispatch, brings the read model back to the ledger.
        var expected = await ChangedLedgerRowsAsync(api, Tomorrow, Tomorrow);
        expected.Single(c => c.StartMinute == 14 * 60).Booked.ShouldBe(5);
        await Poll.UntilAsync(
            async () => redis.IsConnected && await ReadModelMatchesAsync(api, expected),
            "the read model never caught up with the ledger after Redis came back");
        (await IntervalAsync(carrier.Client, Tomorrow, "14:00")).Number("booked").ShouldBe(5);

        // The events that failed meanwhile are harmless when they are finally delivered: all older or equal.
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.DispatchOutboxAsync();
        (await ReadModelMatchesAsync(api, expected)).ShouldBeTrue();
    }

    private static async Task<bool> ReadModelMatchesAsync(SeoApiFactory api, List<Application.Common.Ports.SlotCount> expected)
    {
        try
        {
            var stored = await ReadModelAsync(api, Tomorrow, Tomorrow);
            return stored.Where(c => c.Version > 0).SequenceEqual(expected);
        }
        catch (Application.Common.Ports.ReadModelUnavailableException)
        {
            return false;
        }
    }
}
