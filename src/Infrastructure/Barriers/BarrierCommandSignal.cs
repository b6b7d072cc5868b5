using System.Collections.Concurrent;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Barriers;

/// <summary>
/// In-process wake-ups of barrier long polls (R11): one pending task per barrier that some poll
/// waits on, completed and replaced at each commit of a command for that barrier. At most one
/// entry per barrier that has polled, so the map stays as small as the set of barriers.
/// </summary>
internal sealed class BarrierCommandSignal : IBarrierCommandSignal
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _next = new();

    public Task NextCommitAsync(Guid barrierId) =>
        _next.GetOrAdd(barrierId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(IEnumerable<Guid> barrierIds)
    {
        ArgumentNullException.ThrowIfNull(barrierIds);
        foreach (var barrier in barrierIds)
        {
            if (_next.TryRemove(barrier, out var waiting))
            {
                waiting.TrySetResult();
            }
        }
    }
}
