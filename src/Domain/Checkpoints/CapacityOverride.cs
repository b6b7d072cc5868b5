using Seo.Domain.Common;

namespace Seo.Domain.Checkpoints;

/// <summary>
/// An exception to a checkpoint's week: a date or a range of dates (both included) on which it works otherwise than its
/// week says (R22): a closure (<see cref="CapacitySchedule.Closed"/>), reduced hours or fewer
/// places — road works, a neighbour's closure, a holiday, a broken scanner — with the reason the
/// registrar gave, which carriers are shown.
/// </summary>
public sealed record CapacityOverride
{
    /// <summary>The longest range one exception covers; a longer change is a new weekly pattern.</summary>
    public const int MaxDays = 366;

    private CapacityOverride(DateOnly from, DateOnly to, CapacitySchedule schedule, string reason)
    {
        From = from;
        To = to;
        Schedule = schedule;
        Reason = reason;
    }

    public DateOnly From { get; }

    /// <summary>The last date of the exception, included.</summary>
    public DateOnly To { get; }

    public CapacitySchedule Schedule { get; }

    public string Reason { get; }

    public static Result<CapacityOverride> Create(DateOnly from, DateOnly to, CapacitySchedule schedule, string? reason)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return DomainError.Validation(
                "invalid-capacity-exception",
                $"An exception runs from a date to the same or a later date, at most {MaxDays} days; a longer change is a new weekly pattern.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return DomainError.Validation("invalid-capacity-exception", "An exception says why (1 to 500 characters): carriers are shown the reason.");
        }

        return new CapacityOverride(from, to, schedule, reason.Trim());
    }

    public bool Covers(DateOnly date) => date >= From && date <= To;

    public bool Overlaps(CapacityOverride other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return From <= other.To && other.From <= To;
    }
}
