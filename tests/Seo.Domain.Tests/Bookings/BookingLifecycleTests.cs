using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class BookingLifecycleTests
{
    private static readonly DateTimeOffset IntervalStart = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset IntervalEnd = IntervalStart.AddHours(1);

    [Fact]
    public void Vehicle_flows_from_waiting_zone_through_the_call_to_crossing()
    {
        var booking = TestData.Confirmed();

        booking.ArriveAtWaitingZone(IntervalStart.AddMinutes(-90)).ShouldSucceed();
        booking.Status.ShouldBe(BookingStatus.InWaitingZone);
        booking.CallFromWaitingZone(IntervalStart.AddMinutes(-60)).ShouldSucceed();
        booking.Status.ShouldBe(BookingStatus.Called);
        booking.EnterCheckpoint(IntervalStart.AddMinutes(-10)).ShouldSucceed();
        booking.Status.ShouldBe(BookingStatus.AtCheckpoint);
        booking.IsActive.ShouldBeTrue();
        booking.ClosedAt.ShouldBeNull();
        booking.CompleteCrossing(IntervalStart.AddMinutes(20)).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Completed);
        booking.IsActive.ShouldBeFalse();
        booking.ClosedAt.ShouldBe(IntervalStart.AddMinutes(20));
        booking.DomainEvents.OfType<BookingProgressed>().Select(e => (e.From, e.To)).ShouldBe(
        [
            (BookingStatus.Confirmed, BookingStatus.InWaitingZone),
            (BookingStatus.InWaitingZone, BookingStatus.Called),
            (BookingStatus.Called, BookingStatus.AtCheckpoint),
            (BookingStatus.AtCheckpoint, BookingStatus.Completed),
        ]);
    }

    [Fact]
    public void R30_confirmed_vehicle_may_enter_the_checkpoint_directly()
    {
        var booking = TestData.Confirmed();

        booking.EnterCheckpoint(IntervalStart).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.AtCheckpoint);
    }

    [Fact]
    public void R30_unpaid_booking_does_not_enter_the_checkpoint_or_waiting_zone()
    {
        var booking = TestData.AwaitingPayment();

        booking.EnterCheckpoint(IntervalStart).ShouldFailWith("illegal-status-transition");
        booking.ArriveAtWaitingZone(IntervalStart).ShouldFailWith("illegal-status-transition");
        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
    }

    [Fact]
    public void R34_vehicle_is_not_called_before_it_is_in_the_waiting_zone()
    {
        TestData.Confirmed().CallFromWaitingZone(IntervalStart).ShouldFailWith("illegal-status-transition");
    }

    [Fact]
    public void Completed_booking_cannot_be_cancelled()
    {
        var booking = TestData.Confirmed();
        booking.EnterCheckpoint(IntervalStart);
        booking.CompleteCrossing(IntervalStart.AddMinutes(20));

        var error = booking.Cancel(IntervalStart.AddHours(2)).ShouldFailWith("illegal-status-transition");

        error.Message.ShouldContain("Completed");
        booking.Status.ShouldBe(BookingStatus.Completed);
        booking.DomainEvents.OfType<BookingCancelled>().ShouldBeEmpty();
    }

    [Fact]
    public void Expired_booking_cannot_become_confirmed()
    {
        BookingStatusTransitions.IsAllowed(BookingStatus.Expired, BookingStatus.Confirmed).ShouldBeFalse();
    }

    [Fact]
    public void Crossing_cannot_complete_before_entering_the_checkpoint()
    {
        var booking = TestData.Confirmed();

        booking.CompleteCrossing(IntervalStart).ShouldFailWith("illegal-status-transition");
    }

    [Theory]
    [InlineData(BookingStatus.Completed)]
    [InlineData(BookingStatus.Cancelled)]
    [InlineData(BookingStatus.Annulled)]
    [InlineData(BookingStatus.Expired)]
    public void Closed_bookings_go_nowhere(BookingStatus closed)
    {
        BookingStatusTransitions.IsActive(closed).ShouldBeFalse();
        foreach (var to in Enum.GetValues<BookingStatus>())
        {
            BookingStatusTransitions.IsAllowed(closed, to).ShouldBeFalse($"{closed} -> {to}");
        }
    }

    [Theory]
    [InlineData(BookingStatus.AwaitingPayment)]
    [InlineData(BookingStatus.Confirmed)]
    [InlineData(BookingStatus.InWaitingZone)]
    [InlineData(BookingStatus.Called)]
    [InlineData(BookingStatus.AtCheckpoint)]
    public void R21_open_bookings_count_as_active(BookingStatus open)
    {
        BookingStatusTransitions.IsActive(open).ShouldBeTrue();
    }

    [Fact]
    public void R28_cancel_after_payment_keeps_the_fee()
    {
        var booking = TestData.Confirmed();
        var at = TestData.Now.AddDays(1);

        booking.Cancel(at).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.ClosedAt.ShouldBe(at);
        var cancelled = booking.DomainEvents.OfType<BookingCancelled>().ShouldHaveSingleItem();
        cancelled.FeeRetained.ShouldBe(TestData.BookingFee);
        cancelled.Refunded.ShouldBe(Money.Zero);
    }

    [Fact]
    public void Cancel_before_payment_retains_nothing_and_releases_the_hold()
    {
        var booking = TestData.AwaitingPayment();

        booking.Cancel(TestData.Now.AddMinutes(1)).ShouldSucceed();

        booking.HoldExpiresAt.ShouldBeNull();
        var cancelled = booking.DomainEvents.OfType<BookingCancelled>().ShouldHaveSingleItem();
        cancelled.FeeRetained.ShouldBe(Money.Zero);
        cancelled.Refunded.ShouldBe(Money.Zero);
    }

    [Fact]
    public void R28_vehicle_in_the_waiting_zone_cannot_cancel()
    {
        var booking = TestData.Confirmed();
        booking.ArriveAtWaitingZone(IntervalStart.AddMinutes(-90));

        booking.Cancel(IntervalStart.AddMinutes(-80)).ShouldFailWith("illegal-status-transition");
    }

    [Fact]
    public void R35_annul_before_the_interval_ends_is_refused()
    {
        var booking = TestData.Confirmed();

        booking.Annul(IntervalEnd.AddTicks(-1)).ShouldFailWith("illegal-status-transition");

        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void R35_no_show_after_the_interval_ends_is_annulled_and_the_fee_kept()
    {
        var booking = TestData.Confirmed();

        booking.Annul(IntervalEnd).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Annulled);
        booking.IsActive.ShouldBeFalse();
        booking.ClosedAt.ShouldBe(IntervalEnd);
        booking.DomainEvents.OfType<BookingAnnulled>().ShouldHaveSingleItem().FeeRetained.ShouldBe(TestData.BookingFee);
    }

    [Fact]
    public void R35_vehicle_left_in_the_waiting_zone_past_its_interval_is_annulled()
    {
        var booking = TestData.Confirmed();
        booking.ArriveAtWaitingZone(IntervalStart.AddMinutes(-90));

        booking.Annul(IntervalEnd.AddMinutes(1)).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Annulled);
    }

    [Fact]
    public void R35_vehicle_that_crossed_is_not_annulled()
    {
        var booking = TestData.Confirmed();
        booking.EnterCheckpoint(IntervalStart);
        booking.CompleteCrossing(IntervalStart.AddMinutes(20));

        booking.Annul(IntervalEnd.AddHours(1)).ShouldFailWith("illegal-status-transition");

        booking.Status.ShouldBe(BookingStatus.Completed);
    }

    [Fact]
    public void R35_unpaid_booking_is_not_annulled_it_expires()
    {
        var booking = TestData.AwaitingPayment();

        booking.Annul(IntervalEnd).ShouldFailWith("illegal-status-transition");
    }

    [Fact]
    public void Every_event_increments_the_version()
    {
        var booking = TestData.Confirmed(); // BookingRequested + BookingPaid

        booking.Version.ShouldBe(2);
        booking.ClearDomainEvents();
        booking.DomainEvents.ShouldBeEmpty();
        booking.Version.ShouldBe(2);
    }

    [Fact]
    public void R35_confirmed_booking_cannot_be_cancelled_once_its_interval_has_ended()
    {
        var booking = TestData.Confirmed();

        booking.Cancel(IntervalEnd).ShouldFailWith("booking-interval-ended").Rule.ShouldBe("R35");

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.Annul(IntervalEnd).ShouldSucceed();
    }
}
