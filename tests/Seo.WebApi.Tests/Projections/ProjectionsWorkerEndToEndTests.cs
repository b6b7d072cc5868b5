using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Seo.Worker;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;
using StackExchange.Redis;

namespace Seo.WebApi.Tests.Projections;

/// <summary>
/// The API with <c>Seo:Projections:RunIn=Worker</c> and the projections worker, in one test
/// process as two hosts over the same SQLite file, Redis key prefix and Lucene directory: the
/// worker alone delivers the outbox and writes the read models; the API reads them (availability
/// from Redis, the crossing log from Lucene read-only). Needs a real Redis
/// (<c>SEO_REDIS_CONNECTION</c>); like the other Redis suites it fails rather than skips without one.
/// </summary>
[Trait("ReadModel", "Redis")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "xUnit disposes the API and the worker through IAsyncLifetime.DisposeAsync.")]
public sealed class ProjectionsWorkerEndToEndTests : IAsyncLifetime
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    private readonly string _prefix = $"seo-api-test:{Guid.NewGuid():N}:availability:";
    private SeoApiFactory? _api;
    private IHost? _worker;

    private static string Redis() =>
        Environment.GetEnvironmentVariable("SEO_REDIS_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("SEO_REDIS_CONNECTION is not set, so the projections worker test cannot run (it fails rather than skips). Start one with: eval \"$(bash scripts/services.sh start)\"");

    public async Task InitializeAsync()
    {
        var redis = Redis();
        _api = new SeoApiFactory(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = redis,
                ["Seo:ReadModels:Availability:KeyPrefix"] = _prefix,
                ["Seo:Projections:RunIn"] = "Worker",
            },
            dispatchBeforeAvailability: false);

        // The API starts first: the embedded store is migrated by the API, never by the worker.
        _ = _api.Services;
        _worker = ProjectionsWorker.Build([], configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            // The same data directory: the same seo.db and the same crossings/ Lucene folder.
            ["Persistence:DataDirectory"] = _api.DataDirectory,
            ["ConnectionStrings:Redis"] = redis,
            ["Seo:ReadModels:Availability:KeyPrefix"] = _prefix,
            ["Seo:Outbox:Enabled"] = "true",
            ["Seo:Outbox:PollInterval"] = "00:00:00.050",
            ["Logging:LogLevel:Default"] = "Warning",
            // The worker reads what the API wrote: the same personal-data key ring (docs/personal-data.md).
            ["Seo:PersonalData:Keys:0:Id"] = "tests",
            ["Seo:PersonalData:Keys:0:Key"] = SeoApiFactory.PersonalDataKey,
            ["Seo:PersonalData:Keys:0:Active"] = "true",
            ["Seo:PersonalData:LookupKey"] = SeoApiFactory.PersonalDataLookupKey,
        }));
        // The worker keeps the system clock; the events it delivers carry the API's (fake) times.
        await _worker.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.StopAsync();
            _worker.Dispose();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(Redis());
        foreach (var server in redis.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    [Fact]
    public void The_API_that_leaves_the_projections_to_the_worker_runs_no_outbox_dispatcher()
    {
        _api!.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ShouldNotContain("OutboxDispatcher");
        _worker!.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ShouldContain("OutboxDispatcher");
    }

    [Fact]
    public async Task A_booking_made_through_the_API_shows_in_its_Redis_availability_once_the_worker_delivered_it()
    {
        var carrier = await _api!.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        var day = Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await Poll.UntilAsync(async () =>
        {
            var response = await carrier.Client.GetAsync(new Uri($"/api/v1/checkpoints/DOSTYK/availability?from={day}&to={day}", UriKind.Relative));
            var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var source = response.Headers.GetValues("Seo-Availability-Source").Single();
            var booked = body["intervals"]!.AsArray().Single(i => i!.Str("start") == "14:00")!.Number("booked");
            return source == "read-model" && booked == 1;
        }, "The worker did not deliver the booking to the Redis read model the API reads.");
    }

    [Fact]
    public async Task A_camera_read_posted_to_the_API_is_found_in_its_crossing_log_once_the_worker_indexed_it()
    {
        var api = _api!;
        var registrar = await api.RegistrarAsync();
        var camera = await api.RegisterCameraAsync(registrar);
        var officer = await api.StaffAsync(registrar, "Officer");
        var stored = await (await camera.PostReadAsync(Cameras.Read(api, "777WRK02"))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        await Poll.UntilAsync(
            async () => (await officer.CrossingsAsync("plate=777WRK02"))["items"]!.AsArray().Count == 1,
            "The worker did not index the camera read into the Lucene log the API reads.");

        var found = await officer.CrossingsAsync("plate=777WRK02");
        found["items"]!.AsArray().Single()!.Str("eventId").ShouldBe(stored.Str("eventId"));
    }
}
