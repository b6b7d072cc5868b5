using Seo.Domain.Checkpoints;

namespace Seo.Domain.Tests;

public sealed class CapacityScheduleTests
{
    [Fact]
    public void Default_is_round_the_clock_hourly_with_20_vehicles_an_hour()
    {
        var schedule = CapacitySchedule.Default;

        schedule.IntervalsPerDay.ShouldBe(24);
        schedule.DailyThroughput.ShouldBe(480);
        schedule.IntervalLength.ShouldBe(TimeSpan.FromHours(1));
        schedule.IntervalStarts().First().ShouldBe(new TimeOnly(0, 0));
        schedule.IntervalStarts().Last().ShouldBe(new TimeOnly(23, 0));
    }

    [Fact]
    public void Interval_starts_follow_opening_time_and_interval_length()
    {
        var schedule = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 90, 15).ShouldSucceed();

        schedule.IntervalStarts().ShouldBe(
        [
            new TimeOnly(8, 0), new TimeOnly(9, 30), new TimeOnly(11, 0), new TimeOnly(12, 30),
            new TimeOnly(14, 0), new TimeOnly(15, 30), new TimeOnly(17, 0), new TimeOnly(18, 30),
        ]);
        schedule.DailyThroughput.ShouldBe(8 * 15);
    }

    [Fact]
    public void Is_interval_start_only_for_the_schedules_starts()
    {
        var schedule = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 90, 15).ShouldSucceed();

        schedule.IsIntervalStart(new TimeOnly(9, 30)).ShouldBeTrue();
        schedule.IsIntervalStart(new TimeOnly(9, 0)).ShouldBeFalse();
        schedule.IsIntervalStart(new TimeOnly(7, 0)).ShouldBeFalse();
        schedule.IsIntervalStart(new TimeOnly(20, 0)).ShouldBeFalse(); // closed by then
    }

    [Fact]
    public void A_day_can_end_exactly_at_midnight()
    {
        CapacitySchedule.Create(new TimeOnly(20, 0), 4, 60, 10).ShouldSucceed().IntervalStarts().Last().ShouldBe(new TimeOnly(23, 0));
    }

    [Theory]
    [InlineData(0, 0, 0, 60, 10)] // closed all day
    [InlineData(0, 0, 25, 60, 10)] // more than a day
    [InlineData(0, 0, 24, 5, 10)] // interval too short
    [InlineData(0, 0, 24, 300, 10)] // interval too long
    [InlineData(0, 0, 24, 25, 10)] // 1440 does not divide into 25-minute intervals
    [InlineData(20, 0, 6, 60, 10)] // would run past midnight
    [InlineData(8, 5, 8, 60, 10)] // opens off a ten-minute mark
    [InlineData(0, 0, 24, 60, -1)]
    [InlineData(0, 0, 24, 60, 10_001)]
    public void Invalid_schedules_are_refused(int hour, int minute, int hoursOpen, int intervalMinutes, int vehicles)
    {
        CapacitySchedule.Create(new TimeOnly(hour, minute), hoursOpen, intervalMinutes, vehicles).ShouldFailWith("invalid-capacity");
    }

    [Fact]
    public void Zero_vehicles_per_interval_is_a_valid_closed_for_booking_schedule()
    {
        CapacitySchedule.Create(TimeOnly.MinValue, 24, 60, 0).ShouldSucceed().DailyThroughput.ShouldBe(0);
    }
}
