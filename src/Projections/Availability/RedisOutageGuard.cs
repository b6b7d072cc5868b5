using Seo.Application.Common.Ports;
using Seo.Projections.Redis;
using StackExchange.Redis;

namespace Seo.Projections.Availability;

/// <summary>
/// Says "unreachable" in the Application's words: an unreachable Redis (a connection failure, a
/// command that timed out, or a server that answers but cannot serve yet: loading its data after
/// a restart, a replica made read-only by a failover, a busy script) becomes
/// <see cref="ReadModelUnavailableException"/>, which queries answer by falling back to the write
/// store. Everything else (a refused script, an unreadable value) is a bug and passes unchanged.
/// Reads have a short deadline and all calls go through <see cref="RedisReadCircuit"/>, so a frozen
/// server costs a reader milliseconds, then nothing while the circuit is open.
/// </summary>
internal sealed class RedisOutageGuard(IAvailabilityReadModel redis, RedisReadCircuit circuit) : IAvailabilityReadModel
{
    private const string ReadModel = "availability";

    public Task<int> ApplyAsync(IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken) =>
        circuit.CallAsync(() => redis.ApplyAsync(counts, cancellationToken), ReadModel, cancellationToken);

    public Task<IReadOnlyList<SlotCount>> ReadAsync(string checkpoint, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        circuit.ReadAsync(() => redis.ReadAsync(checkpoint, from, to, cancellationToken), ReadModel, cancellationToken);

    public Task ReplaceDayAsync(string checkpoint, DateOnly date, IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken) =>
        circuit.CallAsync(
            async () =>
            {
                await redis.ReplaceDayAsync(checkpoint, date, counts, cancellationToken).ConfigureAwait(false);
                return true;
            },
            ReadModel,
            cancellationToken);

    /// <summary>Whether a Redis failure means "unreachable for now" (shared with the live views' guard).</summary>
    internal static bool IsOutage(Exception exception) => exception is RedisConnectionException or RedisTimeoutException || IsPassing(exception);

    /// <summary>Error replies of a server that will serve again by itself (Redis's own error prefixes).</summary>
    /// <remarks>With the space: <c>BUSYKEY</c> and <c>BUSYGROUP</c> are lasting errors, not <c>BUSY</c>.</remarks>
    private static readonly string[] PassingErrors = ["LOADING ", "MASTERDOWN ", "READONLY ", "BUSY ", "TRYAGAIN ", "CLUSTERDOWN "];

    private static bool IsPassing(Exception exception) =>
        exception is RedisServerException server && PassingErrors.Any(prefix => server.Message.StartsWith(prefix, StringComparison.Ordinal));
}
