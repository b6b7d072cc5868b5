using Seo.Application.Common.Ports;
using Seo.Projections.Crossings.Lucene;
using static Seo.Projections.Tests.Crossings.Crossings;

namespace Seo.Projections.Tests.Crossings;

/// <summary>
/// The worker's writer and the API's read-only reader over one directory, as two processes would
/// open it: crossings go in through the writer and every read of the suite goes through the reader.
/// </summary>
public sealed class LuceneWriterAndReaderFixture : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));

    public LuceneWriterAndReaderFixture()
    {
        Writer = new LuceneCrossingLog(directory);
        Reader = new ReadOnlyLuceneCrossingLog(directory);
    }

    public LuceneCrossingLog Writer { get; }

    public ReadOnlyLuceneCrossingLog Reader { get; }

    public void Dispose()
    {
        Reader.Dispose();
        Writer.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}

/// <summary>Indexes through one log, reads through another.</summary>
internal sealed class WrittenByOneReadByAnother(ICrossingLog writer, ICrossingLog reader) : ICrossingLog
{
    public Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken) =>
        writer.IndexAsync(records, cancellationToken);

    public Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken) =>
        reader.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken) =>
        reader.CountPerCheckpointPerDayAsync(from, to, checkpoint, cancellationToken);
}

[Trait("ReadModel", "Lucene")]
public sealed class ReadOnlyLuceneCrossingLogTests(LuceneWriterAndReaderFixture fixture) : CrossingLogConformance, IClassFixture<LuceneWriterAndReaderFixture>
{
    private static CancellationToken Ct => CancellationToken.None;

    protected override ICrossingLog Log { get; } = new WrittenByOneReadByAnother(fixture.Writer, fixture.Reader);

    [Fact]
    public async Task An_index_the_worker_has_not_created_yet_reads_as_empty()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        await using var reader = new ReadOnlyLuceneCrossingLog(directory);

        var page = await reader.SearchAsync(new CrossingQuery(), Ct);
        page.Total.ShouldBe(0);
        page.Items.ShouldBeEmpty();
        (await reader.CountPerCheckpointPerDayAsync(Noon.AddDays(-1), Noon.AddDays(1), null, Ct)).ShouldBeEmpty();
        Directory.Exists(directory).ShouldBeFalse("a reader creates nothing on disk");
    }

    [Fact]
    public async Task A_reader_opened_before_the_index_existed_sees_what_the_writer_commits_later()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var reader = new ReadOnlyLuceneCrossingLog(directory);
            (await reader.SearchAsync(new CrossingQuery(), Ct)).Total.ShouldBe(0);

            var first = Read(NewCheckpoint());
            await using var writer = new LuceneCrossingLog(directory);
            await writer.IndexAsync([first], Ct);
            (await reader.SearchAsync(new CrossingQuery(), Ct)).Items.ShouldBe([first]);

            // Once open, the reader is refreshed by each later commit.
            var second = Read(first.Checkpoint, at: Noon.AddMinutes(1));
            await writer.IndexAsync([second], Ct);
            (await reader.SearchAsync(new CrossingQuery(Sort: CrossingSort.OldestFirst), Ct)).Items.ShouldBe([first, second]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Searches_while_the_writer_creates_and_commits_the_index_never_fail()
    {
        for (var round = 0; round < 20; round++)
        {
            var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
            try
            {
                await using var reader = new ReadOnlyLuceneCrossingLog(directory);
                var checkpoint = NewCheckpoint();
                using var done = new CancellationTokenSource();
                var searches = Task.Run(async () =>
                {
                    var seen = 0L;
                    while (!done.IsCancellationRequested)
                    {
                        var total = (await reader.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Take: 0), Ct)).Total;
                        total.ShouldBeGreaterThanOrEqualTo(seen, "a later search never sees fewer crossings");
                        seen = total;
                    }
                });
                await using (var writer = new LuceneCrossingLog(directory))
                {
                    for (var batch = 0; batch < 5; batch++)
                    {
                        await writer.IndexAsync([Read(checkpoint, at: Noon.AddMinutes(batch))], Ct);
                    }
                }

                await done.CancelAsync();
                await searches;
                (await reader.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Take: 0), Ct)).Total.ShouldBe(5);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task The_reader_never_indexes()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(() => fixture.Reader.IndexAsync([Read(NewCheckpoint())], Ct));

        error.Message.ShouldContain("RunIn=Worker");
    }

    [Fact]
    public async Task The_reader_takes_no_write_lock_so_the_worker_can_open_its_writer_while_the_API_reads()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var crossing = Read(NewCheckpoint());
            await using (var first = new LuceneCrossingLog(directory))
            {
                await first.IndexAsync([crossing], Ct);
            }

            await using var reader = new ReadOnlyLuceneCrossingLog(directory);
            (await reader.SearchAsync(new CrossingQuery(), Ct)).Items.ShouldBe([crossing]);

            // A restarted worker opens the writer again under the reader's nose.
            await using var writer = new LuceneCrossingLog(directory);
            var later = Read(crossing.Checkpoint, at: Noon.AddMinutes(5));
            await writer.IndexAsync([later], Ct);
            (await reader.SearchAsync(new CrossingQuery(Take: 0), Ct)).Total.ShouldBe(2);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_disposed_reader_refuses_searches()
    {
        var reader = new ReadOnlyLuceneCrossingLog(Path.Combine(Path.GetTempPath(), "seo-crossings-" + Guid.NewGuid().ToString("N")));
        reader.Dispose();

        await Should.ThrowAsync<ObjectDisposedException>(() => reader.SearchAsync(new CrossingQuery(), Ct));
    }
}
