using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Checkpoints;

namespace Seo.Domain.Tests;

/// <summary>R22, R28: a capacity cut moves a booking free of charge, and the owner's next move is on the same terms until a deadline.</summary>
public sealed class CapacityCutMoveTests
{
    private static readonly DateTimeOffset Now = TestData.Now.AddHours(1);
    private static readonly DateTimeOffset RespondBy = Now.AddHours(24);
    private readonly Checkpoint _checkpoint = TestData.Dostyk();

    private BookedInterval On(int day, int hour = 10) => TestData.IntervalAt(_checkpoint, new DateOnly(2026, 12, day), new TimeOnly(hour, 0));

    [Fact]
    public void R22_R28_a_capacity_cut_moves_a_paid_booking_without_a_fee_or_a_reschedule_of_its_owners()
    {
        var booking = TestData.Confirmed(_checkpoint);
        var original = booking.Interval;
        booking.ClearDomainEvents();

        booking.MoveForCapacityCut(On(1, 11), newSequenceNumber: 21, RespondBy, Now).ShouldSucceed();

        booking.Interval.ShouldBe(On(1, 11));
        booking.Number.ShouldBe("DOSTYK-20261201-0021");
        booking.ReschedulesUsed.ShouldBe(0);
        booking.FreeReschedulesLeft.ShouldBe(2);
        booking.Paid.ShouldBe(TestData.BookingFee);
        booking.AmountDue.ShouldBeNull();
        booking.FreeMoveUntil.ShouldBe(RespondBy);
        var moved = booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<BookingMovedByCapacityCut>();
        moved.From.ShouldBe(original);
        moved.To.ShouldBe(On(1, 11));
        moved.RespondBy.ShouldBe(RespondBy);
        moved.Owner.ShouldBe(booking.Owner.AccountId);
    }

    [Fact]
    public void R28_after_a_capacity_cut_the_owners_own_move_before_the_deadline_is_free_and_uncounted_even_past_the_two_free_ones()
    {
        var booking = TestData.Confirmed(_checkpoint);
        booking.Reschedule(_checkpoint, On(2), 3, TestData.RescheduleFee, TestData.HoldDuration, Now).ShouldSucceed();
        booking.Reschedule(_checkpoint, On(3), 4, TestData.RescheduleFee, TestData.HoldDuration, Now).ShouldSucceed();
        booking.MoveForCapacityCut(On(3, 11), 5, RespondBy, Now).ShouldSucceed();

        booking.Reschedule(_checkpoint, On(4), 6, TestData.RescheduleFee, TestData.HoldDuration, Now.AddHours(1)).ShouldSucceed();

        booking.Interval.ShouldBe(On(4));
        booking.PendingReschedule.ShouldBeNull();
        booking.AmountDue.ShouldBeNull();
        booking.ReschedulesUsed.ShouldBe(2);
        booking.FreeMoveUntil.ShouldBeNull();
    }

    [Fact]
    public void R28_after_the_deadline_the_owners_move_is_an_ordinary_reschedule()
    {
        var booking = TestData.Confirmed(_checkpoint);
        booking.MoveForCapacityCut(On(1, 11), 5, RespondBy, Now).ShouldSucceed();

        booking.Reschedule(_checkpoint, On(4), 6, TestData.RescheduleFee, TestData.HoldDuration, RespondBy).ShouldSucceed();

        booking.ReschedulesUsed.ShouldBe(1);
    }

    [Fact]
    public void R22_an_unpaid_hold_moves_too_and_keeps_its_payment_deadline()
    {
        var booking = TestData.AwaitingPayment(_checkpoint);
        var hold = booking.HoldExpiresAt;

        booking.MoveForCapacityCut(On(1, 11), 5, RespondBy, Now).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
        booking.HoldExpiresAt.ShouldBe(hold);
        booking.AmountDue.ShouldBe(TestData.BookingFee);
    }

    [Fact]
    public void R22_R34_a_called_cancelled_or_past_booking_is_not_moved()
    {
        var cancelled = TestData.Confirmed(_checkpoint);
        cancelled.Cancel(Now).ShouldSucceed();
        cancelled.IsMovableByCapacityCut(Now).ShouldBeFalse();
        cancelled.MoveForCapacityCut(On(1, 11), 5, RespondBy, Now).ShouldFailWith("booking-not-reschedulable");

        var started = TestData.Confirmed(_checkpoint);
        started.IsMovableByCapacityCut(started.Interval.StartsAt).ShouldBeFalse();

        var same = TestData.Confirmed(_checkpoint);
        same.MoveForCapacityCut(same.Interval, 5, RespondBy, Now).ShouldFailWith("booking-not-reschedulable");
        same.FreeMoveUntil.ShouldBeNull();
    }

    [Fact]
    public void R22_R28_accepting_a_capacity_move_keeps_the_interval_and_ends_the_free_pick_so_the_next_move_is_an_ordinary_reschedule()
    {
        var booking = TestData.Confirmed(_checkpoint);
        booking.MoveForCapacityCut(On(1, 11), 5, RespondBy, Now).ShouldSucceed();
        booking.ClearDomainEvents();

        booking.AcceptCapacityMove(Now.AddHours(1)).ShouldSucceed();

        booking.Interval.ShouldBe(On(1, 11));
        booking.FreeMoveUntil.ShouldBeNull();
        booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<CapacityMoveAccepted>().Interval.ShouldBe(On(1, 11));
        booking.AcceptCapacityMove(Now.AddHours(2)).ShouldFailWith("no-capacity-move");
        booking.Reschedule(_checkpoint, On(4), 6, TestData.RescheduleFee, TestData.HoldDuration, Now.AddHours(2)).ShouldSucceed();
        booking.ReschedulesUsed.ShouldBe(1);
    }

    [Fact]
    public void R22_a_booking_no_cut_moved_or_past_its_deadline_has_no_move_to_accept()
    {
        TestData.Confirmed(_checkpoint).AcceptCapacityMove(Now).ShouldFailWith("no-capacity-move");
        var moved = TestData.Confirmed(_checkpoint);
        moved.MoveForCapacityCut(On(1, 11), 5, RespondBy, Now).ShouldSucceed();
        moved.AcceptCapacityMove(RespondBy).ShouldFailWith("no-capacity-move");
    }
}
