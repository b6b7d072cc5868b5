using System.Collections.Concurrent;
using Seo.Application.Common;

namespace Seo.Application.Bookings.Admission;

/// <summary>
/// How many place-taking transactions of one checkpoint an instance runs at once
/// (<see cref="BookingOptions.ConcurrentTransactionsPerCheckpoint"/>); the others wait here, in
/// arrival order, before their transaction begins. In a rush every request of a checkpoint
/// wants the same interval row: waiting in the store's lock queue, a request that finds the
/// interval full when its turn comes joins the back of the next interval's queue, again and
/// again, while the row's holder competes for the processor with every waiter. Waiting here
/// instead holds no connection and no lock, and is first come, first served.
/// </summary>
public sealed class CheckpointAdmission(BookingOptions options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a turn at <paramref name="checkpoint"/>; disposing the answer gives it back. No limit configured: no waiting.</summary>
    public async Task<IDisposable> EnterAsync(string? checkpoint, CancellationToken cancellationToken)
    {
        if (options.ConcurrentTransactionsPerCheckpoint <= 0 || string.IsNullOrEmpty(checkpoint))
        {
            return Turn.None;
        }

        var turns = _turns.GetOrAdd(checkpoint, _ => new SemaphoreSlim(options.ConcurrentTransactionsPerCheckpoint));
        await turns.WaitAsync(cancellationToken);
        return new Turn(turns);
    }

    private sealed class Turn(SemaphoreSlim? turns) : IDisposable
    {
        public static readonly Turn None = new(null);
        private SemaphoreSlim? _turns = turns;

        public void Dispose() => Interlocked.Exchange(ref _turns, null)?.Release();
    }
}
