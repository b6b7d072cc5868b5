using Mediator;
using Seo.Application.Barriers.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Barriers.Collect;

/// <summary>
/// R11: a barrier's long poll. Answers at once with the commands waiting for it; otherwise waits up
/// to the asked number of seconds for one, woken in process when a command for the barrier commits
/// (<see cref="IBarrierCommandSignal"/>) and looking at the store every
/// <see cref="BarrierOptions.PollInterval"/> for commands issued through another instance. No
/// transaction is held while it waits, and an idle look at the store is a read.
/// </summary>
public sealed class BarrierCommandPoll(IMediator mediator, IBarrierCommandSignal signal, BarrierOptions options, TimeProvider clock)
{
    /// <summary>How often a collection that lost a race for the same command (a second poll of the barrier, the sweep) is tried again at once.</summary>
    private const int ConflictRetries = 3;

    public async Task<Result<BarrierInstructions>> WaitAsync(Guid deviceId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            // Taken before the store is read: a commit between the read and the wait still wakes it.
            var woken = signal.NextCommitAsync(deviceId);
            var waiting = await mediator.Send(new HasBarrierCommands(deviceId), cancellationToken);
            if (!waiting.IsSuccess)
            {
                return waiting.Error;
            }

            if (waiting.Value)
            {
                var collected = await CollectAsync(deviceId, cancellationToken);
                if (!collected.IsSuccess || collected.Value.Commands.Count > 0)
                {
                    return collected;
                }
            }

            var remaining = deadline - clock.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return new BarrierInstructions([]);
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var nextLook = Task.Delay(remaining < options.PollInterval ? remaining : options.PollInterval, clock, stop.Token);
            await Task.WhenAny(woken, nextLook);
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task<Result<BarrierInstructions>> CollectAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var collected = await mediator.Send(new CollectBarrierCommands(deviceId), cancellationToken);
            if (collected.IsSuccess || collected.Error.Code != ConcurrencyErrors.ConcurrentChange.Code || attempt == ConflictRetries)
            {
                return collected;
            }
        }
    }
}
