using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class BookingRescheduleTests
{
    private static readonly DateTimeOffset Now = TestData.Now.AddHours(1);
    private readonly Checkpoint _checkpoint = TestData.Dostyk();

    private BookedInterval On(int day, int hour = 10) => TestData.IntervalAt(_checkpoint, new DateOnly(2026, 12, day), new TimeOnly(hour, 0));

    private Result Move(Booking booking, BookedInterval to, int sequence = 3, DateTimeOffset? at = null) =>
        booking.Reschedule(_checkpoint, to, sequence, TestData.RescheduleFee, TestData.HoldDuration, at ?? Now);

    private Booking ConfirmedAfterTwoFreeReschedules()
    {
        var booking = TestData.Confirmed(_checkpoint);
        Move(booking, On(2)).ShouldSucceed();
        Move(booking, On(3)).ShouldSucceed();
        return booking;
    }

    [Fact]
    public void R28_two_free_reschedules_apply_at_once()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var original = booking.Interval;

        Move(booking, On(2), sequence: 11).ShouldSucceed();

        booking.Interval.ShouldBe(On(2));
        booking.ReschedulesUsed.ShouldBe(1);
        booking.NextRescheduleIsFree.ShouldBeTrue();
        booking.SequenceNumber.ShouldBe(11);
        booking.Number.ShouldBe("DOSTYK-20261202-0011");

        Move(booking, On(3), sequence: 12).ShouldSucceed();

        booking.Interval.ShouldBe(On(3));
        booking.ReschedulesUsed.ShouldBe(2);
        booking.NextRescheduleIsFree.ShouldBeFalse();
        booking.Paid.ShouldBe(TestData.BookingFee);
        booking.PendingReschedule.ShouldBeNull();
        var moves = booking.DomainEvents.OfType<BookingRescheduled>().ToList();
        moves.Count.ShouldBe(2);
        moves.ShouldAllBe(m => !m.Paid);
        moves[0].From.ShouldBe(original);
        moves[0].To.ShouldBe(On(2));
        moves[1].ReschedulesUsed.ShouldBe(2);
    }

    [Fact]
    public void R28_third_reschedule_needs_a_fee()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();

        Move(booking, On(4), sequence: 21).ShouldSucceed();

        booking.Interval.ShouldBe(On(3), "the booking keeps its interval until the fee is paid");
        booking.ReschedulesUsed.ShouldBe(2);
        var pending = booking.PendingReschedule.ShouldNotBeNull();
        pending.Interval.ShouldBe(On(4));
        pending.Fee.ShouldBe(TestData.RescheduleFee);
        pending.SequenceNumber.ShouldBe(21);
        pending.HoldExpiresAt.ShouldBe(Now + TestData.HoldDuration);
        var requested = booking.DomainEvents.OfType<RescheduleFeeRequested>().ShouldHaveSingleItem();
        requested.Fee.ShouldBe(TestData.RescheduleFee);
        requested.Interval.ShouldBe(On(4));
        requested.HoldExpiresAt.ShouldBe(pending.HoldExpiresAt);
        booking.DomainEvents.OfType<BookingRescheduled>().Count().ShouldBe(2);
    }

    [Fact]
    public void R28_paying_the_reschedule_fee_applies_the_reschedule()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4), sequence: 21);

        booking.Pay(TestData.RescheduleFee, "KASPI-0002", Now.AddMinutes(5)).ShouldSucceed();

        booking.Interval.ShouldBe(On(4));
        booking.PendingReschedule.ShouldBeNull();
        booking.ReschedulesUsed.ShouldBe(3);
        booking.Number.ShouldBe("DOSTYK-20261204-0021");
        booking.Paid.ShouldBe(TestData.BookingFee + TestData.RescheduleFee);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        var moved = booking.DomainEvents.OfType<BookingRescheduled>().Last();
        moved.Paid.ShouldBeTrue();
        moved.From.ShouldBe(On(3));
        moved.To.ShouldBe(On(4));
    }

    [Fact]
    public void R28_every_reschedule_after_the_second_needs_a_fee()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));
        booking.Pay(TestData.RescheduleFee, "KASPI-0002", Now.AddMinutes(5));

        Move(booking, On(5), at: Now.AddMinutes(10)).ShouldSucceed();

        booking.Interval.ShouldBe(On(4));
        booking.PendingReschedule.ShouldNotBeNull().Interval.ShouldBe(On(5));
    }

    [Fact]
    public void R28_reschedule_fee_of_a_different_amount_is_refused()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));

        booking.Pay(TestData.BookingFee, "KASPI-0002", Now.AddMinutes(5)).ShouldFailWith("payment-amount-mismatch");

        booking.Interval.ShouldBe(On(3));
        booking.PendingReschedule.ShouldNotBeNull();
    }

    [Fact]
    public void R28_reschedule_fee_after_its_hold_expired_is_refused()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));

        booking.Pay(TestData.RescheduleFee, "KASPI-0002", Now + TestData.HoldDuration).ShouldFailWith("hold-expired");

        booking.Interval.ShouldBe(On(3));
    }

    [Fact]
    public void R28_another_reschedule_while_one_awaits_its_fee_is_refused()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));

        Move(booking, On(5)).ShouldFailWith("reschedule-pending");
    }

    [Fact]
    public void R28_unpaid_reschedule_hold_is_released_only_after_it_runs_out()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));

        booking.ExpirePendingReschedule(Now + TestData.HoldDuration - TimeSpan.FromTicks(1)).IsSuccess.ShouldBeFalse();
        booking.PendingReschedule.ShouldNotBeNull();

        booking.ExpirePendingReschedule(Now + TestData.HoldDuration).ShouldSucceed();

        booking.PendingReschedule.ShouldBeNull();
        booking.Interval.ShouldBe(On(3));
        booking.ReschedulesUsed.ShouldBe(2);
        booking.DomainEvents.OfType<PendingRescheduleReleased>().ShouldHaveSingleItem().Interval.ShouldBe(On(4));
    }

    [Fact]
    public void R28_cancel_after_payment_keeps_every_fee_paid_and_releases_a_pending_reschedule()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));
        booking.Pay(TestData.RescheduleFee, "KASPI-0002", Now.AddMinutes(5));
        Move(booking, On(5), at: Now.AddMinutes(10));

        booking.Cancel(Now.AddMinutes(15)).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.PendingReschedule.ShouldBeNull();
        booking.DomainEvents.OfType<PendingRescheduleReleased>().ShouldHaveSingleItem().Interval.ShouldBe(On(5));
        var cancelled = booking.DomainEvents.OfType<BookingCancelled>().ShouldHaveSingleItem();
        cancelled.FeeRetained.ShouldBe(TestData.BookingFee + TestData.RescheduleFee);
        cancelled.Refunded.ShouldBe(Money.Zero);
    }

    [Fact]
    public void R28_reschedule_of_an_unpaid_booking_is_refused()
    {
        var booking = TestData.AwaitingPayment(_checkpoint);

        Move(booking, On(2)).ShouldFailWith("booking-not-reschedulable").Rule.ShouldBe("R28");

        booking.Interval.ShouldBe(On(1));
    }

    [Fact]
    public void R28_reschedule_after_the_interval_has_started_is_refused()
    {
        var booking = TestData.Confirmed(_checkpoint);

        Move(booking, On(2), at: booking.Interval.StartsAt).ShouldFailWith("booking-not-reschedulable");
    }

    [Fact]
    public void R28_reschedule_to_the_same_interval_is_refused()
    {
        var booking = TestData.Confirmed(_checkpoint);

        Move(booking, On(1)).ShouldFailWith("same-interval");

        booking.ReschedulesUsed.ShouldBe(0);
    }

    [Fact]
    public void R28_reschedule_to_another_time_on_the_same_day_is_allowed()
    {
        var booking = TestData.Confirmed(_checkpoint);

        Move(booking, On(1, hour: 14)).ShouldSucceed();

        booking.Interval.Start.ShouldBe(new TimeOnly(14, 0));
    }

    [Fact]
    public void R22_reschedule_beyond_the_horizon_is_refused()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var day91 = TestData.IntervalAt(_checkpoint, DateOnly.FromDateTime(_checkpoint.LocalTime(Now)).AddDays(91), new TimeOnly(10, 0));

        Move(booking, day91).ShouldFailWith("beyond-booking-horizon");

        booking.Interval.ShouldBe(On(1));
        booking.ReschedulesUsed.ShouldBe(0);
    }

    [Fact]
    public void R22_reschedule_into_the_past_is_refused()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var earlierToday = TestData.IntervalAt(_checkpoint, TestData.Today, new TimeOnly(6, 0));

        Move(booking, earlierToday).ShouldFailWith("interval-in-the-past");
    }

    [Fact]
    public void R36_reschedule_to_another_checkpoint_is_refused()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var khorgos = TestData.Dostyk(code: "KHORGOS");

        booking.Reschedule(khorgos, TestData.IntervalAt(khorgos, new DateOnly(2026, 12, 2), new TimeOnly(10, 0)), 1, TestData.RescheduleFee, TestData.HoldDuration, Now)
            .ShouldFailWith("booking-not-transferable");

        booking.Checkpoint.Value.ShouldBe("DOSTYK");
    }

    [Fact]
    public void R36_owner_and_vehicle_are_unchanged_after_reschedule()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var owner = booking.Owner;
        var vehicle = booking.Vehicle;

        Move(booking, On(2)).ShouldSucceed();
        Move(booking, On(3)).ShouldSucceed();

        booking.Owner.ShouldBeSameAs(owner);
        booking.Vehicle.ShouldBeSameAs(vehicle);
    }

    [Fact]
    public void R28_free_reschedules_left_counts_down_to_zero()
    {
        var booking = TestData.Confirmed(_checkpoint);
        booking.FreeReschedulesLeft.ShouldBe(2);

        Move(booking, On(2));
        booking.FreeReschedulesLeft.ShouldBe(1);
        Move(booking, On(3));
        booking.FreeReschedulesLeft.ShouldBe(0);
        Move(booking, On(4));
        booking.Pay(TestData.RescheduleFee, "KASPI-0002", Now.AddMinutes(5));
        booking.FreeReschedulesLeft.ShouldBe(0);
    }

    [Fact]
    public void R28_pending_reschedule_fee_is_what_is_due_until_its_hold_ends()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        booking.AmountDue.ShouldBeNull();

        Move(booking, On(4));

        booking.AmountDue.ShouldBe(TestData.RescheduleFee);
        booking.HoldExpiresAt.ShouldBe(Now + TestData.HoldDuration);
        booking.PaymentDue(Now.AddMinutes(1)).ShouldSucceed().ShouldBe(TestData.RescheduleFee);
        booking.PaymentDue(Now + TestData.HoldDuration).ShouldFailWith("hold-expired");
    }

    [Fact]
    public void R28_paid_reschedule_leaves_nothing_due()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));

        booking.Pay(TestData.RescheduleFee, "KASPI-0002", Now.AddMinutes(5));

        booking.AmountDue.ShouldBeNull();
        booking.HoldExpiresAt.ShouldBeNull();
        booking.PaymentDue(Now.AddMinutes(6)).ShouldFailWith("nothing-to-pay");
    }

    [Fact]
    public void R28_released_reschedule_leaves_nothing_due()
    {
        var booking = ConfirmedAfterTwoFreeReschedules();
        Move(booking, On(4));

        booking.ExpirePendingReschedule(Now + TestData.HoldDuration);

        booking.AmountDue.ShouldBeNull();
        booking.HoldExpiresAt.ShouldBeNull();
    }
}
