using Seo.Tests.Shared;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NSubstitute;
using Seo.Application.Common.Ports;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Projections.Crossings;
using Seo.Projections.Crossings.Elasticsearch;
using Seo.Projections.Crossings.Lucene;

namespace Seo.Projections.Tests.Crossings;

public sealed class CrossingLogProjectionTests
{
    private static readonly DateTimeOffset Captured = new(2026, 11, 25, 8, 59, 0, TimeSpan.FromHours(5));
    private static readonly JsonSerializerOptions OutboxJson = new(JsonSerializerDefaults.Web);

    private static AnprEventRecorded Recorded(Guid? booking = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "DOSTYK", CameraPoint.CheckpointEntry, CrossingDirection.Exit, "A123BC02", 0.91, "cam/1.jpg", Captured,
        booking, booking is null ? null : "DOSTYK-20261125-0001", booking is null ? null : "1M8GDM9AXKP042788", booking is null ? ReadOutcome.NoBooking : ReadOutcome.Advanced, Captured.AddSeconds(3));

    /// <summary>The envelope as the outbox carries it: the payload serialised as SeoDbContext writes it.</summary>
    private static OutboxEnvelope Envelope(AnprEventRecorded recorded) => new(
        7, recorded.EventId, nameof(AnprEventRecorded), nameof(AnprEvent), recorded.AnprEventId.ToString(),
        JsonSerializer.Serialize(recorded, OutboxJson), recorded.OccurredAt);

    [Theory]
    [InlineData("AnprEventRecorded", true)]
    [InlineData("BookingRequested", false)]
    [InlineData("DeviceRegistered", false)]
    public void The_projection_takes_only_camera_reads(string type, bool accepted) =>
        new CrossingLogProjection(Substitute.For<ICrossingLog>()).Accepts(type).ShouldBe(accepted);

    [Fact]
    public async Task A_matched_read_becomes_one_crossing_whose_id_is_the_camera_s_event_id()
    {
        var log = Substitute.For<ICrossingLog>();
        var booking = Guid.NewGuid();
        var recorded = Recorded(booking);

        await new CrossingLogProjection(log).HandleAsync(Envelope(recorded), CancellationToken.None);

        var expected = new CrossingRecord(
            recorded.AnprEventId, Captured, "DOSTYK", CameraPoint.CheckpointEntry, CrossingDirection.Exit, "A123BC02", "1M8GDM9AXKP042788",
            "DOSTYK-20261125-0001", booking, true, 0.91, recorded.DeviceId.ToString("D"), "cam/1.jpg");
        await log.Received(1).IndexAsync(
            Arg.Is<IReadOnlyCollection<CrossingRecord>>(records => records.Single() == expected), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_round_of_reads_is_indexed_in_one_write_in_commit_order()
    {
        var log = Substitute.For<ICrossingLog>();
        var reads = Enumerable.Range(0, 50).Select(_ => Recorded()).ToList();

        await new CrossingLogProjection(log).HandleBatchAsync([.. reads.Select(Envelope)], CancellationToken.None);

        await log.Received(1).IndexAsync(
            Arg.Is<IReadOnlyCollection<CrossingRecord>>(records => records.Select(r => r.EventId).SequenceEqual(reads.Select(r => r.AnprEventId))),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public void An_unmatched_read_is_an_unmatched_crossing() =>
        CrossingLogProjection.ToCrossing(Recorded()).Matched.ShouldBeFalse();

    [Fact]
    public async Task R10_a_read_entered_by_hand_reaches_the_log_with_who_entered_it_and_why()
    {
        var log = Substitute.For<ICrossingLog>();
        var officer = Guid.NewGuid();
        var recorded = Recorded() with { Confidence = 1d, ImageReference = null, EnteredBy = officer, ManualReason = "camera down" };

        await new CrossingLogProjection(log).HandleAsync(Envelope(recorded), CancellationToken.None);

        await log.Received(1).IndexAsync(
            Arg.Is<IReadOnlyCollection<CrossingRecord>>(records => records.Single().Manual && records.Single().EnteredBy == officer && records.Single().ManualReason == "camera down"),
            Arg.Any<CancellationToken>());
        CrossingLogProjection.ToCrossing(Recorded()).Manual.ShouldBeFalse();
    }

    [Fact]
    public void An_event_written_before_reads_by_hand_existed_reads_as_the_camera_s_own()
    {
        var recorded = Recorded();
        var payload = JsonSerializer.SerializeToNode(recorded, OutboxJson)!.AsObject();
        payload.Remove("enteredBy");
        payload.Remove("manualReason");

        var old = JsonSerializer.Deserialize<AnprEventRecorded>(payload.ToJsonString(), OutboxJson)!;

        (old.EnteredBy, old.ManualReason).ShouldBe((null, null));
        CrossingLogProjection.ToCrossing(old).ShouldBe(CrossingLogProjection.ToCrossing(recorded));
    }

    [Fact]
    public async Task A_redelivered_event_leaves_one_crossing_in_the_log()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var log = new LuceneCrossingLog(directory);
            var projection = new CrossingLogProjection(log);
            var envelope = Envelope(Recorded());

            await projection.HandleAsync(envelope, CancellationToken.None);
            await projection.HandleAsync(envelope, CancellationToken.None);

            (await log.SearchAsync(new CrossingQuery(Plate: "A123BC02"), CancellationToken.None)).Total.ShouldBe(1);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_failing_store_fails_the_delivery_so_the_outbox_retries_it()
    {
        var log = Substitute.For<ICrossingLog>();
        log.IndexAsync(Arg.Any<IReadOnlyCollection<CrossingRecord>>(), Arg.Any<CancellationToken>()).Returns(Task.FromException(new IOException("disk gone")));

        await Should.ThrowAsync<IOException>(() => new CrossingLogProjection(log).HandleAsync(Envelope(Recorded()), CancellationToken.None));
    }
}

[Trait("ReadModel", "Lucene")]
public sealed class LuceneDisposalTests
{
    [Fact]
    public async Task Disposing_while_batches_and_searches_run_waits_for_them_and_refuses_later_calls_cleanly()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            for (var round = 0; round < 5; round++)
            {
                var log = new LuceneCrossingLog(directory);
                using var stop = new CancellationTokenSource();
                var started = new CountdownEvent(4);
                var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
                {
                    var unexpected = new List<Exception>();
                    started.Signal();
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        try
                        {
                            if (w % 2 == 0)
                            {
                                await log.IndexAsync([Crossings.Read("DISPOSAL", at: Crossings.Noon.AddSeconds(i))], CancellationToken.None);
                            }
                            else
                            {
                                await log.SearchAsync(new CrossingQuery(Checkpoint: "DISPOSAL", Take: 5), CancellationToken.None);
                            }
                        }
                        catch (ObjectDisposedException)
                        {
                            // The only acceptable failure: the log was closed before the call began.
                            await Task.Yield();
                        }
                        catch (Exception exception)
                        {
                            unexpected.Add(exception);
                            break;
                        }
                    }

                    return unexpected;
                })).ToList();
                started.Wait(TestContext());
                await Task.Delay(30);

                log.Dispose();
                await Task.Delay(20);
                await stop.CancelAsync();
                var failures = (await Task.WhenAll(workers)).SelectMany(f => f).ToList();

                failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures.Select(f => f.GetType().Name + ": " + f.Message)));
                await Should.ThrowAsync<ObjectDisposedException>(() => log.SearchAsync(new CrossingQuery(), CancellationToken.None));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static TimeSpan TestContext() => TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Disposing_while_a_batch_is_being_indexed_waits_for_it_and_the_batch_is_kept()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var log = new LuceneCrossingLog(directory);
            var batch = new SlowBatch([.. Enumerable.Range(0, 20).Select(i => Crossings.Read("INFLIGHT", at: Crossings.Noon.AddSeconds(i)))]);
            var indexing = Task.Run(() => log.IndexAsync(batch, CancellationToken.None));
            batch.Started.Wait(TestContext()).ShouldBeTrue();

            // The batch is half-way through its documents when the host shuts the log down.
            var disposing = Task.Run(log.Dispose);
            await indexing;
            await disposing;

            await using var reopened = new LuceneCrossingLog(directory);
            (await reopened.SearchAsync(new CrossingQuery(Checkpoint: "INFLIGHT", Take: 0), CancellationToken.None)).Total.ShouldBe(20);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A batch that says when indexing began reading it, then hands out its crossings slowly.</summary>
    private sealed class SlowBatch(IReadOnlyList<CrossingRecord> records) : IReadOnlyCollection<CrossingRecord>
    {
        public ManualResetEventSlim Started { get; } = new();

        public int Count => records.Count;

        public IEnumerator<CrossingRecord> GetEnumerator()
        {
            Started.Set();
            foreach (var record in records)
            {
                Thread.Sleep(10);
                yield return record;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

public sealed class CrossingLogServicesTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>));
        return services.AddProjections(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task By_default_the_crossing_log_is_a_Lucene_index_under_the_data_directory_and_reports_ready()
    {
        var data = Path.Combine(Path.GetTempPath(), "seo-data-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var provider = Provider(new() { ["Persistence:DataDirectory"] = data }))
            {
                provider.GetRequiredService<ICrossingLog>().ShouldBeOfType<CrossingLogOutageGuard>();
                provider.GetRequiredService<LuceneCrossingLog>();
                provider.GetServices<IOutboxHandler>().OfType<CrossingLogProjection>().ShouldHaveSingleItem();
                Directory.Exists(Path.Combine(data, "crossings")).ShouldBeTrue();
                // The open data is published to Kibana only beside an Elasticsearch crossing log.
                provider.GetServices<IOpenDataIndex>().ShouldBeEmpty();

                var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
                report.Entries["read-model:crossings:Lucene"].Status.ShouldBe(HealthStatus.Healthy);
                report.Entries["read-model:crossings:Lucene"].Tags.ShouldContain("ready");
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_process_that_finds_the_Lucene_folder_written_by_another_reports_the_log_unavailable_and_keeps_its_other_projections()
    {
        var path = Path.Combine(Path.GetTempPath(), "seo-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var otherWriter = new LuceneCrossingLog(path);
            await using (var provider = Provider(new() { [CrossingLogServices.LucenePathSetting] = path }))
            {
                var log = provider.GetRequiredService<ICrossingLog>();

                var unavailable = await Should.ThrowAsync<ReadModelUnavailableException>(() => log.SearchAsync(new CrossingQuery(), CancellationToken.None));
                unavailable.Message.ShouldContain("Another process");
                provider.GetServices<IOutboxHandler>().Count().ShouldBe(3);
                var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
                report.Entries["read-model:crossings:Lucene"].Status.ShouldBe(HealthStatus.Degraded);
            }
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task The_Lucene_path_can_be_configured()
    {
        var path = Path.Combine(Path.GetTempPath(), "seo-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var provider = Provider(new() { [CrossingLogServices.LucenePathSetting] = path }))
            {
                provider.GetRequiredService<ICrossingLog>();
                Directory.EnumerateFiles(path).ShouldNotBeEmpty();
            }
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Theory]
    [InlineData("ConnectionStrings:Elasticsearch")]
    [InlineData("Seo:ReadModels:Elasticsearch:Url")]
    public async Task With_Elasticsearch_configured_but_unreachable_the_log_resolves_and_readiness_is_degraded(string setting)
    {
        await using var provider = Provider(new() { [setting] = $"http://127.0.0.1:{ClosedPort.Next()}", ["Seo:ReadModels:Elasticsearch:IndexPrefix"] = "seo-test" });

        provider.GetRequiredService<ICrossingLog>().ShouldBeOfType<CrossingLogOutageGuard>();
        provider.GetRequiredService<TemplatedElasticsearchCrossingLog>();
        provider.GetRequiredService<ElasticsearchCrossingLogOptions>().IndexPrefix.ShouldBe("seo-test");
        // R22: the analysts' open data goes beside the crossings.
        provider.GetRequiredService<IOpenDataIndex>().ShouldBeOfType<Seo.Projections.OpenData.ElasticsearchOpenDataIndex>();
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        report.Entries["read-model:crossings:Elasticsearch"].Status.ShouldBe(HealthStatus.Degraded);
    }

    [Fact]
    public async Task An_API_that_leaves_the_projections_to_the_worker_reads_the_Lucene_index_without_opening_a_writer()
    {
        var path = Path.Combine(Path.GetTempPath(), "seo-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var provider = Provider(new()
            {
                [CrossingLogServices.LucenePathSetting] = path,
                ["Seo:Projections:RunIn"] = "Worker",
                ["ConnectionStrings:Redis"] = $"127.0.0.1:{ClosedPort.Next()},connectTimeout=200",
            }))
            {
                provider.GetRequiredService<ReadOnlyLuceneCrossingLog>();
                provider.GetService<LuceneCrossingLog>().ShouldBeNull();
                var log = provider.GetRequiredService<ICrossingLog>();
                (await log.SearchAsync(new CrossingQuery(), CancellationToken.None)).Total.ShouldBe(0);
                await Should.ThrowAsync<InvalidOperationException>(() => log.IndexAsync([Crossings.Read(Crossings.NewCheckpoint())], CancellationToken.None));

                // No write.lock, no segments: the worker's writer has the directory to itself.
                Directory.Exists(path).ShouldBeFalse();
            }
        }
        finally
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    [Fact]
    public async Task The_worker_process_itself_keeps_the_Lucene_writer()
    {
        var path = Path.Combine(Path.GetTempPath(), "seo-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var provider = Provider(new()
            {
                [CrossingLogServices.LucenePathSetting] = path,
                ["Seo:Projections:RunIn"] = "Worker",
                [ProjectionsOptions.IsWorkerProcessSetting] = "true",
                ["ConnectionStrings:Redis"] = $"127.0.0.1:{ClosedPort.Next()},connectTimeout=200",
            }))
            {
                provider.GetRequiredService<LuceneCrossingLog>();
                provider.GetService<ReadOnlyLuceneCrossingLog>().ShouldBeNull();
            }
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
