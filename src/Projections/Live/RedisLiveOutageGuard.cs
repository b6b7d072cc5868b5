using Seo.Application.Common.Ports;
using Seo.Application.Live;
using Seo.Projections.Availability;
using Seo.Projections.Redis;

namespace Seo.Projections.Live;

/// <summary>
/// An unreachable Redis, in the Application's words (<see cref="ReadModelUnavailableException"/>),
/// as <see cref="RedisOutageGuard"/> says it for availability: the live endpoints answer 503, the
/// projection's event is retried by the outbox. Anything else passes unchanged.
/// </summary>
internal sealed class RedisLiveOutageGuard(ICheckpointLiveReadModel redis, RedisReadCircuit circuit) : ICheckpointLiveReadModel
{
    private const string ReadModel = "live";

    public Task<LiveMovement?> ApplyAsync(string checkpoint, LiveEntry incoming, LiveStamp? stamp, CancellationToken cancellationToken) =>
        circuit.CallAsync(() => redis.ApplyAsync(checkpoint, incoming, stamp, cancellationToken), ReadModel, cancellationToken);

    public Task<LiveSnapshot> ReadAsync(string checkpoint, CancellationToken cancellationToken) =>
        circuit.ReadAsync(() => redis.ReadAsync(checkpoint, cancellationToken), ReadModel, cancellationToken);

    public Task<LiveReplay> ReplayAfterAsync(string checkpoint, long after, CancellationToken cancellationToken) =>
        circuit.ReadAsync(() => redis.ReplayAfterAsync(checkpoint, after, cancellationToken), ReadModel, cancellationToken);

    public Task<long> ReplaceAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, DateTimeOffset at, CancellationToken cancellationToken) =>
        circuit.CallAsync(() => redis.ReplaceAsync(checkpoint, entries, at, cancellationToken), ReadModel, cancellationToken);

    public Task<int> RemoveAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, CancellationToken cancellationToken) =>
        circuit.CallAsync(() => redis.RemoveAsync(checkpoint, entries, cancellationToken), ReadModel, cancellationToken);

    public Task WaitForMovementAsync(string checkpoint, long after, CancellationToken cancellationToken) =>
        circuit.CallAsync(
            async () =>
            {
                await redis.WaitForMovementAsync(checkpoint, after, cancellationToken).ConfigureAwait(false);
                return true;
            },
            ReadModel,
            cancellationToken);
}
