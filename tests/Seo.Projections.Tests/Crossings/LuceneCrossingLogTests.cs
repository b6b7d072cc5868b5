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
}
