using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

/// <summary>The rule for a booking fee paid after its hold ran out (docs/payments.md): the booking comes back if it still can.</summary>
public sealed class LatePaymentTests
{
    private static Booking Expired(out DateTimeOffset expiredAt)
    {
        var booking = TestData.AwaitingPayment();
        expiredAt = booking.HoldExpiresAt!.Value;
        booking.Expire(expiredAt).ShouldSucceed();
        return booking;
    }

    [Fact]
    public void R23_a_fee_paid_after_the_hold_ran_out_confirms_the_booking_on_its_place_taken_again()
    {
        var booking = Expired(out var at);

        booking.ConfirmByLatePayment(booking.Fee, "GW-1", 7, vehicleHasOtherActiveBooking: false, at.AddMinutes(2)).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.Paid.ShouldBe(booking.Fee);
        booking.PaymentReference.ShouldBe("GW-1");
        booking.SequenceNumber.ShouldBe(7);
        booking.DomainEvents.OfType<BookingConfirmedByLatePayment>().ShouldHaveSingleItem();
        booking.DomainEvents.OfType<BookingPaid>().ShouldHaveSingleItem();
    }

    [Fact]
    public void R21_a_late_fee_does_not_bring_a_booking_back_when_the_vehicle_has_another_one()
    {
        var booking = Expired(out var at);

        booking.ConfirmByLatePayment(booking.Fee, "GW-1", 7, vehicleHasOtherActiveBooking: true, at.AddMinutes(2)).ShouldFailWith("vehicle-has-active-booking");

        booking.Status.ShouldBe(BookingStatus.Expired);
    }

    [Fact]
    public void R23_a_late_fee_does_not_bring_back_a_booking_whose_interval_has_begun()
    {
        var booking = Expired(out _);

        booking.ConfirmByLatePayment(booking.Fee, "GW-1", 7, vehicleHasOtherActiveBooking: false, booking.Interval.StartsAt).ShouldFailWith("booking-interval-ended");

        booking.Status.ShouldBe(BookingStatus.Expired);
    }

    [Fact]
    public void R23_a_late_payment_of_another_amount_than_the_fee_is_refused()
    {
        var booking = Expired(out var at);

        booking.ConfirmByLatePayment(Money.Kzt(1m), "GW-1", 7, vehicleHasOtherActiveBooking: false, at.AddMinutes(2)).ShouldFailWith("payment-amount-mismatch");

        booking.Paid.Amount.ShouldBe(0m);
    }

    [Fact]
    public void Only_an_expired_booking_is_confirmed_by_a_late_payment()
    {
        var booking = TestData.AwaitingPayment();

        booking.ConfirmByLatePayment(booking.Fee, "GW-1", 7, vehicleHasOtherActiveBooking: false, TestData.Now).ShouldFailWith("illegal-status-transition");

        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
    }
}
