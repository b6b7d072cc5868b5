using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Rules;

namespace Seo.Domain.Tests;

public sealed class BookingCapRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 3, true)]
    [InlineData(2, 3, true)]
    [InlineData(3, 3, false)]
    [InlineData(50, 0, true)]
    public void Unpaid_holds_are_refused_at_the_limit_and_a_zero_limit_is_no_cap(int held, int limit, bool allowed)
    {
        var result = new UnpaidHoldsCapRule(held, limit).Check();

        result.IsSuccess.ShouldBe(allowed);
        if (!allowed)
        {
            result.Error!.Code.ShouldBe(BookingCapErrors.TooManyUnpaidHoldsCode);
            result.Error!.Details!["limit"].ShouldBe(limit);
        }
    }

    [Theory]
    [InlineData(1, 2, true)]
    [InlineData(2, 2, false)]
    [InlineData(9, -1, true)]
    public void A_day_share_is_refused_at_the_limit_and_names_the_day(int onDay, int limit, bool allowed)
    {
        var date = new DateOnly(2026, 12, 1);

        var result = new CheckpointDayShareRule(onDay, limit, date).Check();

        result.IsSuccess.ShouldBe(allowed);
        if (!allowed)
        {
            result.Error!.Code.ShouldBe(BookingCapErrors.DayShareExceededCode);
            result.Error!.Details!["date"].ShouldBe("2026-12-01");
        }
    }

    [Fact]
    public void R21_a_vehicle_cooling_down_is_refused_until_the_end_which_the_error_carries()
    {
        var until = Now.AddMinutes(10);

        var result = new VehicleCoolDownRule(until, Now).Check();

        result.Error!.Code.ShouldBe(BookingCapErrors.VehicleCoolingDownCode);
        result.Error!.Rule.ShouldBe("R21");
        result.Error!.Details!["endsAt"].ShouldBe(until);
    }

    [Fact]
    public void R21_a_cool_down_that_has_ended_or_never_began_allows_the_hold()
    {
        new VehicleCoolDownRule(Now, Now).Check().IsSuccess.ShouldBeTrue();
        new VehicleCoolDownRule(null, Now).Check().IsSuccess.ShouldBeTrue();
    }
}
