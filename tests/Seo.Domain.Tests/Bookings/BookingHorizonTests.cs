using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Rules;

namespace Seo.Domain.Tests;

public sealed class BookingHorizonTests
{
    private static readonly DateTimeOffset Now = TestData.Now; // 2026-11-25 09:00 local

    [Fact]
    public void R22_interval_ended_in_the_past_is_refused()
    {
        var checkpoint = TestData.Dostyk();
        var yesterday = TestData.IntervalAt(checkpoint, new DateOnly(2026, 11, 24), new TimeOnly(15, 0));

        var error = Booking.Issue(TestData.Request(checkpoint, yesterday), Now).ShouldFailWith("interval-in-the-past");

        error.Rule.ShouldBe("R22");
    }

    [Fact]
    public void R22_interval_ending_right_now_is_in_the_past()
    {
        var checkpoint = TestData.Dostyk();
        var endsNow = TestData.IntervalAt(checkpoint, TestData.Today, new TimeOnly(8, 0)); // 08:00–09:00 local

        new BookingHorizonRule(checkpoint, endsNow, Now, TimeSpan.Zero).Check().ShouldFailWith("interval-in-the-past");
    }

    [Fact]
    public void R22_interval_still_running_can_be_booked()
    {
        var checkpoint = TestData.Dostyk();
        var running = TestData.IntervalAt(checkpoint, TestData.Today, new TimeOnly(9, 0)); // 09:00–10:00 local

        new BookingHorizonRule(checkpoint, running, Now.AddMinutes(59), TimeSpan.Zero).Check().ShouldSucceed();
    }

    [Fact]
    public void R22_last_bookable_date_is_90_days_after_todays_local_date()
    {
        BookingHorizonRule.LastBookableDate(TestData.Dostyk(), Now).ShouldBe(new DateOnly(2027, 2, 23));
    }

    [Fact]
    public void R22_interval_on_day_90_is_accepted()
    {
        var checkpoint = TestData.Dostyk();
        var day90 = TestData.IntervalAt(checkpoint, TestData.Today.AddDays(90), new TimeOnly(23, 0));

        Booking.Issue(TestData.Request(checkpoint, day90), Now).ShouldSucceed();
    }

    [Fact]
    public void R22_interval_beyond_90_days_is_refused()
    {
        var checkpoint = TestData.Dostyk();
        var day91 = TestData.IntervalAt(checkpoint, TestData.Today.AddDays(91), new TimeOnly(0, 0));

        var error = Booking.Issue(TestData.Request(checkpoint, day91), Now).ShouldFailWith("beyond-booking-horizon");

        error.Rule.ShouldBe("R22");
    }

    [Fact]
    public void R22_days_are_counted_in_checkpoint_local_dates_across_UTC_midnight()
    {
        var checkpoint = TestData.Dostyk();
        var lateEveningUtc = new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero); // 01:00 on 26 Nov in Almaty
        var dayBeforeLocally = new DateTimeOffset(2026, 11, 25, 18, 59, 0, TimeSpan.Zero); // 23:59 on 25 Nov in Almaty
        var feb24 = TestData.IntervalAt(checkpoint, new DateOnly(2027, 2, 24), new TimeOnly(12, 0));

        BookingHorizonRule.LastBookableDate(checkpoint, lateEveningUtc).ShouldBe(new DateOnly(2027, 2, 24));
        new BookingHorizonRule(checkpoint, feb24, lateEveningUtc, TimeSpan.Zero).Check().ShouldSucceed();
        new BookingHorizonRule(checkpoint, feb24, dayBeforeLocally, TimeSpan.Zero).Check().ShouldFailWith("beyond-booking-horizon");
    }

    [Fact]
    public void R22_local_evening_interval_has_ended_although_the_UTC_date_is_the_same()
    {
        var checkpoint = TestData.Dostyk();
        var lateEveningUtc = new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);
        var lastOf25th = TestData.IntervalAt(checkpoint, new DateOnly(2026, 11, 25), new TimeOnly(23, 0)); // ends 19:00 UTC

        new BookingHorizonRule(checkpoint, lastOf25th, lateEveningUtc, TimeSpan.Zero).Check().ShouldFailWith("interval-in-the-past");
    }

    [Fact]
    public void R29_booking_closes_its_lead_time_before_the_interval_starts()
    {
        var checkpoint = TestData.Dostyk();
        var tomorrowAt10 = TestData.IntervalAt(checkpoint, TestData.Today.AddDays(1), new TimeOnly(10, 0)); // 25 h after Now

        new BookingHorizonRule(checkpoint, tomorrowAt10, Now, TimeSpan.FromHours(25)).Check().ShouldFailWith("interval-booking-closed").Rule.ShouldBe("R29");
        new BookingHorizonRule(checkpoint, tomorrowAt10, Now.AddTicks(-1), TimeSpan.FromHours(25)).Check().ShouldSucceed();
        Booking.Issue(TestData.Request(checkpoint, tomorrowAt10) with { BookingCloses = TimeSpan.FromHours(25) }, Now).ShouldFailWith("interval-booking-closed");
    }
}
