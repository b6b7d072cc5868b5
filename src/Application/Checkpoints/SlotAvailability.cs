using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

/// <summary>Which store answered an availability read.</summary>
public enum AvailabilitySource
{
    /// <summary>The availability read model, fed from the outbox (the normal case).</summary>
    ReadModel,

    /// <summary>The write store's ledger, because the read model was unreachable.</summary>
    WriteStore,
}

/// <summary>
/// Availability for queries and for the first-free search, read from the availability read model
/// so that neither loads the ledger rows the booking commands lock. The read model holds only the
/// intervals that ever changed: every other interval of the checkpoint's schedule is at its full
/// capacity with nothing booked (version 0, as the ledger opens it). When the read model is
/// unreachable the write store answers instead, with a warning and a count
/// (<see cref="AvailabilityMetrics"/>), so bookings and queries go on during an outage.
/// </summary>
public sealed partial class SlotAvailability(
    IAvailabilityReadModel readModel,
    ISlotAvailabilityReader writeStore,
    ICapacityLedger ledger,
    AvailabilityMetrics metrics,
    ILogger<SlotAvailability> logger)
{
    /// <summary>Every interval of the checkpoint's schedule between the dates, with its counts.</summary>
    public async Task<(IReadOnlyList<IntervalCapacity> Intervals, AvailabilitySource Source)> ReadAsync(
        Checkpoint checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        IReadOnlyList<SlotCount> counts;
        try
        {
            counts = await readModel.ReadAsync(checkpoint.Id.Value, firstDate, lastDate, cancellationToken);
        }
        catch (ReadModelUnavailableException exception)
        {
            FellBack("query", checkpoint, exception);
            return (await writeStore.ReadAsync(checkpoint, firstDate, lastDate, cancellationToken), AvailabilitySource.WriteStore);
        }

        return (Merge(checkpoint, firstDate, lastDate, counts), AvailabilitySource.ReadModel);
    }

    /// <summary>
    /// Candidates for the first-free search: the intervals with no place left. A stale answer only
    /// costs a reservation attempt (the ledger's conditional update stays the authority).
    /// </summary>
    public async Task<IReadOnlySet<(DateOnly Date, TimeOnly Start)>> FullIntervalsAsync(
        Checkpoint checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        try
        {
            var counts = await readModel.ReadAsync(checkpoint.Id.Value, firstDate, lastDate, cancellationToken);
            return counts
                .Where(count => count.Booked >= count.Capacity)
                .Select(count => (count.Date, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(count.StartMinute))))
                .ToHashSet();
        }
        catch (ReadModelUnavailableException exception)
        {
            FellBack("first-free", checkpoint, exception);
            return await ledger.FullIntervalsAsync(checkpoint.Id, firstDate, lastDate, cancellationToken);
        }
    }

    private static List<IntervalCapacity> Merge(Checkpoint checkpoint, DateOnly firstDate, DateOnly lastDate, IReadOnlyList<SlotCount> counts)
    {
        var known = counts.ToDictionary(count => (count.Date, count.StartMinute));
        var result = new List<IntervalCapacity>();
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            var schedule = checkpoint.CapacityOn(date);
            foreach (var start in schedule.IntervalStarts())
            {
                result.Add(known.TryGetValue((date, (start.Hour * 60) + start.Minute), out var count)
                    ? new IntervalCapacity(date, start, count.Capacity, count.Booked, count.PriorityBooked)
                    : new IntervalCapacity(date, start, schedule.VehiclesPerInterval, 0));
            }
        }

        return result;
    }

    private void FellBack(string use, Checkpoint checkpoint, ReadModelUnavailableException exception)
    {
        metrics.FellBack(use);
        LogFellBack(logger, use, checkpoint.Id.Value, exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The availability read model is unreachable; {Use} for {Checkpoint} is served from the write store")]
    private static partial void LogFellBack(ILogger logger, string use, string checkpoint, Exception exception);
}
