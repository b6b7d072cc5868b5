using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints.CapacityPlans;

/// <summary>
/// A checkpoint's capacity plan (R22): its version (what a change must name), the baseline that
/// holds before the first version, every version ever made, and what each day of a range sells.
/// </summary>
public sealed record CapacityPlanDto(
    string Checkpoint,
    int Version,
    CapacityDto Baseline,
    IReadOnlyList<CapacityPlanVersionDto> Versions,
    IReadOnlyList<CapacityDayDto> Days);

/// <summary>One version: from its date on, its week and its exceptions; who made it, when and why. <c>inForce</c> is false once a later version from the same date replaced it.</summary>
public sealed record CapacityPlanVersionDto(
    int Number,
    DateOnly EffectiveFrom,
    bool InForce,
    WeekDto Week,
    IReadOnlyList<CapacityExceptionDto> Exceptions,
    Guid ChangedBy,
    DateTimeOffset ChangedAt,
    string Reason);

/// <summary>Each day of the week's schedule; a closed day has 0 vehicles per interval.</summary>
public sealed record WeekDto(
    CapacityDto Monday,
    CapacityDto Tuesday,
    CapacityDto Wednesday,
    CapacityDto Thursday,
    CapacityDto Friday,
    CapacityDto Saturday,
    CapacityDto Sunday);

/// <summary>A date or range of dates (both included) that works otherwise than its week, and why.</summary>
public sealed record CapacityExceptionDto(DateOnly From, DateOnly To, CapacityDto Schedule, string Reason);

/// <summary>What one checkpoint-local date sells: its schedule, the version it comes from (null: the baseline) and the exception's reason when one applies.</summary>
public sealed record CapacityDayDto(DateOnly Date, CapacityDto Schedule, int? Version, string? Exception);

public static class CapacityPlanMapping
{
    public static CapacityPlanDto ToPlanDto(this Checkpoint checkpoint, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var plan = checkpoint.CapacityPlan;
        var inForce = plan.InForce.ToHashSet();
        var days = new List<CapacityDayDto>();
        for (var date = firstDay; date <= lastDay; date = date.AddDays(1))
        {
            var version = plan.VersionOn(date);
            days.Add(new CapacityDayDto(date, plan.ScheduleFor(date).ToDto(), version?.Number, version?.ExceptionOn(date)?.Reason));
        }

        return new CapacityPlanDto(
            checkpoint.Id.Value,
            plan.Version,
            plan.Baseline.ToDto(),
            [.. plan.Versions.Select(v => v.ToDto(inForce.Contains(v)))],
            days);
    }

    private static CapacityPlanVersionDto ToDto(this CapacityPlanVersion version, bool inForce) => new(
        version.Number,
        version.EffectiveFrom,
        inForce,
        new WeekDto(
            version.Week[DayOfWeek.Monday].ToDto(),
            version.Week[DayOfWeek.Tuesday].ToDto(),
            version.Week[DayOfWeek.Wednesday].ToDto(),
            version.Week[DayOfWeek.Thursday].ToDto(),
            version.Week[DayOfWeek.Friday].ToDto(),
            version.Week[DayOfWeek.Saturday].ToDto(),
            version.Week[DayOfWeek.Sunday].ToDto()),
        [.. version.Exceptions.Select(e => new CapacityExceptionDto(e.From, e.To, e.Schedule.ToDto(), e.Reason))],
        version.ChangedBy,
        version.ChangedAt,
        version.Reason);
}
