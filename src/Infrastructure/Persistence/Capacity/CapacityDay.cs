namespace Seo.Infrastructure.Persistence.Capacity;

/// <summary>
/// The write-side ledger of one checkpoint-day: its priority quota (R6) and the last sequence
/// number issued (R20). Dates are stored as day numbers so that raw conditional SQL is exact
/// on every provider.
/// </summary>
public sealed class CapacityDay
{
    public required string Checkpoint { get; init; }

    /// <summary><see cref="DateOnly.DayNumber"/> of the checkpoint-local date.</summary>
    public required int Day { get; init; }

    public required int Throughput { get; init; }

    public required int PriorityLimit { get; init; }

    public int PriorityBooked { get; set; }

    public int LastSequenceNumber { get; set; }
}

/// <summary>How many vehicles one interval of a checkpoint-day may take, and has taken.</summary>
public sealed class CapacitySlot
{
    public required string Checkpoint { get; init; }

    public required int Day { get; init; }

    /// <summary>Minutes after checkpoint-local midnight at which the interval starts.</summary>
    public required int StartMinute { get; init; }

    public required int Capacity { get; init; }

    public int Booked { get; set; }

    /// <summary>How many of <see cref="Booked"/> are priority bookings (R6).</summary>
    public int PriorityBooked { get; set; }

    /// <summary>
    /// Grows by one with every update of the row, so the availability read model, fed
    /// asynchronously, can tell a newer count from an older or repeated one. 0 when opened:
    /// the read model treats an interval it has never heard of as that state.
    /// </summary>
    public long Version { get; set; }

    /// <summary>The stored form of an interval start: minutes after checkpoint-local midnight.</summary>
    public static int MinuteOf(TimeOnly start) => (start.Hour * 60) + start.Minute;

    public static TimeOnly StartAt(int minute) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute));
}
