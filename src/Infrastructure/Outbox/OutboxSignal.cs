using System.Threading.Channels;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// Tells this process's idle dispatcher that a transaction with outbox rows has just committed,
/// so it claims them now instead of at its next poll. Notifications coalesce: however many
/// commits arrive while the dispatcher is busy, it wakes once. Dispatchers in other processes
/// (a projections worker) still find the rows by polling.
/// </summary>
internal sealed class OutboxSignal
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = false,
        SingleWriter = false,
    });

    public void Notify() => _pending.Writer.TryWrite(true);

    /// <summary>Returns when notified (at once if a notification is pending) or when <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (_pending.Reader.TryRead(out _))
        {
            return;
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var notified = _pending.Reader.WaitToReadAsync(waiting.Token).AsTask();
        var timedOut = Task.Delay(timeout, clock, waiting.Token);
        await Task.WhenAny(notified, timedOut);
        await waiting.CancelAsync();
        _pending.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
