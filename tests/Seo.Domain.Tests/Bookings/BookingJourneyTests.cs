using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;

namespace Seo.Domain.Tests;

/// <summary>The booking's journey at the checkpoint: camera reads, the call, lateness and no-shows (R28–R35, R10).</summary>
public sealed class BookingJourneyTests
{
    private static readonly JourneyPolicy Policy = JourneyPolicy.Default;

    // TestData's bookings are for 1 December 2026, 10:00–11:00 at DOSTYK (UTC+5): winter.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset End = Start.AddHours(1);
    private static readonly DateTimeOffset LateAfter = End + Policy.ArrivalGrace;

    private static ReadOutcome Read(Booking booking, CameraPoint point, DateTimeOffset at, bool zone = true) =>
        booking.RecordRead(point, at, zone, Policy, at);

    [Fact]
    public void R31_R34_R30_R10_a_paid_vehicle_goes_from_the_zone_through_the_call_to_the_border()
    {
        var booking = TestData.Confirmed();

        Read(booking, CameraPoint.WaitingZoneEntry, Start.AddHours(-3)).ShouldBe(ReadOutcome.Advanced);
        booking.Status.ShouldBe(BookingStatus.InWaitingZone);
        booking.Call(Start.AddHours(-2)).ShouldSucceed();
        booking.Status.ShouldBe(BookingStatus.Called);
        Read(booking, CameraPoint.WaitingZoneExit, Start.AddMinutes(-30)).ShouldBe(ReadOutcome.Advanced);
        Read(booking, CameraPoint.CheckpointEntry, Start.AddMinutes(-20)).ShouldBe(ReadOutcome.Advanced);
        booking.IsActive.ShouldBeTrue();
        Read(booking, CameraPoint.BorderLine, Start.AddMinutes(10)).ShouldBe(ReadOutcome.Advanced);

        booking.Status.ShouldBe(BookingStatus.Completed);
        booking.IsActive.ShouldBeFalse();
        (booking.ArrivedAt, booking.CalledAt, booking.LeftZoneAt, booking.EnteredAt, booking.CrossedAt)
            .ShouldBe((Start.AddHours(-3), Start.AddHours(-2), Start.AddMinutes(-30), Start.AddMinutes(-20), Start.AddMinutes(10)));
        booking.DomainEvents.OfType<BookingProgressed>().Select(e => (e.From, e.To)).ShouldBe(
        [
            (BookingStatus.Confirmed, BookingStatus.InWaitingZone),
            (BookingStatus.InWaitingZone, BookingStatus.Called),
            (BookingStatus.Called, BookingStatus.LeftWaitingZone),
            (BookingStatus.LeftWaitingZone, BookingStatus.AtCheckpoint),
            (BookingStatus.AtCheckpoint, BookingStatus.Completed),
        ]);
        booking.DomainEvents.OfType<BookingCalled>().ShouldHaveSingleItem().InWaitingZone.ShouldBeTrue();
    }

    [Theory]
    [InlineData(CameraPoint.WaitingZoneEntry)]
    [InlineData(CameraPoint.WaitingZoneExit)]
    [InlineData(CameraPoint.CheckpointEntry)]
    [InlineData(CameraPoint.BorderLine)]
    public void R30_an_unpaid_hold_is_never_admitted(CameraPoint point)
    {
        var booking = TestData.AwaitingPayment();

        Read(booking, point, Start).ShouldBe(ReadOutcome.NotPaid);

        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
    }

    [Fact]
    public void R34_a_vehicle_called_before_it_arrives_enters_the_zone_as_called()
    {
        var booking = TestData.Confirmed();
        booking.Call(Start.AddHours(-2)).ShouldSucceed();
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.DomainEvents.OfType<BookingCalled>().ShouldHaveSingleItem().InWaitingZone.ShouldBeFalse();

        Read(booking, CameraPoint.WaitingZoneEntry, Start.AddMinutes(-40)).ShouldBe(ReadOutcome.Advanced);

        booking.Status.ShouldBe(BookingStatus.Called);
        Read(booking, CameraPoint.WaitingZoneExit, Start.AddMinutes(-35)).ShouldBe(ReadOutcome.Advanced);
    }

    [Fact]
    public void R34_a_vehicle_is_called_once()
    {
        var booking = TestData.Confirmed();
        booking.Call(Start.AddHours(-2)).ShouldSucceed();

        booking.Call(Start.AddHours(-1)).ShouldFailWith("illegal-status-transition");

        booking.CalledAt.ShouldBe(Start.AddHours(-2));
        booking.DomainEvents.OfType<BookingCalled>().Count().ShouldBe(1);
    }

    [Fact]
    public void R34_an_unpaid_hold_is_not_called()
    {
        TestData.AwaitingPayment().Call(Start.AddHours(-2)).ShouldFailWith("illegal-status-transition");
    }

    [Fact]
    public void R34_a_called_booking_can_no_longer_be_rescheduled()
    {
        var checkpoint = TestData.Dostyk();
        var booking = TestData.Confirmed(checkpoint);
        booking.Call(TestData.Now).ShouldSucceed();

        booking.CanReschedule(checkpoint, TestData.IntervalAt(checkpoint, TestData.BookedDate, new TimeOnly(12, 0)), TestData.Now)
            .ShouldFailWith("booking-not-reschedulable");
    }

    [Fact]
    public void R31_leaving_the_zone_before_the_call_is_out_of_order_and_moves_nothing()
    {
        var booking = TestData.Confirmed();
        Read(booking, CameraPoint.WaitingZoneEntry, Start.AddHours(-3));

        Read(booking, CameraPoint.WaitingZoneExit, Start.AddHours(-2.5)).ShouldBe(ReadOutcome.OutOfOrder);

        booking.Status.ShouldBe(BookingStatus.InWaitingZone);
        booking.LeftZoneAt.ShouldBeNull();
    }

    [Fact]
    public void R31_entering_the_checkpoint_without_coming_out_of_the_zone_is_out_of_order()
    {
        var booking = TestData.Confirmed();

        Read(booking, CameraPoint.CheckpointEntry, Start).ShouldBe(ReadOutcome.OutOfOrder);
        Read(booking, CameraPoint.BorderLine, Start).ShouldBe(ReadOutcome.OutOfOrder);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void R10_a_second_read_of_the_same_step_is_flagged_repeated_and_changes_nothing()
    {
        var booking = TestData.Confirmed();
        Read(booking, CameraPoint.WaitingZoneEntry, Start.AddHours(-3));
        var version = booking.Version;

        Read(booking, CameraPoint.WaitingZoneEntry, Start.AddHours(-2.9)).ShouldBe(ReadOutcome.Repeated);

        booking.ArrivedAt.ShouldBe(Start.AddHours(-3));
        booking.Version.ShouldBe(version);
    }

    [Fact]
    public void R31_an_arrival_before_the_earliest_arrival_is_too_early_and_is_not_let_in()
    {
        var booking = TestData.Confirmed();

        Read(booking, CameraPoint.WaitingZoneEntry, Start - Policy.EarliestArrival - TimeSpan.FromMinutes(1)).ShouldBe(ReadOutcome.TooEarly);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        Read(booking, CameraPoint.WaitingZoneEntry, Start - Policy.EarliestArrival).ShouldBe(ReadOutcome.Advanced);
    }

    [Fact]
    public void R28_a_late_arrival_annuls_the_booking_without_refund()
    {
        var booking = TestData.Confirmed();

        Read(booking, CameraPoint.WaitingZoneEntry, LateAfter.AddSeconds(1)).ShouldBe(ReadOutcome.Late);

        booking.Status.ShouldBe(BookingStatus.Annulled);
        booking.AnnulmentReason.ShouldBe(AnnulmentReason.LateArrival);
        var annulled = booking.DomainEvents.OfType<BookingAnnulled>().ShouldHaveSingleItem();
        annulled.FeeRetained.ShouldBe(TestData.BookingFee);
        annulled.Reason.ShouldBe(AnnulmentReason.LateArrival);
    }

    [Fact]
    public void R28_an_arrival_within_the_grace_is_not_late()
    {
        var booking = TestData.Confirmed();

        Read(booking, CameraPoint.WaitingZoneEntry, LateAfter).ShouldBe(ReadOutcome.Advanced);
    }

    [Fact]
    public void R30_without_a_waiting_zone_a_vehicle_is_admitted_at_entry_from_its_call_time()
    {
        var booking = TestData.Confirmed();
        var callAt = Policy.CallAt(booking.Interval);

        Read(booking, CameraPoint.CheckpointEntry, callAt.AddMinutes(-1), zone: false).ShouldBe(ReadOutcome.TooEarly);
        Read(booking, CameraPoint.WaitingZoneEntry, callAt, zone: false).ShouldBe(ReadOutcome.Observed);
        Read(booking, CameraPoint.CheckpointEntry, callAt, zone: false).ShouldBe(ReadOutcome.Advanced);

        booking.Status.ShouldBe(BookingStatus.AtCheckpoint);
        Read(booking, CameraPoint.BorderLine, Start).ShouldBe(ReadOutcome.Advanced);
        booking.Status.ShouldBe(BookingStatus.Completed);
    }

    [Fact]
    public void R35_a_no_show_is_annulled_only_once_its_interval_and_grace_are_over()
    {
        var booking = TestData.Confirmed();

        booking.AnnulOverdue(Policy, LateAfter.AddTicks(-1)).ShouldFailWith("illegal-status-transition");
        booking.AnnulOverdue(Policy, LateAfter).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Annulled);
        booking.AnnulmentReason.ShouldBe(AnnulmentReason.NoShow);
        booking.ClosedAt.ShouldBe(LateAfter);
        booking.DomainEvents.OfType<BookingAnnulled>().ShouldHaveSingleItem().FeeRetained.ShouldBe(TestData.BookingFee);
    }

    [Fact]
    public void R35_a_vehicle_called_before_it_came_that_never_came_is_a_no_show()
    {
        var booking = TestData.Confirmed();
        booking.Call(Start.AddHours(-2));

        booking.AnnulOverdue(Policy, LateAfter).ShouldSucceed();

        booking.AnnulmentReason.ShouldBe(AnnulmentReason.NoShow);
    }

    [Fact]
    public void R28_a_called_vehicle_that_did_not_leave_the_zone_in_time_is_annulled_for_late_departure()
    {
        var booking = TestData.Confirmed();
        Read(booking, CameraPoint.WaitingZoneEntry, Start.AddHours(-3));
        booking.Call(Start.AddHours(-2));

        booking.AnnulOverdue(Policy, LateAfter).ShouldSucceed();

        booking.AnnulmentReason.ShouldBe(AnnulmentReason.LateDeparture);
        booking.DomainEvents.OfType<BookingAnnulled>().ShouldHaveSingleItem().FeeRetained.ShouldBe(TestData.BookingFee);
    }

    [Fact]
    public void R35_a_vehicle_that_moved_on_is_never_annulled()
    {
        var onTerritory = TestData.Confirmed();
        Read(onTerritory, CameraPoint.WaitingZoneEntry, Start.AddHours(-3));
        onTerritory.Call(Start.AddHours(-2));
        Read(onTerritory, CameraPoint.WaitingZoneExit, Start.AddMinutes(-30));
        var crossed = TestData.Confirmed();
        Read(crossed, CameraPoint.CheckpointEntry, Start, zone: false);
        Read(crossed, CameraPoint.BorderLine, Start.AddMinutes(5));

        onTerritory.AnnulOverdue(Policy, LateAfter.AddHours(5)).ShouldFailWith("illegal-status-transition");
        crossed.AnnulOverdue(Policy, LateAfter.AddHours(5)).ShouldFailWith("illegal-status-transition");

        onTerritory.Status.ShouldBe(BookingStatus.LeftWaitingZone);
        crossed.Status.ShouldBe(BookingStatus.Completed);
    }

    [Fact]
    public void R35_an_unpaid_hold_is_not_annulled_it_expires()
    {
        TestData.AwaitingPayment().AnnulOverdue(Policy, LateAfter).ShouldFailWith("illegal-status-transition");
    }

    [Fact]
    public void R29_a_paid_booking_is_reminded_once()
    {
        var booking = TestData.Confirmed();

        booking.Remind(Start.AddHours(-25)).ShouldSucceed();
        booking.Remind(Start.AddHours(-24)).ShouldFailWith("illegal-status-transition");

        booking.RemindedAt.ShouldBe(Start.AddHours(-25));
        booking.DomainEvents.OfType<BookingReminded>().ShouldHaveSingleItem().Booking.Number.ShouldBe(booking.Number);
    }

    [Fact]
    public void R29_an_unpaid_hold_is_not_reminded()
    {
        TestData.AwaitingPayment().Remind(Start.AddHours(-25)).ShouldFailWith("illegal-status-transition");
    }

    [Fact]
    public void An_officer_refuses_entry_with_a_reason_and_the_booking_closes()
    {
        var booking = TestData.Confirmed();
        Read(booking, CameraPoint.WaitingZoneEntry, Start.AddHours(-3));

        booking.RefuseEntry("  Seal on the trailer broken  ", Start).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.RefusedEntry);
        booking.RefusalReason.ShouldBe("Seal on the trailer broken");
        booking.IsActive.ShouldBeFalse();
        booking.DomainEvents.OfType<BookingProgressed>().Last().Reason.ShouldBe("Seal on the trailer broken");
    }
}
