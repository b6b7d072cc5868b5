using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Checkpoints;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

/// <summary>R22, R28: a closure that leaves a booking no place up to the horizon displaces it: placed again on any date free and uncounted, or refunded.</summary>
public sealed class DisplacementTests
{
    private static readonly DateTimeOffset Now = TestData.Now.AddHours(1);
    private static readonly DateTimeOffset RespondBy = Now.AddDays(7);
    private readonly Checkpoint _checkpoint = TestData.Dostyk();

    private BookedInterval On(int day, int hour = 10) => TestData.IntervalAt(_checkpoint, new DateOnly(2026, 12, day), new TimeOnly(hour, 0));

    private Booking Displaced()
    {
        var booking = TestData.Confirmed(_checkpoint);
        booking.Displace(RespondBy, Now).ShouldSucceed().ShouldBeTrue();
        booking.ClearDomainEvents();
        return booking;
    }

    [Fact]
    public void R22_R28_a_closure_displaces_a_paid_booking_which_gives_its_place_back_keeps_its_vehicle_and_waits_for_its_owner()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var interval = booking.Interval;
        booking.ClearDomainEvents();

        booking.Displace(RespondBy, Now).ShouldSucceed().ShouldBeTrue();

        booking.Status.ShouldBe(BookingStatus.Displaced);
        booking.IsActive.ShouldBeTrue(); // R21: the vehicle stays with this booking until it is placed or refunded
        booking.FreeMoveUntil.ShouldBe(RespondBy);
        booking.DisplacedAt.ShouldBe(Now);
        booking.ClosedAt.ShouldBeNull();
        booking.Paid.ShouldBe(TestData.BookingFee);
        var displaced = booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<BookingDisplaced>();
        displaced.Interval.ShouldBe(interval);
        displaced.RespondBy.ShouldBe(RespondBy);
        displaced.Owner.ShouldBe(booking.Owner.AccountId);
    }

    [Fact]
    public void R22_a_closure_ends_an_unpaid_hold_with_nothing_kept_or_refunded()
    {
        var booking = TestData.AwaitingPayment(_checkpoint);
        booking.ClearDomainEvents();

        booking.Displace(RespondBy, Now).ShouldSucceed().ShouldBeFalse();

        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.DisplacedAt.ShouldBe(Now);
        var cancelled = booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<BookingCancelled>();
        cancelled.FeeRetained.ShouldBe(Money.Zero);
        cancelled.Refunded.ShouldBe(Money.Zero);
    }

    [Fact]
    public void R22_R28_a_displaced_booking_is_placed_on_any_date_free_and_uncounted_without_giving_back_a_place_twice()
    {
        var booking = TestData.Confirmed(_checkpoint);
        booking.Reschedule(_checkpoint, On(2), 3, TestData.RescheduleFee, TestData.HoldDuration, Now).ShouldSucceed();
        booking.Reschedule(_checkpoint, On(3), 4, TestData.RescheduleFee, TestData.HoldDuration, Now).ShouldSucceed();
        booking.Displace(RespondBy, Now).ShouldSucceed();
        booking.ClearDomainEvents();

        booking.Reschedule(_checkpoint, On(20, 14), 9, TestData.RescheduleFee, TestData.HoldDuration, Now.AddDays(1)).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.Interval.ShouldBe(On(20, 14));
        booking.Number.ShouldBe("DOSTYK-20261220-0009");
        booking.ReschedulesUsed.ShouldBe(2);
        booking.PendingReschedule.ShouldBeNull();
        booking.AmountDue.ShouldBeNull();
        booking.FreeMoveUntil.ShouldBeNull();
        var placed = booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<DisplacedBookingPlaced>();
        placed.From.ShouldBe(On(3));
        placed.To.ShouldBe(On(20, 14));
    }

    [Fact]
    public void R22_R28_a_displaced_booking_is_refunded_in_full_and_ends_without_giving_back_a_place_twice()
    {
        var booking = Displaced();

        booking.WithdrawForRefund(TestData.BookingFee, Now.AddDays(1)).ShouldBeTrue();

        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.IsActive.ShouldBeFalse();
        booking.FreeMoveUntil.ShouldBeNull();
        booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<DisplacedBookingRefunded>().Refunded.ShouldBe(TestData.BookingFee);
    }

    [Fact]
    public void R22_R28_a_displaced_booking_is_not_cancelled_with_its_fee_kept_nor_has_a_move_to_accept()
    {
        var booking = Displaced();

        booking.Cancel(Now).ShouldFailWith("booking-displaced");
        booking.AcceptCapacityMove(Now).ShouldFailWith("no-capacity-move");
        booking.Status.ShouldBe(BookingStatus.Displaced);
        booking.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void R22_after_its_deadline_a_displaced_booking_is_no_longer_placed()
    {
        var booking = Displaced();

        booking.Reschedule(_checkpoint, On(20), 9, TestData.RescheduleFee, TestData.HoldDuration, RespondBy).ShouldFailWith("displacement-lapsed");

        booking.Status.ShouldBe(BookingStatus.Displaced);
    }

    [Fact]
    public void R22_R34_a_called_or_begun_booking_is_not_displaced()
    {
        var begun = TestData.Confirmed(_checkpoint);
        begun.Displace(RespondBy, begun.Interval.StartsAt).ShouldFailWith("booking-not-reschedulable");
        begun.Status.ShouldBe(BookingStatus.Confirmed);
        Displaced().Displace(RespondBy, Now).ShouldFailWith("booking-not-reschedulable");
    }

    [Fact]
    public void R21_a_displaced_booking_may_be_placed_again_or_end_and_nothing_else()
    {
        BookingStatusTransitions.IsAllowed(BookingStatus.Confirmed, BookingStatus.Displaced).ShouldBeTrue();
        BookingStatusTransitions.IsAllowed(BookingStatus.AwaitingPayment, BookingStatus.Displaced).ShouldBeFalse();
        Enum.GetValues<BookingStatus>().Where(to => BookingStatusTransitions.IsAllowed(BookingStatus.Displaced, to))
            .ShouldBe([BookingStatus.Confirmed, BookingStatus.Cancelled], ignoreOrder: true);
    }
}
