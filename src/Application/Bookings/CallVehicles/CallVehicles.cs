using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.CallVehicles;

/// <summary>
/// R34, R31, R33: calls every paid vehicle whose call time has come — at least 60 (summer) / 120
/// (winter) minutes before its booked time — in the queue's order, checkpoint by checkpoint, and
/// keeps each checkpoint's call list for its officers. A vehicle is called once; one already late
/// is left to the no-show sweep. Safe to run again.
/// </summary>
public sealed record CallVehicles(int BatchSize = 500) : ICommand<Result<int>>;

public sealed class CallVehiclesHandler(IRepository<Booking> bookings, IRepository<CallList> callLists, JourneyPolicy journey, TimeProvider clock)
    : ICommandHandler<CallVehicles, Result<int>>
{
    public async ValueTask<Result<int>> Handle(CallVehicles command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var candidates = await bookings.ListAsync(
            new CallCandidatesSpec(journey.CallLookahead(now), now - journey.ArrivalGrace, command.BatchSize), cancellationToken);
        var called = 0;
        foreach (var atCheckpoint in candidates.Where(b => journey.IsCallDue(b.Interval, now)).GroupBy(b => b.Checkpoint))
        {
            var inQueueOrder = atCheckpoint.OrderBy(b => b.ToJourney(), QueueOrder.Instance).ToList();
            var list = inQueueOrder.Where(b => b.Call(now).IsSuccess).Select(b => b.ToJourney()).ToList();
            if (list.Count > 0)
            {
                await callLists.AddAsync(CallList.Issue(atCheckpoint.Key, list, now), cancellationToken);
                called += list.Count;
            }
        }

        return called;
    }
}
