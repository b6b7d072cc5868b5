using Seo.Domain.Common;

namespace Seo.Domain.Checkpoints;

/// <summary>
/// A checkpoint's usual week (R22): for each day of the week, how that day is cut into intervals
/// and how many vehicles each takes. A day the checkpoint does not work is a schedule of 0
/// vehicles (<see cref="CapacitySchedule.Closed"/>), so every date has a schedule.
/// </summary>
public sealed record WeeklyCapacity
{
    private readonly CapacitySchedule[] _days;

    private WeeklyCapacity(CapacitySchedule[] days) => _days = days;

    /// <summary>The same schedule every day of the week.</summary>
    public static WeeklyCapacity Every(CapacitySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new([.. Enumerable.Repeat(schedule, 7)]);
    }

    /// <summary>A week with a schedule for each of the seven days; a missing day is refused rather than taken as closed.</summary>
    public static Result<WeeklyCapacity> Create(IReadOnlyDictionary<DayOfWeek, CapacitySchedule> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var missing = Enum.GetValues<DayOfWeek>().Where(day => !days.ContainsKey(day)).ToList();
        if (missing.Count > 0)
        {
            return DomainError.Validation(
                "incomplete-week",
                $"A weekly pattern names every day of the week; missing: {string.Join(", ", missing)}. A day without service is a closed day (0 vehicles).",
                new Dictionary<string, string[]> { ["week"] = [.. missing.Select(day => $"{day} is missing.")] });
        }

        return new WeeklyCapacity([.. Enum.GetValues<DayOfWeek>().Order().Select(day => days[day])]);
    }

    public CapacitySchedule this[DayOfWeek day] => _days[(int)day];

    /// <summary>The week's schedule for <paramref name="date"/>'s day of the week.</summary>
    public CapacitySchedule For(DateOnly date) => this[date.DayOfWeek];

    public bool Equals(WeeklyCapacity? other) => other is not null && _days.SequenceEqual(other._days);

    public override int GetHashCode() => _days.Aggregate(0, HashCode.Combine);
}
