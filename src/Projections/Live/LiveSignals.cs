using System.Collections.Concurrent;

namespace Seo.Projections.Live;

/// <summary>
/// Wakes the live streams of a checkpoint when its position moves. A waiter takes the current
/// task, checks the position, then awaits the task: a pulse between the two completes it, so no
/// movement is missed.
/// </summary>
internal sealed class LiveSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);

    public Task Next(string checkpoint) => _signals.GetOrAdd(checkpoint, _ => NewSource()).Task;

    public void Pulse(string checkpoint)
    {
        if (_signals.TryRemove(checkpoint, out var source))
        {
            source.TrySetResult();
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
