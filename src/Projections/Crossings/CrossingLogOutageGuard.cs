using System.Net.Sockets;
using Elastic.Transport;
using Lucene.Net.Index;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings;

/// <summary>
/// Says "unreachable" in the Application's words, as <c>RedisOutageGuard</c> does for
/// availability: an Elasticsearch that does not answer (transport errors, refused or timed-out
/// connections) and a Lucene index that cannot be read from disk (I/O errors, missing
/// permissions) become <see cref="ReadModelUnavailableException"/>, which the API answers with 503
/// <c>read-model-unavailable</c>. A corrupt index, a refused query or a bug pass unchanged: waiting
/// would not mend them.
/// </summary>
internal sealed class CrossingLogOutageGuard(ICrossingLog inner) : ICrossingLog
{
    public Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await inner.IndexAsync(records, cancellationToken).ConfigureAwait(false);
            return true;
        });

    public Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.CountPerCheckpointPerDayAsync(from, to, checkpoint, cancellationToken));

    /// <summary>Whether <paramref name="exception"/> means the store cannot be reached now, rather than a bug.</summary>
    internal static bool IsOutage(Exception exception) => exception switch
    {
        CorruptIndexException => false,
        TransportException or HttpRequestException or SocketException or TimeoutException => true,
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    private static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            throw new ReadModelUnavailableException($"The crossing log is unreachable: {exception.Message}", exception);
        }
    }
}
