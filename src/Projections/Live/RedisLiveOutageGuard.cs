using Seo.Application.Common.Ports;
using Seo.Application.Live;
using Seo.Projections.Availability;

namespace Seo.Projections.Live;

/// <summary>
/// An unreachable Redis, in the Application's words (<see cref="ReadModelUnavailableException"/>),
/// as <see cref="RedisOutageGuard"/> says it for availability: the live endpoints answer 503, the
/// projection's event is retried by the outbox. Anything else passes unchanged.
/// </summary>
internal sealed class RedisLiveOutageGuard(ICheckpointLiveReadModel redis) : ICheckpointLiveReadModel
{
    public Task<LiveMovement?> ApplyAsync(string checkpoint, LiveEntry incoming, LiveStamp? stamp, CancellationToken cancellationToken) =>
        GuardAsync(() => redis.ApplyAsync(checkpoint, incoming, stamp, cancellationToken));

    public Task<LiveSnapshot> ReadAsync(string checkpoint, CancellationToken cancellationToken) =>
        GuardAsync(() => redis.ReadAsync(checkpoint, cancellationToken));

    public Task<LiveReplay> ReplayAfterAsync(string checkpoint, long after, CancellationToken cancellationToken) =>
        GuardAsync(() => redis.ReplayAfterAsync(checkpoint, after, cancellationToken));

    public Task<long> ReplaceAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, DateTimeOffset at, CancellationToken cancellationToken) =>
        GuardAsync(() => redis.ReplaceAsync(checkpoint, entries, at, cancellationToken));

    public Task<int> RemoveAsync(string checkpoint, IReadOnlyCollection<LiveEntry> entries, CancellationToken cancellationToken) =>
        GuardAsync(() => redis.RemoveAsync(checkpoint, entries, cancellationToken));

    public Task WaitForMovementAsync(string checkpoint, long after, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await redis.WaitForMovementAsync(checkpoint, after, cancellationToken).ConfigureAwait(false);
            return true;
        });

    private static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisOutageGuard.IsOutage(exception))
        {
            throw new ReadModelUnavailableException($"The live read model (Redis) is unreachable: {exception.Message}", exception);
        }
    }
}
