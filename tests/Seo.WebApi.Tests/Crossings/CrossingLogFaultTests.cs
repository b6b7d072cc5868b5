using Seo.Tests.Shared;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Seo.Application.Common.Ports;
using Seo.Domain.Crossings;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Projections.Crossings.Lucene;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Crossings;

/// <summary>The write store is the authority: a crossing log that is down delays the search, never the camera.</summary>
public sealed class CrossingLogFaultTests
{
    /// <summary>The real embedded log behind a switch that makes every call fail, as an unreachable store would.</summary>
    private sealed class SwitchableCrossingLog(ICrossingLog inner) : ICrossingLog
    {
        public volatile bool Down;

        public int Indexed;

        public async Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken)
        {
            ThrowIfDown();
            await inner.IndexAsync(records, cancellationToken);
            Interlocked.Add(ref Indexed, records.Count);
        }

        public Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken)
        {
            ThrowIfDown();
            return inner.SearchAsync(query, cancellationToken);
        }

        public Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken)
        {
            ThrowIfDown();
            return inner.CountPerCheckpointPerDayAsync(from, to, checkpoint, cancellationToken);
        }

        private void ThrowIfDown()
        {
            if (Down)
            {
                throw new HttpRequestException("crossing log unreachable");
            }
        }
    }

    [Fact]
    public async Task While_the_crossing_log_is_down_the_camera_is_answered_the_outbox_keeps_the_event_and_it_is_indexed_once_when_the_log_is_back()
    {
        var index = Path.Combine(Path.GetTempPath(), "seo-fault-" + Guid.NewGuid().ToString("N"));
        using var lucene = new LuceneCrossingLog(index);
        var log = new SwitchableCrossingLog(lucene) { Down = true };
        await using var api = new SeoApiFactory(services: services =>
        {
            services.RemoveAll<ICrossingLog>();
            services.AddSingleton<ICrossingLog>(log);
        });
        var registrar = await api.RegistrarAsync();
        var camera = await api.RegisterCameraAsync(registrar);
        var officer = await api.StaffAsync(registrar, "Officer");

        var response = await camera.PostReadAsync(Cameras.Read(api, "123ABC02"));
        var stored = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);

        // Two deliveries fail; the event stays in the outbox with its attempts and the error.
        await api.DispatchOutboxAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.DispatchOutboxAsync();
        var pending = await api.ReadStoreAsync(db => db.OutboxMessages.SingleAsync(m => m.Type == nameof(AnprEventRecorded)));
        pending.ProcessedAt.ShouldBeNull();
        pending.Attempts.ShouldBe(2);
        pending.LastError.ShouldNotBeNull().ShouldContain("crossing log unreachable");
        (await api.ReadStoreAsync(db => db.AnprEvents.CountAsync())).ShouldBe(1);
        var ready = await (await api.ReadinessAsync()).ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        ready["checks"]!.AsArray().Single(c => c.Str("name") == "read-model:crossings:Lucene")!.Str("status").ShouldBe("Degraded");

        log.Down = false;
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        await api.DispatchOutboxAsync();
        await api.DispatchOutboxAsync();

        log.Indexed.ShouldBe(1);
        (await api.ReadStoreAsync(db => db.OutboxMessages.SingleAsync(m => m.Type == nameof(AnprEventRecorded)))).ProcessedAt.ShouldNotBeNull();
        var found = await officer.CrossingsAsync("plate=123ABC02");
        found["items"]!.AsArray().ShouldHaveSingleItem()!.Str("eventId").ShouldBe(stored.Str("eventId"));
    }
}

/// <summary>A crossing log that cannot be reached answers officers and analysts 503 read-model-unavailable, never 500.</summary>
public sealed class CrossingLogOutageTests
{
    [Fact]
    public async Task Crossing_search_and_per_day_counts_answer_503_read_model_unavailable_while_the_log_is_unreachable()
    {
        var log = Substitute.For<ICrossingLog>();
        var outage = new ReadModelUnavailableException("The crossing log is unreachable: connection refused");
        log.SearchAsync(default!, default).ThrowsAsyncForAnyArgs(outage);
        log.CountPerCheckpointPerDayAsync(default, default, default, default).ThrowsAsyncForAnyArgs(outage);
        await using var api = new SeoApiFactory(services: services =>
        {
            services.RemoveAll<ICrossingLog>();
            services.AddSingleton(log);
        });
        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");

        await (await officer.Client.GetAsync("/api/v1/admin/crossings?plate=123ABC02")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "read-model-unavailable");
        await (await officer.Client.GetAsync("/api/v1/admin/crossings/per-day?from=2026-11-01T00:00:00Z&to=2026-11-25T00:00:00Z")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "read-model-unavailable");
    }

    [Fact]
    public async Task An_Elasticsearch_nobody_listens_on_makes_the_crossing_search_503_not_500()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Elasticsearch"] = $"http://127.0.0.1:{ClosedPort.Next()}",
        });
        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");

        await (await officer.Client.GetAsync("/api/v1/admin/crossings?plate=123ABC02")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "read-model-unavailable");
        await (await officer.Client.GetAsync("/api/v1/admin/crossings/per-day?from=2026-11-01T00:00:00Z&to=2026-11-25T00:00:00Z")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "read-model-unavailable");
    }
}

/// <summary>R10 on each write store: copies of one camera event racing through the API store it once.</summary>
public abstract class AnprReplayRaceTests
{
    protected abstract StoreProvider Store { get; }

    [Fact]
    public async Task R10_racing_copies_of_one_camera_event_store_one_read_and_one_outbox_message_and_the_rest_are_409()
    {
        await using var api = new SeoApiFactory(store: Store);
        var camera = await api.RegisterCameraAsync(await api.RegistrarAsync());
        var read = Cameras.Read(api, "123ABC02");
        var before = await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync());

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            var response = await camera.Client.PostAsJsonAsync("/api/v1/devices/anpr-events", read);
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }));

        responses.Where(r => (int)r.StatusCode >= 500).ShouldBeEmpty();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created).ShouldAllBe(r =>
            r.StatusCode == HttpStatusCode.Conflict && r.Body["code"]!.GetValue<string>() == AnprErrors.ReplayedCode && r.Body["identical"]!.GetValue<bool>());
        (await api.ReadStoreAsync(db => db.AnprEvents.CountAsync())).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync())).ShouldBe(before + 1);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteAnprReplayRaceTests : AnprReplayRaceTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlAnprReplayRaceTests : AnprReplayRaceTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerAnprReplayRaceTests : AnprReplayRaceTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
