using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;

namespace Seo.Domain.Tests;

/// <summary>R28: a booking fee the registrar refunds for the system's or the state's fault takes the booking with it while it is unused.</summary>
public sealed class RefundWithdrawalTests
{
    [Fact]
    public void R28_a_refunded_fee_withdraws_a_booking_whose_vehicle_has_not_come_and_gives_its_place_back()
    {
        var booking = TestData.Confirmed();

        booking.WithdrawForRefund(booking.Fee, TestData.Now.AddHours(1)).ShouldBeTrue();

        booking.Status.ShouldBe(BookingStatus.Cancelled);
        var cancelled = booking.DomainEvents.OfType<BookingCancelled>().ShouldHaveSingleItem();
        cancelled.Refunded.ShouldBe(booking.Fee);
        cancelled.FeeRetained.Amount.ShouldBe(0m);
        cancelled.Interval.ShouldBe(booking.Interval);
    }

    [Fact]
    public void R28_a_refund_leaves_a_booking_whose_interval_has_ended_as_it_is()
    {
        var booking = TestData.Confirmed();

        booking.WithdrawForRefund(booking.Fee, booking.Interval.EndsAt).ShouldBeFalse();

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.DomainEvents.OfType<BookingCancelled>().ShouldBeEmpty();
    }

    [Fact]
    public void R28_a_refund_leaves_an_unpaid_or_finished_booking_as_it_is()
    {
        var unpaid = TestData.AwaitingPayment();
        var cancelled = TestData.Confirmed();
        cancelled.Cancel(TestData.Now.AddMinutes(10)).ShouldSucceed();
        cancelled.ClearDomainEvents();

        unpaid.WithdrawForRefund(TestData.BookingFee, TestData.Now.AddHours(1)).ShouldBeFalse();
        cancelled.WithdrawForRefund(TestData.BookingFee, TestData.Now.AddHours(1)).ShouldBeFalse();

        unpaid.Status.ShouldBe(BookingStatus.AwaitingPayment);
        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
        cancelled.DomainEvents.ShouldBeEmpty();
    }
}
