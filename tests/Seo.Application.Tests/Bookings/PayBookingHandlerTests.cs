using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Pay;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Tests.Bookings;

public sealed class PayBookingHandlerTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly Account _owner = TestData.User();
    private readonly List<Booking> _bookings = [];
    private readonly ICapacityLedger _ledger = Substitutes.Ledger();
    private readonly IPaymentGateway _gateway = Substitute.For<IPaymentGateway>();
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private AccountId _caller;

    public PayBookingHandlerTests()
    {
        _caller = _owner.Id;
        _gateway.ChargeAsync(Arg.Any<PaymentRequest>(), Arg.Any<CancellationToken>())
            .Returns(new PaymentReceipt(true, "BANK-REF-1", null));
    }

    private async Task<Result<BookingDto>> Pay(Booking booking)
    {
        var result = await new PayBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(_caller)), _gateway, _clock)
            .Handle(new PayBooking(booking.Id.Value), CancellationToken.None);
        await UnitOfWorkReactions.RunAsync(_ledger, _bookings);
        return result;
    }

    [Fact]
    public async Task R23_paying_the_fee_confirms_the_booking_with_the_gateways_reference()
    {
        var booking = TestData.AwaitingPayment(_owner, _dostyk);
        _bookings.Add(booking);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var dto = (await Pay(booking)).ShouldSucceed();

        dto.Status.ShouldBe(BookingStatus.Confirmed);
        dto.Paid.Amount.ShouldBe(TestData.BookingFee.Amount);
        dto.AmountDue.ShouldBeNull();
        booking.PaymentReference.ShouldBe("BANK-REF-1");
        await _gateway.Received(1).ChargeAsync(
            new PaymentRequest($"{booking.Id}:fee", booking.Id, TestData.BookingFee, booking.Number), Arg.Any<CancellationToken>());
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R23_a_declined_payment_is_refused_and_leaves_the_booking_unpaid()
    {
        var booking = TestData.AwaitingPayment(_owner, _dostyk);
        _bookings.Add(booking);
        _gateway.ChargeAsync(Arg.Any<PaymentRequest>(), Arg.Any<CancellationToken>())
            .Returns(new PaymentReceipt(false, string.Empty, "Insufficient funds."));

        var result = await Pay(booking);

        result.ShouldFailWith("payment-declined").Message.ShouldContain("Insufficient funds.");
        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
        booking.Paid.ShouldBe(Money.Zero);
        booking.PaymentReference.ShouldBeNull();
        booking.HoldExpiresAt.ShouldBe(TestData.Now.AddMinutes(15));
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task Hold_that_has_run_out_is_not_charged()
    {
        var booking = TestData.AwaitingPayment(_owner, _dostyk);
        _bookings.Add(booking);
        _clock.Advance(TimeSpan.FromMinutes(15));

        var result = await Pay(booking);

        result.ShouldFailWith("hold-expired");
        await _gateway.DidNotReceiveWithAnyArgs().ChargeAsync(default!, default);
        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
    }

    [Fact]
    public async Task A_paid_booking_has_nothing_to_pay()
    {
        var booking = TestData.Confirmed(_owner, _dostyk);
        _bookings.Add(booking);

        var result = await Pay(booking);

        result.ShouldFailWith("nothing-to-pay");
        await _gateway.DidNotReceiveWithAnyArgs().ChargeAsync(default!, default);
    }

    [Fact]
    public async Task R28_paying_a_pending_reschedule_moves_the_booking_and_releases_the_interval_it_left()
    {
        var booking = TestData.Confirmed(_owner, _dostyk);
        var now = TestData.Now;
        booking.Reschedule(_dostyk, TestData.Interval(_dostyk, TestData.BookedDate, 11), 2, TestData.RescheduleFee, TimeSpan.FromMinutes(15), now).IsSuccess.ShouldBeTrue();
        booking.Reschedule(_dostyk, TestData.Interval(_dostyk, TestData.BookedDate, 12), 3, TestData.RescheduleFee, TimeSpan.FromMinutes(15), now).IsSuccess.ShouldBeTrue();
        var pendingInterval = TestData.Interval(_dostyk, TestData.BookedDate, 13);
        booking.Reschedule(_dostyk, pendingInterval, 4, TestData.RescheduleFee, TimeSpan.FromMinutes(15), now).IsSuccess.ShouldBeTrue();
        booking.ClearDomainEvents();
        var left = booking.Interval;
        _bookings.Add(booking);
        _clock.Advance(TimeSpan.FromMinutes(3));

        var dto = (await Pay(booking)).ShouldSucceed();

        dto.Interval.Start.ShouldBe("13:00");
        dto.PendingReschedule.ShouldBeNull();
        dto.ReschedulesUsed.ShouldBe(3);
        dto.Paid.Amount.ShouldBe(TestData.BookingFee.Amount + TestData.RescheduleFee.Amount);
        await _gateway.Received(1).ChargeAsync(
            Arg.Is<PaymentRequest>(r => r.BookingId == booking.Id && r.Amount == TestData.RescheduleFee && r.IdempotencyKey == $"{booking.Id}:reschedule:3"),
            Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, left, false, Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(Arg.Any<CheckpointCode>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Another_owners_booking_is_not_found_and_not_charged()
    {
        var booking = TestData.AwaitingPayment(_owner, _dostyk);
        _bookings.Add(booking);
        _caller = TestData.User(email: "stranger@example.kz").Id;

        var result = await Pay(booking);

        result.ShouldFailWith("booking-not-found");
        await _gateway.DidNotReceiveWithAnyArgs().ChargeAsync(default!, default);
        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
    }
}
