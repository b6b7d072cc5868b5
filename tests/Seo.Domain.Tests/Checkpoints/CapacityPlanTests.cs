using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Tests;

/// <summary>R22: a checkpoint's capacity follows an effective-dated weekly pattern with exceptions, versioned.</summary>
public sealed class CapacityPlanTests
{
    private static readonly DateOnly Today = new(2026, 12, 7); // a Monday
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);
    private static readonly Guid Registrar = Guid.Parse("5b8a3c1e-0f4d-4a53-9c1e-7d2f6a9b0c11");

    private static readonly CapacitySchedule Hourly20 = CapacitySchedule.Default;
    private static readonly CapacitySchedule Daytime10 = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 60, 10).ShouldSucceed();
    private static readonly CapacitySchedule Hourly30 = CapacitySchedule.Create(TimeOnly.MinValue, 24, 60, 30).ShouldSucceed();

    private static WeeklyCapacity WeekdaysWithQuietSunday() => WeeklyCapacity.Create(
        Enum.GetValues<DayOfWeek>().ToDictionary(day => day, day => day == DayOfWeek.Sunday ? Daytime10 : Hourly20)).ShouldSucceed();

    private static CapacityOverride Override(DateOnly from, DateOnly to, CapacitySchedule schedule, string reason = "road works") =>
        CapacityOverride.Create(from, to, schedule, reason).ShouldSucceed();

    [Fact]
    public void R22_before_any_version_every_date_has_the_baseline()
    {
        var plan = CapacityPlan.Starting(Hourly20);

        plan.Version.ShouldBe(0);
        plan.ScheduleFor(Today).ShouldBe(Hourly20);
        plan.ScheduleFor(Today.AddDays(89)).ShouldBe(Hourly20);
    }

    [Fact]
    public void R22_a_version_applies_from_its_date_by_day_of_the_week_and_its_exceptions_override_the_week()
    {
        var plan = CapacityPlan.Starting(Hourly20);
        var from = Today.AddDays(7);
        var closure = Override(from.AddDays(10), from.AddDays(10), CapacitySchedule.Closed, "national holiday");
        var reduced = Override(from.AddDays(20), from.AddDays(24), Daytime10, "scanner under repair");

        var version = plan.Revise(0, from, WeekdaysWithQuietSunday(), [reduced, closure], Registrar, "winter timetable", Today, Now).ShouldSucceed();

        version.Number.ShouldBe(1);
        version.Exceptions.ShouldBe([closure, reduced]);
        plan.ScheduleFor(from.AddDays(-1)).ShouldBe(Hourly20); // before the version: the baseline
        plan.ScheduleFor(from).ShouldBe(Hourly20); // a Monday
        plan.ScheduleFor(from.AddDays(6)).ShouldBe(Daytime10); // a Sunday
        plan.ScheduleFor(from.AddDays(10)).IsClosed.ShouldBeTrue();
        plan.ScheduleFor(from.AddDays(10)).DailyThroughput.ShouldBe(0);
        plan.ScheduleFor(from.AddDays(20)).ShouldBe(Daytime10);
        plan.ScheduleFor(from.AddDays(24)).ShouldBe(Daytime10);
        plan.ScheduleFor(from.AddDays(25)).ShouldBe(Hourly20); // a Monday again, after the range
    }

    [Fact]
    public void R22_a_version_from_the_same_date_replaces_the_scheduled_one_and_the_history_keeps_who_when_and_why_of_both()
    {
        var plan = CapacityPlan.Starting(Hourly20);
        var from = Today.AddDays(3);
        plan.Revise(0, from, WeeklyCapacity.Every(Daytime10), [], Registrar, "road works", Today, Now).ShouldSucceed();
        var other = Guid.NewGuid();

        plan.Revise(1, from, WeeklyCapacity.Every(Hourly30), [], other, "  works postponed, extra lane open  ", Today, Now.AddHours(1)).ShouldSucceed();

        plan.Version.ShouldBe(2);
        plan.ScheduleFor(from).ShouldBe(Hourly30);
        plan.InForce.Select(v => v.Number).ShouldBe([2]);
        plan.Versions.Select(v => (v.Number, v.ChangedBy, v.ChangedAt, v.Reason)).ShouldBe(
        [
            (1, Registrar, Now, "road works"),
            (2, other, Now.AddHours(1), "works postponed, extra lane open"),
        ]);
    }

    [Fact]
    public void R22_later_versions_take_over_from_their_own_dates()
    {
        var plan = CapacityPlan.Starting(Hourly20);
        plan.Revise(0, Today, WeeklyCapacity.Every(Daytime10), [], Registrar, "cut", Today, Now).ShouldSucceed();
        plan.Revise(1, Today.AddDays(30), WeeklyCapacity.Every(Hourly30), [], Registrar, "new lane", Today, Now).ShouldSucceed();

        plan.ScheduleFor(Today).ShouldBe(Daytime10);
        plan.ScheduleFor(Today.AddDays(29)).ShouldBe(Daytime10);
        plan.ScheduleFor(Today.AddDays(30)).ShouldBe(Hourly30);
        plan.InForce.Select(v => v.Number).ShouldBe([1, 2]);
    }

    [Fact]
    public void R22_an_edit_made_on_a_stale_version_is_refused_and_changes_nothing()
    {
        var plan = CapacityPlan.Starting(Hourly20);
        plan.Revise(0, Today.AddDays(1), WeeklyCapacity.Every(Daytime10), [], Registrar, "first edit", Today, Now).ShouldSucceed();

        var error = plan.Revise(0, Today.AddDays(1), WeeklyCapacity.Every(Hourly30), [], Registrar, "second edit, read before the first", Today, Now)
            .ShouldFailWith("stale-capacity-plan");

        error.Kind.ShouldBe(ErrorKind.Conflict);
        plan.Version.ShouldBe(1);
        plan.ScheduleFor(Today.AddDays(1)).ShouldBe(Daytime10);
    }

    [Fact]
    public void R22_a_change_in_the_past_is_refused_and_one_from_today_is_taken()
    {
        var plan = CapacityPlan.Starting(Hourly20);

        plan.Revise(0, Today.AddDays(-1), WeeklyCapacity.Every(Daytime10), [], Registrar, "backdated", Today, Now)
            .ShouldFailWith("capacity-change-in-the-past").Kind.ShouldBe(ErrorKind.Validation);
        plan.Versions.ShouldBeEmpty();

        plan.Revise(0, Today, WeeklyCapacity.Every(Daytime10), [], Registrar, "scanner broke this morning", Today, Now).ShouldSucceed();
        plan.ScheduleFor(Today).ShouldBe(Daytime10);
    }

    [Fact]
    public void R22_a_version_that_a_version_already_scheduled_would_cut_short_is_refused()
    {
        var plan = CapacityPlan.Starting(Hourly20);
        plan.Revise(0, Today.AddDays(30), WeeklyCapacity.Every(Hourly30), [], Registrar, "new lane", Today, Now).ShouldSucceed();

        plan.Revise(1, Today.AddDays(10), WeeklyCapacity.Every(Daytime10), [], Registrar, "road works", Today, Now)
            .ShouldFailWith("overlapping-capacity-version").Kind.ShouldBe(ErrorKind.Conflict);
        plan.Version.ShouldBe(1);
    }

    [Fact]
    public void R22_exceptions_that_overlap_or_end_before_the_version_are_refused()
    {
        var plan = CapacityPlan.Starting(Hourly20);
        var from = Today.AddDays(5);

        plan.Revise(0, from, WeeklyCapacity.Every(Hourly20), [Override(from.AddDays(1), from.AddDays(4), Daytime10), Override(from.AddDays(4), from.AddDays(6), CapacitySchedule.Closed)], Registrar, "two closures", Today, Now)
            .ShouldFailWith("overlapping-capacity-exceptions");
        plan.Revise(0, from, WeeklyCapacity.Every(Hourly20), [Override(from.AddDays(-3), from.AddDays(-1), CapacitySchedule.Closed)], Registrar, "closure", Today, Now)
            .ShouldFailWith("invalid-capacity-exception");
        plan.Versions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void R22_a_change_without_a_reason_is_refused(string? reason)
    {
        var plan = CapacityPlan.Starting(Hourly20);

        plan.Revise(0, Today, WeeklyCapacity.Every(Daytime10), [], Registrar, reason, Today, Now).ShouldFailWith("invalid-capacity-reason");
        plan.Revise(0, Today, WeeklyCapacity.Every(Daytime10), [], Registrar, new string('x', CapacityPlan.MaxReasonLength + 1), Today, Now)
            .ShouldFailWith("invalid-capacity-reason");
    }

    [Fact]
    public void A_weekly_pattern_names_every_day_of_the_week()
    {
        var sixDays = Enum.GetValues<DayOfWeek>().Where(day => day != DayOfWeek.Saturday).ToDictionary(day => day, _ => Hourly20);

        var error = WeeklyCapacity.Create(sixDays).ShouldFailWith("incomplete-week");

        error.Errors!["week"].ShouldBe(["Saturday is missing."]);
    }

    [Fact]
    public void An_exception_to_the_week_runs_forward_at_most_a_year_and_says_why()
    {
        CapacityOverride.Create(Today.AddDays(2), Today.AddDays(1), CapacitySchedule.Closed, "closure").ShouldFailWith("invalid-capacity-exception");
        CapacityOverride.Create(Today, Today.AddDays(CapacityOverride.MaxDays), CapacitySchedule.Closed, "closure").ShouldFailWith("invalid-capacity-exception");
        CapacityOverride.Create(Today, Today, CapacitySchedule.Closed, " ").ShouldFailWith("invalid-capacity-exception");

        var longest = CapacityOverride.Create(Today, Today.AddDays(CapacityOverride.MaxDays - 1), CapacitySchedule.Closed, "bridge rebuilt").ShouldSucceed();
        longest.Covers(Today.AddDays(CapacityOverride.MaxDays - 1)).ShouldBeTrue();
        longest.Covers(Today.AddDays(CapacityOverride.MaxDays)).ShouldBeFalse();
    }

    [Fact]
    public void R22_absurd_capacities_never_reach_a_plan()
    {
        CapacitySchedule.Create(TimeOnly.MinValue, 24, 60, -1).ShouldFailWith("invalid-capacity");
        CapacitySchedule.Create(TimeOnly.MinValue, 24, 60, 10_001).ShouldFailWith("invalid-capacity");
        CapacitySchedule.Create(new TimeOnly(8, 0), 12, 7, 10).ShouldFailWith("invalid-capacity");
    }

    [Fact]
    public void A_closed_day_sells_nothing()
    {
        CapacitySchedule.Closed.IsClosed.ShouldBeTrue();
        CapacitySchedule.Closed.DailyThroughput.ShouldBe(0);
        CapacitySchedule.Default.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void A_restored_plan_answers_as_the_one_it_was_stored_from()
    {
        var plan = CapacityPlan.Starting(Hourly20);
        plan.Revise(0, Today.AddDays(2), WeekdaysWithQuietSunday(), [Override(Today.AddDays(4), Today.AddDays(4), CapacitySchedule.Closed)], Registrar, "winter", Today, Now).ShouldSucceed();
        plan.Revise(1, Today.AddDays(2), WeeklyCapacity.Every(Hourly30), [], Registrar, "instead", Today, Now).ShouldSucceed();

        var restored = CapacityPlan.Restore(Hourly20, plan.Versions.Reverse());

        restored.Version.ShouldBe(2);
        restored.Versions.ShouldBe(plan.Versions);
        Enumerable.Range(0, 14).Select(d => restored.ScheduleFor(Today.AddDays(d))).ShouldBe(Enumerable.Range(0, 14).Select(d => plan.ScheduleFor(Today.AddDays(d))));
    }
}
