using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Bookings;

/// <summary>
/// The date and approximate time interval a booking reserves (R20), in checkpoint-local time,
/// with the instants it starts and ends.
/// </summary>
public sealed record BookedInterval
{
    private BookedInterval(DateOnly date, TimeOnly start, int lengthMinutes, DateTimeOffset startsAt)
    {
        Date = date;
        Start = start;
        LengthMinutes = lengthMinutes;
        StartsAt = startsAt;
        EndsAt = startsAt.AddMinutes(lengthMinutes);
    }

    /// <summary>Checkpoint-local date.</summary>
    public DateOnly Date { get; }

    /// <summary>Checkpoint-local start time.</summary>
    public TimeOnly Start { get; }

    public int LengthMinutes { get; }

    public DateTimeOffset StartsAt { get; }

    /// <summary>When the interval ends; kept with the interval so the store can find no-shows (R35).</summary>
    public DateTimeOffset EndsAt { get; }

    public static Result<BookedInterval> Create(Checkpoint checkpoint, DateOnly date, TimeOnly start)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var schedule = checkpoint.CapacityOn(date);
        if (schedule.IsClosed || !schedule.IsIntervalStart(start))
        {
            return new DomainError(
                "interval-not-offered",
                schedule.IsClosed
                    ? $"{checkpoint.Id} takes no vehicle on {date:yyyy-MM-dd}."
                    : $"{checkpoint.Id} offers intervals of {schedule.IntervalMinutes} minutes from {schedule.OpensAt:HH\\:mm} on {date:yyyy-MM-dd}; {start:HH\\:mm} does not start one.",
                ErrorKind.Validation,
                "R20")
            {
                Errors = new Dictionary<string, string[]> { ["start"] = [$"Not an interval start at {checkpoint.Id}."] },
            };
        }

        return new BookedInterval(date, start, schedule.IntervalMinutes, checkpoint.ToInstant(date, start));
    }

    /// <summary>
    /// Every interval <paramref name="checkpoint"/> offers from <paramref name="first"/> to
    /// <paramref name="last"/> (checkpoint-local), earliest first, each day on its own schedule (R22);
    /// closed days offer none.
    /// </summary>
    public static IEnumerable<BookedInterval> OfferedBetween(Checkpoint checkpoint, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var schedule = checkpoint.CapacityOn(date);
            foreach (var start in schedule.IsClosed ? [] : schedule.IntervalStarts())
            {
                yield return new BookedInterval(date, start, schedule.IntervalMinutes, checkpoint.ToInstant(date, start));
            }
        }
    }

    /// <summary>Rebuilds an interval from stored values (persistence only).</summary>
    public static BookedInterval FromStored(DateOnly date, TimeOnly start, int lengthMinutes, DateTimeOffset startsAt) =>
        new(date, start, lengthMinutes, startsAt);

    public override string ToString() => $"{Date:yyyy-MM-dd} {Start:HH\\:mm}+{LengthMinutes}m";
}
