using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Waitlist;

namespace Seo.Domain.Tests;

/// <summary>R22, R28: a paid booking waits for an earlier interval; a freed place is held for it until a deadline, then goes on.</summary>
public sealed class WaitlistEntryTests
{
    private static readonly DateTimeOffset Now = TestData.Now.AddHours(1);
    private readonly Checkpoint _checkpoint = TestData.Dostyk();

    private BookedInterval On(int day, int hour) => TestData.IntervalAt(_checkpoint, new DateOnly(2026, 11, day), new TimeOnly(hour, 0));

    private static WaitlistWindow Window(int fromDay, int toDay, int earliest = 0, int latest = 23) =>
        new(new DateOnly(2026, 11, fromDay), new DateOnly(2026, 11, toDay), new TimeOnly(earliest, 0), new TimeOnly(latest, 0));

    private static WaitlistEntry Waiting(Booking booking) => WaitlistEntry.Join(booking, Window(26, 30, 8, 12), Now).Value;

    [Fact]
    public void R28_only_a_paid_booking_not_called_and_still_ahead_may_wait()
    {
        WaitlistEntry.Join(TestData.AwaitingPayment(_checkpoint), Window(26, 30), Now).Error.ShouldBe(WaitlistErrors.NotWaitable);
        var paid = TestData.Confirmed(_checkpoint);
        WaitlistEntry.Join(paid, Window(26, 30), paid.Interval.StartsAt).Error.ShouldBe(WaitlistErrors.NotWaitable);
        WaitlistEntry.Join(paid, Window(26, 30), Now).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void R22_a_window_that_begins_after_the_booked_date_is_refused_as_having_nothing_earlier()
    {
        var booking = TestData.Confirmed(_checkpoint);

        WaitlistEntry.Join(booking, new WaitlistWindow(booking.Interval.Date.AddDays(1), booking.Interval.Date.AddDays(3), TimeOnly.MinValue, TimeOnly.MaxValue), Now)
            .Error.ShouldBe(WaitlistErrors.NothingEarlier);
    }

    [Fact]
    public void R22_an_entry_wants_only_intervals_in_its_window_and_earlier_than_its_booking()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var entry = Waiting(booking);

        entry.Wants(On(27, 9), booking.Interval).ShouldBeTrue();
        entry.Wants(On(27, 13), booking.Interval).ShouldBeFalse();
        entry.Wants(On(25, 10), booking.Interval).ShouldBeFalse();
        entry.Wants(TestData.IntervalAt(_checkpoint, booking.Interval.Date, new TimeOnly(11, 0)), booking.Interval).ShouldBeFalse();
        entry.Wants(TestData.IntervalAt(_checkpoint, booking.Interval.Date, new TimeOnly(9, 0)), booking.Interval).ShouldBeFalse();
        entry.Wants(On(30, 9), booking.Interval).ShouldBeTrue();
    }

    [Fact]
    public void R22_an_offer_holds_one_place_until_its_deadline_and_the_booking_takes_it_by_accepting()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var entry = Waiting(booking);
        var place = On(27, 9);

        entry.Offer(place, Now.AddMinutes(15), Now).IsSuccess.ShouldBeTrue();

        entry.Status.ShouldBe(WaitlistStatus.Offered);
        entry.Offers.ShouldBe(1);
        entry.OfferedPlace.ShouldBe(place);
        entry.Wants(On(28, 9), booking.Interval).ShouldBeFalse();
        entry.Offer(On(28, 9), Now.AddMinutes(15), Now).Error.ShouldBe(WaitlistErrors.NotWaiting);
        entry.Holds(place, Now.AddMinutes(14)).ShouldBeTrue();
        entry.Holds(place, Now.AddMinutes(15)).ShouldBeFalse();
        entry.Holds(On(27, 10), Now).ShouldBeFalse();
        entry.ClearDomainEvents();

        entry.Accept(place, Now.AddMinutes(5)).IsSuccess.ShouldBeTrue();

        entry.Status.ShouldBe(WaitlistStatus.Accepted);
        // The place passes to the booking's move: nothing is given back.
        entry.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<WaitlistEnded>().Released.ShouldBeNull();
    }

    [Fact]
    public void R22_an_offer_unanswered_by_its_deadline_lapses_and_gives_its_place_back()
    {
        var entry = Waiting(TestData.Confirmed(_checkpoint));
        var place = On(27, 9);
        entry.Offer(place, Now.AddMinutes(15), Now);

        entry.Lapse(Now.AddMinutes(14)).Error.ShouldBe(WaitlistErrors.NoOffer);
        entry.Accept(place, Now.AddMinutes(15)).Error.ShouldBe(WaitlistErrors.NoOffer);
        entry.ClearDomainEvents();
        entry.Lapse(Now.AddMinutes(15)).IsSuccess.ShouldBeTrue();

        entry.Status.ShouldBe(WaitlistStatus.Lapsed);
        var ended = entry.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<WaitlistEnded>();
        ended.Released.ShouldBe(place);
        ended.Checkpoint.ShouldBe("DOSTYK");
    }

    [Fact]
    public void R22_leaving_while_a_place_is_held_gives_it_back_and_a_waiting_entry_gives_nothing()
    {
        var waiting = Waiting(TestData.Confirmed(_checkpoint));
        waiting.Leave(Now).IsSuccess.ShouldBeTrue();
        waiting.DomainEvents.OfType<WaitlistEnded>().ShouldHaveSingleItem().Released.ShouldBeNull();
        waiting.Leave(Now).Error.ShouldBe(WaitlistErrors.NotWaiting);

        var offered = Waiting(TestData.Confirmed(_checkpoint));
        offered.Offer(On(27, 9), Now.AddMinutes(15), Now);
        offered.Leave(Now).IsSuccess.ShouldBeTrue();
        offered.DomainEvents.OfType<WaitlistEnded>().ShouldHaveSingleItem().Released.ShouldBe(On(27, 9));
    }

    [Fact]
    public void R22_a_new_window_keeps_a_waiting_entrys_place_is_refused_while_an_offer_stands_and_an_ended_entry_rejoins_at_the_back()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var entry = Waiting(booking);
        var joined = entry.JoinedAt;

        entry.ChangeWindow(booking, Window(26, 28), Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
        entry.JoinedAt.ShouldBe(joined);
        entry.To.ShouldBe(new DateOnly(2026, 11, 28));

        entry.Offer(On(27, 9), Now.AddMinutes(15), Now);
        entry.ChangeWindow(booking, Window(26, 29), Now.AddMinutes(2)).Error.ShouldBe(WaitlistErrors.OfferPending);

        entry.Lapse(Now.AddMinutes(15));
        entry.ChangeWindow(booking, Window(26, 29), Now.AddMinutes(20)).IsSuccess.ShouldBeTrue();
        entry.Status.ShouldBe(WaitlistStatus.Waiting);
        entry.JoinedAt.ShouldBe(Now.AddMinutes(20));
        entry.Offers.ShouldBe(0);
        entry.OfferedPlace.ShouldBeNull();
    }
}
