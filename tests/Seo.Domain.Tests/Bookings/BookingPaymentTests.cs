using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class BookingPaymentTests
{
    private static readonly DateTimeOffset HoldEnd = TestData.Now + TestData.HoldDuration;

    [Fact]
    public void R23_paying_the_exact_fee_confirms_the_booking()
    {
        var booking = TestData.AwaitingPayment();
        var paidAt = TestData.Now.AddMinutes(10);

        booking.Pay(TestData.BookingFee, "KASPI-0001", paidAt).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.Paid.ShouldBe(TestData.BookingFee);
        booking.PaymentReference.ShouldBe("KASPI-0001");
        booking.HoldExpiresAt.ShouldBeNull();
        var paid = booking.DomainEvents.OfType<BookingPaid>().ShouldHaveSingleItem();
        paid.Amount.ShouldBe(TestData.BookingFee);
        paid.PaymentReference.ShouldBe("KASPI-0001");
        paid.OccurredAt.ShouldBe(paidAt);
    }

    [Theory]
    [InlineData(12_974.99)]
    [InlineData(12_975.01)]
    [InlineData(0)]
    public void R23_paying_a_different_amount_is_refused(double amount)
    {
        var booking = TestData.AwaitingPayment();

        booking.Pay(Money.Kzt((decimal)amount), "KASPI-0001", TestData.Now.AddMinutes(10)).ShouldFailWith("payment-amount-mismatch");

        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
        booking.Paid.ShouldBe(Money.Zero);
        booking.DomainEvents.OfType<BookingPaid>().ShouldBeEmpty();
    }

    [Fact]
    public void Paying_when_the_hold_has_expired_is_refused()
    {
        var booking = TestData.AwaitingPayment();

        booking.Pay(TestData.BookingFee, "KASPI-0001", HoldEnd).ShouldFailWith("hold-expired");

        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
    }

    [Fact]
    public void Paying_just_before_the_hold_ends_is_accepted()
    {
        var booking = TestData.AwaitingPayment();

        booking.Pay(TestData.BookingFee, "KASPI-0001", HoldEnd.AddTicks(-1)).ShouldSucceed();
    }

    [Fact]
    public void Paying_twice_is_refused()
    {
        var booking = TestData.Confirmed();

        booking.Pay(TestData.BookingFee, "KASPI-0002", TestData.Now.AddMinutes(6)).ShouldFailWith("nothing-to-pay");

        booking.Paid.ShouldBe(TestData.BookingFee);
    }

    [Fact]
    public void Payment_needs_a_reference()
    {
        var booking = TestData.AwaitingPayment();

        Should.Throw<ArgumentException>(() => booking.Pay(TestData.BookingFee, " ", TestData.Now));
    }

    [Fact]
    public void Expire_before_the_hold_ends_is_refused()
    {
        var booking = TestData.AwaitingPayment();

        booking.Expire(HoldEnd.AddTicks(-1)).ShouldFailWith("illegal-status-transition");

        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
        booking.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Unpaid_hold_expires_once_it_has_run_out()
    {
        var booking = TestData.AwaitingPayment();

        booking.Expire(HoldEnd).ShouldSucceed();

        booking.Status.ShouldBe(BookingStatus.Expired);
        booking.IsActive.ShouldBeFalse();
        booking.ClosedAt.ShouldBe(HoldEnd);
        var expired = booking.DomainEvents.OfType<BookingExpired>().ShouldHaveSingleItem();
        expired.Interval.ShouldBe(booking.Interval);
        expired.Checkpoint.ShouldBe(booking.Checkpoint);
    }

    [Fact]
    public void Paid_booking_never_expires()
    {
        var booking = TestData.Confirmed();

        booking.Expire(HoldEnd.AddDays(1)).ShouldFailWith("illegal-status-transition");

        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void Expired_booking_cannot_be_paid()
    {
        var booking = TestData.AwaitingPayment();
        booking.Expire(HoldEnd).ShouldSucceed();

        booking.Pay(TestData.BookingFee, "KASPI-0001", HoldEnd.AddMinutes(1)).IsSuccess.ShouldBeFalse();

        booking.Status.ShouldBe(BookingStatus.Expired);
        booking.Paid.ShouldBe(Money.Zero);
    }

    [Fact]
    public void Unpaid_booking_is_due_its_fee_until_the_hold_ends()
    {
        var booking = TestData.AwaitingPayment();

        booking.AmountDue.ShouldBe(TestData.BookingFee);
        booking.PaymentDue(HoldEnd.AddTicks(-1)).ShouldSucceed().ShouldBe(TestData.BookingFee);
        booking.PaymentDue(HoldEnd).ShouldFailWith("hold-expired");
    }

    [Fact]
    public void Paid_booking_has_nothing_due()
    {
        var booking = TestData.Confirmed();

        booking.AmountDue.ShouldBeNull();
        booking.PaymentDue(TestData.Now.AddMinutes(6)).ShouldFailWith("nothing-to-pay");
    }

    [Fact]
    public void Cancelled_or_expired_booking_has_nothing_due()
    {
        var cancelled = TestData.AwaitingPayment();
        cancelled.Cancel(TestData.Now.AddMinutes(1));
        var expired = TestData.AwaitingPayment();
        expired.Expire(HoldEnd);

        cancelled.PaymentDue(TestData.Now.AddMinutes(2)).ShouldFailWith("nothing-to-pay");
        expired.PaymentDue(HoldEnd).ShouldFailWith("nothing-to-pay");
    }

    [Fact]
    public void R35_an_interval_that_has_ended_is_not_paid_for_even_while_the_hold_lasts()
    {
        var checkpoint = TestData.Dostyk();
        var interval = TestData.IntervalAt(checkpoint);
        var issuedAt = interval.EndsAt.AddMinutes(-10);
        var booking = Booking.Issue(TestData.Request(checkpoint), issuedAt).Value;

        booking.PaymentDue(interval.EndsAt).ShouldFailWith("booking-interval-ended");
        booking.Pay(TestData.BookingFee, "KASPI-0001", interval.EndsAt.AddMinutes(1)).ShouldFailWith("booking-interval-ended");

        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
        booking.Pay(TestData.BookingFee, "KASPI-0001", interval.EndsAt.AddMinutes(-1)).ShouldSucceed();
    }
}
