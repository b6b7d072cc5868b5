using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Bookings.Cancel;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Bookings;

public sealed class CancelBookingHandlerTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly Account _owner = TestData.User();
    private readonly List<Booking> _bookings = [];
    private readonly ICapacityLedger _ledger = Substitutes.Ledger();
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private AccountId _caller;

    public CancelBookingHandlerTests() => _caller = _owner.Id;

    private async Task<Result<BookingDto>> Cancel(Booking booking)
    {
        var result = await new CancelBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(_caller)), _clock)
            .Handle(new CancelBooking(booking.Id.Value), CancellationToken.None);
        await UnitOfWorkReactions.RunAsync(_ledger, _bookings);
        return result;
    }

    [Fact]
    public async Task R28_cancelling_a_paid_booking_releases_its_capacity_and_keeps_the_fee()
    {
        var booking = TestData.Confirmed(_owner, _dostyk);
        _bookings.Add(booking);

        var dto = (await Cancel(booking)).ShouldSucceed();

        dto.Status.ShouldBe(BookingStatus.Cancelled);
        dto.Paid.Amount.ShouldBe(TestData.BookingFee.Amount);
        dto.ClosedAt.ShouldBe(TestData.Now);
        booking.DomainEvents.OfType<Domain.Bookings.Events.BookingCancelled>().ShouldHaveSingleItem().Refunded.Amount.ShouldBe(0m);
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, booking.Interval, false, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Cancelling_an_unpaid_booking_releases_its_capacity()
    {
        var booking = TestData.AwaitingPayment(_owner, _dostyk);
        booking.ClearDomainEvents();
        _bookings.Add(booking);

        (await Cancel(booking)).ShouldSucceed().Status.ShouldBe(BookingStatus.Cancelled);

        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, booking.Interval, false, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R28_cancelling_with_a_pending_paid_reschedule_releases_both_intervals()
    {
        var booking = TestData.Confirmed(_owner, _dostyk);
        var now = TestData.Now;
        for (var (hour, sequence) = (11, 2); hour <= 13; hour++, sequence++)
        {
            booking.Reschedule(_dostyk, TestData.Interval(_dostyk, TestData.BookedDate, hour), sequence, TestData.RescheduleFee, TimeSpan.FromMinutes(15), now)
                .IsSuccess.ShouldBeTrue();
        }

        booking.PendingReschedule.ShouldNotBeNull();
        booking.ClearDomainEvents();
        _bookings.Add(booking);

        (await Cancel(booking)).ShouldSucceed();

        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, TestData.Interval(_dostyk, TestData.BookedDate, 12), false, Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, TestData.Interval(_dostyk, TestData.BookedDate, 13), false, Arg.Any<CancellationToken>());
        await _ledger.Received(2).ReleaseAsync(Arg.Any<CheckpointCode>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_cancelled_booking_cannot_be_cancelled_again_and_releases_nothing_more()
    {
        var booking = TestData.Confirmed(_owner, _dostyk);
        booking.Cancel(TestData.Now).IsSuccess.ShouldBeTrue();
        booking.ClearDomainEvents();
        _bookings.Add(booking);

        var result = await Cancel(booking);

        result.ShouldFailWith("illegal-status-transition");
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task Another_owners_booking_is_not_found_and_stays_active()
    {
        var booking = TestData.Confirmed(_owner, _dostyk);
        _bookings.Add(booking);
        _caller = TestData.User(email: "stranger@example.kz").Id;

        var result = await Cancel(booking);

        result.ShouldFailWith("booking-not-found").Kind.ShouldBe(ErrorKind.NotFound);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }
}
