using Seo.Application.Common.Ports;
using Seo.Projections.Crossings.Lucene;
using static Seo.Projections.Tests.Crossings.Crossings;

namespace Seo.Projections.Tests.Crossings;

[Trait("ReadModel", "Lucene")]
public sealed class LuceneCrossingLogTests(LuceneCrossingLogFixture fixture) : CrossingLogConformance, IClassFixture<LuceneCrossingLogFixture>
{
    protected override ICrossingLog Log => fixture.Log;

    [Fact]
    public async Task The_index_survives_closing_and_reopening()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var crossing = Read(NewCheckpoint());
            await using (var log = new LuceneCrossingLog(directory))
            {
                await log.IndexAsync([crossing], CancellationToken.None);
            }

            await using var reopened = new LuceneCrossingLog(directory);
            (await reopened.SearchAsync(new CrossingQuery(Checkpoint: crossing.Checkpoint), CancellationToken.None)).Items.ShouldBe([crossing]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_period_too_long_for_the_counting_grid_is_still_counted_per_day()
    {
        // Millions of days: beyond the grid of one cell per checkpoint and day, counted by day number instead.
        var checkpoint = NewCheckpoint();
        var far = new DateTimeOffset(2600, 7, 1, 20, 0, 0, TimeSpan.Zero);
        await fixture.Log.IndexAsync([Read(checkpoint, at: Noon), Read(checkpoint, at: Noon.AddHours(1)), Read(checkpoint, at: far)], CancellationToken.None);

        var counts = await fixture.Log.CountPerCheckpointPerDayAsync(
            new DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero), checkpoint, CancellationToken.None);

        counts.ShouldBe(
        [
            new CrossingsPerDay(checkpoint, DateOnly.FromDateTime(Noon.UtcDateTime), 2),
            new CrossingsPerDay(checkpoint, new DateOnly(2600, 7, 2), 1),
        ]);
    }

    [Fact]
    public async Task Concurrent_batches_and_searches_lose_nothing()
    {
        var checkpoint = NewCheckpoint();
        var batches = Enumerable.Range(0, 8)
            .Select(b => Enumerable.Range(0, 25).Select(i => Read(checkpoint, at: Noon.AddMinutes((b * 25) + i))).ToList())
            .ToList();

        await Task.WhenAll(batches.Select(batch => Task.Run(async () =>
        {
            await fixture.Log.IndexAsync(batch, CancellationToken.None);
            await fixture.Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint), CancellationToken.None);
        })));

        (await fixture.Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Take: 0), CancellationToken.None)).Total.ShouldBe(200);
    }

    [Fact]
    public async Task A_second_process_cannot_open_a_second_writer_on_the_same_index()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var lockFile = Path.Combine(directory, LuceneCrossingLog.WriterLockFile);
        // Another process holds the writer's lock, as a running worker (or API) would: util-linux's
        // flock takes the same OS lock as .NET's FileShare.None.
        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("flock", ["--close", lockFile, "sleep", "60"]))!;
        try
        {
            await WaitUntilHeldAsync(lockFile);

            var refused = Should.Throw<InvalidOperationException>(() => new LuceneCrossingLog(directory));

            refused.Message.ShouldContain("Another process");
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();
            // The OS lets go with the process: nothing stale is left behind.
            await using var writer = new LuceneCrossingLog(directory);
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_second_writer_in_the_same_process_is_refused_too()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var first = new LuceneCrossingLog(directory);

            Should.Throw<InvalidOperationException>(() => new LuceneCrossingLog(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WaitUntilHeldAsync(string lockFile)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var probe = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return;
            }

            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "flock never took the lock");
            await Task.Delay(20);
        }
    }
}
