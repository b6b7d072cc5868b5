using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Common.Ports;

/// <summary>
/// The write-side count of what each interval has sold. Taking capacity is atomic (a
/// conditional update inside the command's transaction), so no interval is ever oversold and
/// the R6 priority quota holds under any concurrency.
/// </summary>
public interface ICapacityLedger
{
    /// <summary>
    /// Takes one place in <paramref name="interval"/> (and one of the day's priority places when
    /// <paramref name="priority"/>) and returns the booking's sequence number for the day (R20).
    /// </summary>
    Task<Result<int>> TryReserveAsync(Checkpoint checkpoint, BookedInterval interval, bool priority, CancellationToken cancellationToken);

    /// <summary>Gives a place back, e.g. after a cancellation, an expired hold or a reschedule.</summary>
    Task ReleaseAsync(CheckpointCode checkpoint, BookedInterval interval, bool priority, CancellationToken cancellationToken);

    /// <summary>
    /// Puts a checkpoint-day on <paramref name="schedule"/> after a change of the capacity plan
    /// (R22): opens it on that schedule if nobody has booked it yet; otherwise sets each interval
    /// from <paramref name="from"/> (checkpoint-local) on to the schedule's places, an interval
    /// the schedule no longer has to none, adds the intervals it newly has, and sets the day's
    /// throughput and R6 priority limit. Every interval row changed is published to the
    /// availability read model. Returns the intervals left holding more bookings than places.
    /// </summary>
    Task<IReadOnlyList<SlotCount>> ReviseDayAsync(
        CheckpointCode checkpoint, DateOnly localDate, CapacitySchedule schedule, int priorityLimit, TimeOnly from, CancellationToken cancellationToken);

    /// <summary>
    /// The ledger rows between two checkpoint-local dates as they stand, with their versions,
    /// ordered by date and start minute. Days nobody booked have no rows. Feeds a read model rebuild.
    /// </summary>
    Task<IReadOnlyList<SlotCount>> SlotCountsAsync(CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken);

    /// <summary>The R6 priority limit of each day between two checkpoint-local dates that is open for sale, as the day's row holds it.</summary>
    Task<IReadOnlyDictionary<DateOnly, int>> PriorityLimitsAsync(CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken);

    /// <summary>Intervals between two checkpoint-local dates that have no place left.</summary>
    Task<IReadOnlySet<(DateOnly Date, TimeOnly Start)>> FullIntervalsAsync(CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken);
}
