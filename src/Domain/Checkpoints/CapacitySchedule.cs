using Seo.Domain.Common;

namespace Seo.Domain.Checkpoints;

/// <summary>
/// How a checkpoint's day is cut into bookable intervals: opening hours, interval length and how
/// many vehicles one interval takes. Daily throughput follows from them.
/// </summary>
public sealed record CapacitySchedule
{
    private CapacitySchedule(TimeOnly opensAt, int hoursOpen, int intervalMinutes, int vehiclesPerInterval)
    {
        OpensAt = opensAt;
        HoursOpen = hoursOpen;
        IntervalMinutes = intervalMinutes;
        VehiclesPerInterval = vehiclesPerInterval;
    }

    /// <summary>Round the clock, one-hour intervals, 20 vehicles an hour (480 a day).</summary>
    public static CapacitySchedule Default { get; } = new(TimeOnly.MinValue, 24, 60, 20);

    /// <summary>A day without service (a closure, a holiday): the hours of <see cref="Default"/>, no vehicle in any interval.</summary>
    public static CapacitySchedule Closed { get; } = new(TimeOnly.MinValue, 24, 60, 0);

    /// <summary>True when no interval of the day takes a vehicle.</summary>
    public bool IsClosed => VehiclesPerInterval == 0;

    public TimeOnly OpensAt { get; }

    /// <summary>How many hours a day the checkpoint works, from <see cref="OpensAt"/> (1 to 24).</summary>
    public int HoursOpen { get; }

    public int IntervalMinutes { get; }

    public int VehiclesPerInterval { get; }

    public int IntervalsPerDay => HoursOpen * 60 / IntervalMinutes;

    /// <summary>The day's throughput the queue sells; R6's priority quota is a share of it.</summary>
    public int DailyThroughput => IntervalsPerDay * VehiclesPerInterval;

    public TimeSpan IntervalLength => TimeSpan.FromMinutes(IntervalMinutes);

    public static Result<CapacitySchedule> Create(TimeOnly opensAt, int hoursOpen, int intervalMinutes, int vehiclesPerInterval)
    {
        if (hoursOpen is < 1 or > 24)
        {
            return DomainError.Validation("invalid-capacity", "A checkpoint is open 1 to 24 hours a day.");
        }

        if (intervalMinutes is < 10 or > 240 || hoursOpen * 60 % intervalMinutes != 0)
        {
            return DomainError.Validation("invalid-capacity", "An interval is 10 to 240 minutes and the opening hours divide into whole intervals.");
        }

        if ((opensAt.Hour * 60) + opensAt.Minute + (hoursOpen * 60) > 24 * 60)
        {
            return DomainError.Validation("invalid-capacity", "A checkpoint's working day ends by midnight; intervals never span two dates.");
        }

        if (opensAt.Minute % 10 != 0 || opensAt.Second != 0)
        {
            return DomainError.Validation("invalid-capacity", "Opening time falls on a whole ten minutes.");
        }

        if (vehiclesPerInterval is < 0 or > 10_000)
        {
            return DomainError.Validation("invalid-capacity", "An interval takes 0 to 10 000 vehicles.");
        }

        return new CapacitySchedule(opensAt, hoursOpen, intervalMinutes, vehiclesPerInterval);
    }

    /// <summary>The start times (checkpoint-local) of the day's intervals, in order.</summary>
    public IEnumerable<TimeOnly> IntervalStarts()
    {
        for (var i = 0; i < IntervalsPerDay; i++)
        {
            yield return OpensAt.AddMinutes(i * IntervalMinutes);
        }
    }

    /// <summary>True when an interval of this schedule starts at <paramref name="start"/>.</summary>
    public bool IsIntervalStart(TimeOnly start) => IntervalStarts().Contains(start);
}
