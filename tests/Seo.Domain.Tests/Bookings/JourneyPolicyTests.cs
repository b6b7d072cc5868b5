using Seo.Domain.Bookings.Journey;

namespace Seo.Domain.Tests;

public sealed class JourneyPolicyTests
{
    private static JourneyBooking At(int hour, bool priority, int sequence) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "DOSTYK", $"DOSTYK-20261201-{sequence:D4}", $"{sequence:D3}ABC02", new DateOnly(2026, 12, 1), new TimeOnly(hour, 0),
            new DateTimeOffset(2026, 12, 1, hour, 0, 0, TimeSpan.FromHours(5)), new DateTimeOffset(2026, 12, 1, hour + 1, 0, 0, TimeSpan.FromHours(5)), priority, sequence);

    [Fact]
    public void R31_the_queue_is_ordered_by_interval_then_priority_then_sequence_number()
    {
        var late = At(11, priority: true, 1);
        var regularFirst = At(10, priority: false, 2);
        var regularSecond = At(10, priority: false, 5);
        var priorityLater = At(10, priority: true, 9);

        new[] { late, regularSecond, priorityLater, regularFirst }.Order(QueueOrder.Instance)
            .ShouldBe([priorityLater, regularFirst, regularSecond, late]);
    }

    [Theory]
    [InlineData("2026-12-01", 120)]
    [InlineData("2027-03-31", 120)]
    [InlineData("2027-04-01", 60)]
    [InlineData("2027-09-30", 60)]
    [InlineData("2027-10-01", 120)]
    public void R34_the_call_comes_120_minutes_ahead_in_winter_and_60_in_summer_by_default(string date, int minutes)
    {
        CallSeasonCalendar.Default.LeadOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Fact]
    public void R34_the_season_calendar_is_effective_dated()
    {
        var calendar = new CallSeasonCalendar(
        [
            new CallSeason(DateOnly.MinValue, "04-01", "10-01", TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(120)),
            new CallSeason(new DateOnly(2027, 1, 1), "05-01", "09-15", TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(150)),
        ]);

        calendar.LeadOn(new DateOnly(2026, 4, 20)).ShouldBe(TimeSpan.FromMinutes(60));
        calendar.LeadOn(new DateOnly(2027, 4, 20)).ShouldBe(TimeSpan.FromMinutes(150));
        calendar.LeadOn(new DateOnly(2027, 6, 1)).ShouldBe(TimeSpan.FromMinutes(90));
        calendar.LongestLead.ShouldBe(TimeSpan.FromMinutes(150));
    }

    [Fact]
    public void R34_a_season_calling_later_than_the_Rules_allow_is_refused()
    {
        Should.Throw<ArgumentException>(() => new CallSeasonCalendar(
            [new CallSeason(DateOnly.MinValue, "04-01", "10-01", TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(120))]));
        Should.Throw<ArgumentException>(() => new CallSeasonCalendar(
            [new CallSeason(DateOnly.MinValue, "04-01", "10-01", TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(119))]));
        Should.Throw<ArgumentException>(() => new CallSeasonCalendar(
            [new CallSeason(DateOnly.MinValue, "13-01", "10-01", TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(120))]));
    }

    [Fact]
    public void R29_a_reminder_sooner_than_24_hours_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new JourneyPolicy(
            TimeSpan.FromHours(25), TimeSpan.FromHours(23), TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), CallSeasonCalendar.Default));
    }

    [Fact]
    public void R34_the_call_is_due_its_margin_before_the_lead_and_not_once_the_vehicle_is_late()
    {
        var policy = JourneyPolicy.Default;
        var checkpoint = TestData.Dostyk();
        var interval = TestData.IntervalAt(checkpoint); // 1 Dec 10:00, winter
        var callAt = interval.StartsAt.AddMinutes(-120);

        policy.CallAt(interval).ShouldBe(callAt);
        policy.IsCallDue(interval, callAt - policy.SweepMargin - TimeSpan.FromTicks(1)).ShouldBeFalse();
        policy.IsCallDue(interval, callAt - policy.SweepMargin).ShouldBeTrue();
        policy.IsCallDue(interval, policy.LateAfter(interval)).ShouldBeFalse();
    }
}
