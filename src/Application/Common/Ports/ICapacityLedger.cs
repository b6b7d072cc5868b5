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
    /// The ledger rows between two checkpoint-local dates as they stand, with their versions,
    /// ordered by date and start minute. Days nobody booked have no rows. Feeds a read model rebuild.
    /// </summary>
    Task<IReadOnlyList<SlotCount>> SlotCountsAsync(CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken);

    /// <summary>Intervals between two checkpoint-local dates that have no place left.</summary>
    Task<IReadOnlySet<(DateOnly Date, TimeOnly Start)>> FullIntervalsAsync(CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken);
}
