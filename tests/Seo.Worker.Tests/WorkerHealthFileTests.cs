using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Seo.Worker;

namespace Seo.Worker.Tests;

/// <summary>The worker's health, written where a container healthcheck can read it.</summary>
public sealed class WorkerHealthFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("seo-worker-health-").FullName;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly ProbeCheck store = new("write-store:Sqlite");
    private readonly ProbeCheck redis = new("read-model:availability:Redis");

    private string HealthFile => Path.Combine(directory, "worker.health");

    private WorkerHealthFile Writer()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks()
            .AddCheck(store.Name, store, tags: ["ready"])
            .AddCheck(redis.Name, redis, tags: ["ready"])
            .AddCheck("not-for-readiness", () => HealthCheckResult.Unhealthy());
        var health = services.BuildServiceProvider().GetRequiredService<HealthCheckService>();
        return new WorkerHealthFile(health, HealthFile, clock, NullLogger<WorkerHealthFile>.Instance);
    }

    [Fact]
    public async Task The_file_says_the_readiness_status_when_it_was_taken_and_what_is_unwell()
    {
        var writer = Writer();

        await writer.WriteAsync(CancellationToken.None);
        File.ReadAllLines(HealthFile).ShouldBe(["Healthy", "2026-12-07T10:00:00.0000000+00:00"]);

        redis.Status = HealthStatus.Degraded;
        await writer.WriteAsync(CancellationToken.None);
        File.ReadAllLines(HealthFile).ShouldBe(["Degraded", "2026-12-07T10:00:00.0000000+00:00", "read-model:availability:Redis: Degraded"]);

        store.Status = HealthStatus.Unhealthy;
        await writer.WriteAsync(CancellationToken.None);
        File.ReadAllLines(HealthFile)[0].ShouldBe("Unhealthy");
        File.Exists(HealthFile + ".tmp").ShouldBeFalse();
    }

    [Fact]
    public async Task The_file_is_rewritten_at_every_interval_of_the_worker_clock()
    {
        using var writer = Writer();

        await writer.StartAsync(CancellationToken.None);
        await store.Asked(1);
        clock.Advance(WorkerHealthFile.Interval - TimeSpan.FromSeconds(1));
        store.Calls.ShouldBe(1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await store.Asked(2);
        await writer.StopAsync(CancellationToken.None);

        File.ReadAllLines(HealthFile)[0].ShouldBe("Healthy");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>A check whose answer the test sets, and that says how often it was asked.</summary>
    private sealed class ProbeCheck(string name) : IHealthCheck
    {
        private readonly List<TaskCompletionSource> waiting = [];
        private int calls;

        public string Name => name;

        public HealthStatus Status { get; set; } = HealthStatus.Healthy;

        public int Calls => Volatile.Read(ref calls);

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref calls);
            lock (waiting)
            {
                waiting.ForEach(w => w.TrySetResult());
            }

            return Task.FromResult(new HealthCheckResult(Status));
        }

        /// <summary>Completes once the check has been asked <paramref name="times"/> times (within 30 s, or the test fails).</summary>
        public async Task Asked(int times)
        {
            while (Calls < times)
            {
                var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (waiting)
                {
                    waiting.Add(next);
                }

                if (Calls >= times)
                {
                    break;
                }

                await next.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
    }
}
