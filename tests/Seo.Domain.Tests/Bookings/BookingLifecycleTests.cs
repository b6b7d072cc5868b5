using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Journey = Seo.Domain.Bookings.Journey;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class BookingLifecycleTests
{
    private static readonly DateTimeOffset IntervalStart = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset IntervalEnd = IntervalStart.AddHours(1);

    [Fact]
    public void R23_an_expired_booking_goes_only_to_confirmed_and_only_by_its_fee_paid_late()
    {
        foreach (var to in Enum.GetValues<BookingStatus>())
        {
            BookingStatusTransitions.IsAllowed(BookingStatus.Expired, to).ShouldBe(to == BookingStatus.Confirmed, $"Expired -> {to}");
        }

        var booking = TestData.AwaitingPayment();
        booking.Expire(booking.HoldExpiresAt!.Value).ShouldSucceed();
        booking.Pay(booking.Fee, "GW-1", booking.HoldExpiresAt!.Value).ShouldFailWith("nothing-to-pay");
        booking.Status.ShouldBe(BookingStatus.Expired);
    }

    [Theory]
    [InlineData(BookingStatus.Completed)]
    [InlineData(BookingStatus.RefusedEntry)]
    [InlineData(BookingStatus.Cancelled)]
    [InlineData(BookingStatus.Annulled)]
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
    [InlineData(BookingStatus.LeftWaitingZone)]
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
        booking.AnnulOverdue(Journey.JourneyPolicy.Default, IntervalEnd + Journey.JourneyPolicy.Default.ArrivalGrace).ShouldSucceed();
    }
}
