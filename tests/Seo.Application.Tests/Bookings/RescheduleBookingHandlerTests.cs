using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Reschedule;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Bookings;

public sealed class RescheduleBookingHandlerTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly Account _owner = TestData.User();
    private readonly List<Booking> _bookings = [];
    private readonly ICapacityLedger _ledger = Substitutes.Ledger();
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private readonly Booking _booking;
    private AccountId _caller;

    public RescheduleBookingHandlerTests()
    {
        _caller = _owner.Id;
        _booking = TestData.Confirmed(_owner, _dostyk);
        _bookings.Add(_booking);
    }

    private async Task<Result<BookingDto>> Reschedule(int hour, DateOnly? date = null)
    {
        var result = await new RescheduleBookingHandler(
                Substitutes.Repository(_bookings),
                Substitutes.Repository(new List<Checkpoint> { _dostyk }),
                _ledger,
                Substitutes.CurrentUser(_caller),
                TestData.Tariff(),
                TestData.Options(),
                _clock)
            .Handle(new RescheduleBooking(_booking.Id.Value, date ?? TestData.BookedDate, $"{hour:00}:00"), CancellationToken.None);

        // The unit of work writes the events to the outbox and clears them after each command.
        _booking.ClearDomainEvents();
        return result;
    }

    private BookedInterval At(int hour) => TestData.Interval(_dostyk, TestData.BookedDate, hour);

    [Fact]
    public async Task R28_the_first_two_reschedules_are_free_take_the_new_interval_and_release_the_old()
    {
        var first = (await Reschedule(11)).ShouldSucceed();

        first.Interval.Start.ShouldBe("11:00");
        first.FreeReschedulesLeft.ShouldBe(1);
        await _ledger.Received(1).TryReserveAsync(_dostyk, At(11), false, Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, At(10), false, Arg.Any<CancellationToken>());

        var second = (await Reschedule(12)).ShouldSucceed();

        second.Interval.Start.ShouldBe("12:00");
        second.FreeReschedulesLeft.ShouldBe(0);
        second.AmountDue.ShouldBeNull();
        await _ledger.Received(1).TryReserveAsync(_dostyk, At(12), false, Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, At(11), false, Arg.Any<CancellationToken>());
        await _ledger.Received(2).ReleaseAsync(Arg.Any<CheckpointCode>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R28_the_third_reschedule_is_held_until_its_fee_is_paid_and_the_old_interval_is_kept()
    {
        (await Reschedule(11)).ShouldSucceed();
        (await Reschedule(12)).ShouldSucceed();
        _ledger.ClearReceivedCalls();

        var third = (await Reschedule(13)).ShouldSucceed();

        third.Interval.Start.ShouldBe("12:00");
        third.ReschedulesUsed.ShouldBe(2);
        third.PendingReschedule.ShouldNotBeNull();
        third.PendingReschedule.Interval.Start.ShouldBe("13:00");
        third.PendingReschedule.Fee.Amount.ShouldBe(TestData.RescheduleFee.Amount);
        third.PendingReschedule.HoldExpiresAt.ShouldBe(TestData.Now.AddMinutes(15));
        third.AmountDue.ShouldNotBeNull().Amount.ShouldBe(TestData.RescheduleFee.Amount);
        await _ledger.Received(1).TryReserveAsync(_dostyk, At(13), false, Arg.Any<CancellationToken>());
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R28_a_second_paid_reschedule_waits_for_the_pending_one()
    {
        (await Reschedule(11)).ShouldSucceed();
        (await Reschedule(12)).ShouldSucceed();
        (await Reschedule(13)).ShouldSucceed();
        _ledger.ClearReceivedCalls();

        var result = await Reschedule(14);

        result.ShouldFailWith("reschedule-pending");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R22_slot_full_leaves_the_booking_where_it_was()
    {
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(Substitutes.SlotFull);

        var result = await Reschedule(11);

        result.ShouldFailWith("slot-full");
        _booking.Interval.ShouldBe(At(10));
        _booking.ReschedulesUsed.ShouldBe(0);
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R22_reschedule_beyond_the_horizon_is_refused_before_capacity_is_reserved()
    {
        var result = await Reschedule(10, TestData.Today.AddDays(91));

        result.ShouldFailWith("beyond-booking-horizon");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task Another_owners_booking_is_not_found()
    {
        _caller = TestData.User(email: "stranger@example.kz").Id;

        var result = await Reschedule(11);

        result.ShouldFailWith("booking-not-found");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }
}
