using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class PaymentIntentTests
{
    private static readonly DateTimeOffset Now = TestData.Now;

    private static PaymentIntent Intent(Money? amount = null) => PaymentIntent.Open(
        "booking-1:fee", PaymentPurpose.BookingFee, AccountId.New(), BookingId.New(), "DOSTYK-20261201-0001", amount ?? TestData.BookingFee, 3, Now.AddMinutes(30), Now);

    [Fact]
    public void R23_an_intent_opens_pending_for_the_amount_due_with_the_tariff_version_it_was_issued_under()
    {
        var intent = Intent();

        intent.Status.ShouldBe(PaymentIntentStatus.Pending);
        intent.Amount.ShouldBe(TestData.BookingFee);
        intent.TariffVersion.ShouldBe(3);
        intent.Attempts.ShouldBe(0);
    }

    [Fact]
    public void R23_the_gateways_success_is_counted_once_however_often_it_is_reported()
    {
        var intent = Intent();

        intent.Succeed("GW-1", TestData.BookingFee, Now).ShouldSucceed().ShouldBeTrue();
        intent.Succeed("GW-1", TestData.BookingFee, Now.AddMinutes(1)).ShouldSucceed().ShouldBeFalse();

        intent.Status.ShouldBe(PaymentIntentStatus.Succeeded);
        intent.PaidAt.ShouldBe(Now);
        intent.DomainEvents.OfType<PaymentSucceeded>().ShouldHaveSingleItem();
    }

    [Fact]
    public void R23_a_second_gateway_payment_for_a_paid_intent_is_refused_not_counted()
    {
        var intent = Intent();
        intent.Succeed("GW-1", TestData.BookingFee, Now).ShouldSucceed();

        intent.Succeed("GW-2", TestData.BookingFee, Now).ShouldFailWith("payment-already-taken");

        intent.GatewayPaymentId.ShouldBe("GW-1");
    }

    [Fact]
    public void R23_a_success_for_another_amount_than_due_is_refused()
    {
        var intent = Intent();

        intent.Succeed("GW-1", Money.Kzt(1m), Now).ShouldFailWith("payment-amount-mismatch");

        intent.Status.ShouldBe(PaymentIntentStatus.Pending);
    }

    [Fact]
    public void R23_a_decline_keeps_the_intent_open_for_another_try_and_counts_the_attempt()
    {
        var intent = Intent();
        intent.RecordOpened("GW-1", new Uri("https://pay.example.kz/p/1"), Now).ShouldSucceed();

        intent.RecordDeclined("GW-1", "Insufficient funds", Now).ShouldSucceed();

        intent.Status.ShouldBe(PaymentIntentStatus.Pending);
        intent.LastFailure.ShouldBe("Insufficient funds");
        intent.Attempts.ShouldBe(2);
    }

    [Fact]
    public void R23_money_taken_after_the_intent_was_closed_is_still_counted_so_it_can_be_refunded()
    {
        var intent = Intent();
        intent.Cancel(Now).ShouldSucceed();

        intent.Succeed("GW-1", TestData.BookingFee, Now.AddMinutes(40)).ShouldSucceed().ShouldBeTrue();

        intent.Status.ShouldBe(PaymentIntentStatus.Succeeded);
    }

    [Fact]
    public void R28_a_refund_records_its_fault_and_reason_and_is_confirmed_once()
    {
        var intent = Intent();
        intent.Succeed("GW-1", TestData.BookingFee, Now).ShouldSucceed();

        intent.RequestRefund(RefundFault.State, "Checkpoint closed by the state", Now).ShouldSucceed();
        intent.RefundDue.ShouldBeTrue();
        intent.Refund("RF-1", Now.AddMinutes(1)).ShouldSucceed().ShouldBeTrue();
        intent.Refund("RF-1", Now.AddMinutes(2)).ShouldSucceed().ShouldBeFalse();

        intent.Status.ShouldBe(PaymentIntentStatus.Refunded);
        intent.RefundFault.ShouldBe(RefundFault.State);
        intent.RefundReason.ShouldBe("Checkpoint closed by the state");
        intent.DomainEvents.OfType<PaymentRefunded>().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void R28_a_refund_without_a_reason_is_refused(string reason)
    {
        var intent = Intent();
        intent.Succeed("GW-1", TestData.BookingFee, Now).ShouldSucceed();

        intent.RequestRefund(RefundFault.System, reason, Now).ShouldFailWith("refund-reason-required");

        intent.RefundDue.ShouldBeFalse();
    }

    [Fact]
    public void R28_only_a_succeeded_payment_can_be_refunded_and_not_without_a_decision()
    {
        var intent = Intent();

        intent.RequestRefund(RefundFault.System, "Seo fault", Now).ShouldFailWith("payment-not-refundable");
        intent.Succeed("GW-1", TestData.BookingFee, Now).ShouldSucceed();
        intent.Refund("RF-1", Now).ShouldFailWith("payment-not-refundable");
    }

    [Fact]
    public void R27_a_chargeback_reverses_a_succeeded_payment_once()
    {
        var intent = Intent();
        intent.Reverse(Now).ShouldFailWith("payment-not-reversible");
        intent.Succeed("GW-1", TestData.BookingFee, Now).ShouldSucceed();

        intent.Reverse(Now.AddDays(10)).ShouldSucceed().ShouldBeTrue();
        intent.Reverse(Now.AddDays(11)).ShouldSucceed().ShouldBeFalse();

        intent.Status.ShouldBe(PaymentIntentStatus.Reversed);
        intent.DomainEvents.OfType<PaymentReversed>().ShouldHaveSingleItem();
    }
}
