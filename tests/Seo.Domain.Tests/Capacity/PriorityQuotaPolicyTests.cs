using Seo.Domain.Capacity;

namespace Seo.Domain.Tests;

public sealed class PriorityQuotaPolicyTests
{
    [Fact]
    public void R6_priority_share_is_15_percent_under_the_rules()
    {
        PriorityQuotaPolicy.Rules707.PercentOn(new DateOnly(2026, 11, 25)).ShouldBe(15m);
    }

    [Theory]
    [InlineData(480, 72)]
    [InlineData(100, 15)]
    [InlineData(99, 14)] // 14.85 rounds down
    [InlineData(6, 0)] // 0.9 rounds down
    [InlineData(0, 0)]
    public void R6_priority_limit_is_15_percent_of_throughput_rounded_down(int throughput, int expected)
    {
        PriorityQuotaPolicy.Rules707.LimitFor(new DateOnly(2026, 11, 25), throughput).ShouldBe(expected);
    }

    [Fact]
    public void R6_a_changed_share_applies_from_its_effective_date()
    {
        var policy = new PriorityQuotaPolicy(
        [
            new PriorityQuotaShare(10m, new DateOnly(2027, 1, 1)),
            new PriorityQuotaShare(15m, new DateOnly(2023, 7, 1)),
        ]);

        policy.PercentOn(new DateOnly(2026, 12, 31)).ShouldBe(15m);
        policy.PercentOn(new DateOnly(2027, 1, 1)).ShouldBe(10m);
        policy.LimitFor(new DateOnly(2026, 12, 31), 480).ShouldBe(72);
        policy.LimitFor(new DateOnly(2027, 1, 1), 480).ShouldBe(48);
    }

    [Fact]
    public void A_policy_needs_at_least_one_share()
    {
        Should.Throw<ArgumentException>(() => new PriorityQuotaPolicy([]));
    }

    [Fact]
    public void Slot_availability_never_reports_negative_free_capacity()
    {
        new IntervalCapacity(TestData.BookedDate, TestData.BookedStart, 20, 19).Free.ShouldBe(1);
        var overbooked = new IntervalCapacity(TestData.BookedDate, TestData.BookedStart, 5, 7);
        overbooked.Free.ShouldBe(0);
        overbooked.IsFull.ShouldBeTrue();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void R6_a_share_outside_0_to_100_percent_is_refused(double percent)
    {
        Should.Throw<ArgumentException>(() => new PriorityQuotaPolicy([new PriorityQuotaShare((decimal)percent, new DateOnly(2023, 7, 1))]))
            .Message.ShouldContain("0 to 100");
    }

    [Fact]
    public void R6_two_shares_taking_effect_on_one_day_are_refused()
    {
        Should.Throw<ArgumentException>(() => new PriorityQuotaPolicy(
            [new PriorityQuotaShare(15m, new DateOnly(2027, 1, 1)), new PriorityQuotaShare(10m, new DateOnly(2027, 1, 1))]))
            .Message.ShouldContain("2027-01-01");
    }
}
