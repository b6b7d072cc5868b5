using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>
/// The embedded crossing log as an API sees it when a worker projects
/// (<c>Seo:Projections:RunIn=Worker</c>): the worker holds the index's only
/// <see cref="IndexWriter"/> (Lucene allows one writer per directory), and this reads what it
/// commits. The reader is opened on the first search (the worker may not have created the index
/// yet, which reads as empty) and reopened, when a commit changed the index, before each search.
/// </summary>
public sealed class ReadOnlyLuceneCrossingLog : ICrossingLog, IDisposable, IAsyncDisposable
{
    private readonly FSDirectory directory;
    private readonly System.Threading.Lock openLock = new();
    private const int OpenAttempts = 8;

    private SearcherManager? searchers;
    private bool disposed;

    /// <summary>Reads the index in <paramref name="indexDirectory"/>, which need not exist yet.</summary>
    public ReadOnlyLuceneCrossingLog(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
    }

    /// <summary>Always refused: this process never projects; the worker indexes.</summary>
    public Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(
            $"This process reads the crossing log that the projections worker writes ({ProjectionsOptions.Section}:RunIn=Worker); it never indexes.");

    /// <inheritdoc />
    public Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken)
    {
        CrossingQueryGuard.EnsureValid(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher => LuceneCrossingSearch.Search(searcher, query), new CrossingPage([], 0)));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher => LuceneCrossingSearch.CountPerCheckpointPerDay(searcher, from, to, checkpoint), []));
    }

    /// <summary>
    /// Closes the reader. A search in flight keeps the searcher it acquired (Lucene counts its
    /// references) and finishes; later calls are refused.
    /// </summary>
    public void Dispose()
    {
        lock (openLock)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            searchers?.Dispose();
            directory.Dispose();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read, T whenNoIndex)
    {
        var manager = Searchers();
        if (manager is null)
        {
            return whenNoIndex;
        }

        // DirectoryReader.OpenIfChanged underneath: a no-op unless the worker committed since.
        manager.MaybeRefreshBlocking();
        var searcher = manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The searcher manager, opened once the index exists; null until then.</summary>
    private SearcherManager? Searchers()
    {
        lock (openLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (searchers is null && DirectoryReader.IndexExists(directory))
            {
                searchers = OpenOrNone();
            }

            return searchers;
        }
    }

    /// <summary>
    /// Opens the index the worker is creating. Its first commit (segments_1) can be listed before
    /// it is complete, with no earlier commit Lucene could fall back to, and on a busy machine the
    /// worker may already be writing the next one when the read fails: so look again a few times,
    /// briefly, before deciding. A first commit still incomplete reads as no index yet; anything
    /// else that keeps failing is a real fault and is thrown.
    /// </summary>
    private SearcherManager? OpenOrNone()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new SearcherManager(directory, searcherFactory: null);
            }
            catch (IOException) when (attempt < OpenAttempts)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(5 * attempt));
            }
            catch (IOException) when (SegmentInfos.GetLastCommitGeneration(directory) <= 1)
            {
                return null;
            }
        }
    }
}
