using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Seo.Application.Common.Ports;
using F = Seo.Projections.Crossings.Lucene.LuceneCrossingFields;

namespace Seo.Projections.Crossings.Lucene;

/// <summary>
/// The embedded crossing log: a Lucene.NET index on disk, for <c>dotnet run</c> and tests without
/// an Elasticsearch cluster. One writer stays open for the life of the instance (Lucene allows a
/// single writer per directory); each batch is committed, so what was indexed survives a crash,
/// and searches see it as soon as <see cref="IndexAsync"/> returns. Only the process that projects
/// opens one (the API by default, the worker with <c>Seo:Projections:RunIn=Worker</c>); an API
/// that leaves the projections to a worker reads the same directory through
/// <see cref="ReadOnlyLuceneCrossingLog"/>.
/// </summary>
public sealed class LuceneCrossingLog : ICrossingLog, IDisposable, IAsyncDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    // Commit and refresh of one batch go together, so that a batch's commit is not interleaved
    // with another's refresh; IndexWriter itself is thread-safe for the updates.
    private readonly System.Threading.Lock commitLock = new();

    // Dispose waits for the calls in flight: closing the writer or the searcher manager under a
    // running commit or search would fail it with Lucene's AlreadyClosedException (or worse).
    // A call counts itself in, then checks for disposal; Dispose marks itself, then waits for
    // the count to reach zero, so no call can slip past both checks.
    private readonly object drainGate = new();
    private int inFlight;
    private int disposed;

    /// <summary>
    /// The name of the file this instance holds exclusively for its lifetime, beside Lucene's own
    /// <c>write.lock</c>: on Linux, Lucene.NET's lock did not keep a second process from opening a
    /// second writer on the same directory (both then commit <c>segments_1</c> and the index
    /// loses documents). An exclusive <see cref="FileShare.None"/> handle is an OS lock (flock on
    /// Unix), released by the OS when the process ends, so a crash leaves nothing stale.
    /// </summary>
    internal const string WriterLockFile = "seo-writer.lock";

    // Held for the instance's lifetime: the proof that this process is the directory's only writer.
    private readonly FileStream writerLock;

    /// <summary>
    /// Opens (or creates) the index in <paramref name="indexDirectory"/>. Throws
    /// <see cref="InvalidOperationException"/> when another process already writes it.
    /// </summary>
    public LuceneCrossingLog(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        writerLock = TakeWriterLock(indexDirectory);
        try
        {
            directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
            // Every searchable field but one is an untokenised StringField, which no analyzer
            // touches; the keyword analyzer keeps it that way should a text field be added by
            // mistake. The one is the plate's skeleton, which the index folds itself.
            var analyzer = new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                new Dictionary<string, Analyzer> { [F.PlateSkeleton] = new PlateSkeletonAnalyzer(Version) });
            var config = new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        }
        catch
        {
            writer?.Dispose();
            directory?.Dispose();
            writerLock.Dispose();
            throw;
        }
    }

    private static FileStream TakeWriterLock(string indexDirectory)
    {
        System.IO.Directory.CreateDirectory(indexDirectory);
        try
        {
            return new FileStream(Path.Combine(indexDirectory, WriterLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException held)
        {
            throw new InvalidOperationException(
                $"Another process (or instance) already writes the crossing log in '{indexDirectory}'. The embedded Lucene index has one writer: "
                + $"the API ({ProjectionsOptions.Section}:RunIn=Api) or the projections worker, never both; several writers need Elasticsearch.",
                held);
        }
    }

    /// <inheritdoc />
    public Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        cancellationToken.ThrowIfCancellationRequested();
        if (records.Count == 0)
        {
            return Task.CompletedTask;
        }

        Enter();
        try
        {
            var document = new LuceneCrossingDocument();
            foreach (var record in records)
            {
                // Replace-by-id: indexing an event twice leaves one document with the same content.
                writer.UpdateDocument(LuceneCrossingDocument.IdentityOf(record), document.Fill(record));
            }

            lock (commitLock)
            {
                writer.Commit();
                searchers.MaybeRefreshBlocking();
            }
        }
        finally
        {
            Exit();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken)
    {
        CrossingQueryGuard.EnsureValid(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher => LuceneCrossingSearch.Search(searcher, query)));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher => LuceneCrossingSearch.CountPerCheckpointPerDay(searcher, from, to, checkpoint)));
    }

    /// <summary>Commits what is pending and closes the index.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        lock (drainGate)
        {
            while (Volatile.Read(ref inFlight) > 0)
            {
                Monitor.Wait(drainGate);
            }
        }

        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        writerLock.Dispose();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        Enter();
        try
        {
            var searcher = searchers.Acquire();
            try
            {
                return read(searcher);
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Counts a call in, or refuses it once disposal has begun.</summary>
    private void Enter()
    {
        Interlocked.Increment(ref inFlight);
        if (Volatile.Read(ref disposed) != 0)
        {
            Exit();
            throw new ObjectDisposedException(nameof(LuceneCrossingLog));
        }
    }

    private void Exit()
    {
        if (Interlocked.Decrement(ref inFlight) == 0 && Volatile.Read(ref disposed) != 0)
        {
            lock (drainGate)
            {
                Monitor.PulseAll(drainGate);
            }
        }
    }
}
