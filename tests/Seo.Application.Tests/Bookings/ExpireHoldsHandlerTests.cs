using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Bookings.ExpireHolds;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Tests.Bookings;

public sealed class ExpireHoldsHandlerTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly List<Booking> _bookings = [];
    private readonly ICapacityLedger _ledger = Substitutes.Ledger();
    private readonly FakeTimeProvider _clock = TestData.Clock();

    private async Task<int> Expire()
    {
        var result = await new ExpireHoldsHandler(Substitutes.Repository(_bookings), _clock)
            .Handle(new ExpireHolds(), CancellationToken.None);
        result.IsSuccess.ShouldBeTrue();
        await UnitOfWorkReactions.RunAsync(_ledger, _bookings);
        foreach (var booking in _bookings)
        {
            booking.ClearDomainEvents();
        }

        return result.Value;
    }

    private Booking Unpaid(string email, string plate, string vin, DateTimeOffset issuedAt)
    {
        var booking = TestData.AwaitingPayment(TestData.User(email: email), _dostyk, issuedAt, plate, vin);
        booking.ClearDomainEvents();
        _bookings.Add(booking);
        return booking;
    }

    [Fact]
    public async Task Only_holds_that_ran_out_expire_and_give_their_capacity_back()
    {
        var due = Unpaid("a@example.kz", "111AAA01", "1M8GDM9AXKP042788", TestData.Now.AddMinutes(-20));
        var dueExactly = Unpaid("b@example.kz", "222BBB01", "2FTRX18W1XCA01234", TestData.Now.AddMinutes(-15));
        var notDue = Unpaid("c@example.kz", "333CCC01", "3VWFE21C04M000001", TestData.Now.AddMinutes(-14));

        var expired = await Expire();

        expired.ShouldBe(2);
        due.Status.ShouldBe(BookingStatus.Expired);
        dueExactly.Status.ShouldBe(BookingStatus.Expired);
        notDue.Status.ShouldBe(BookingStatus.AwaitingPayment);
        // Both held the same interval; each gives its place back once.
        await _ledger.Received(2).ReleaseAsync(_dostyk.Id, due.Interval, false, Arg.Any<CancellationToken>());
        await _ledger.Received(2).ReleaseAsync(Arg.Any<CheckpointCode>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R28_a_pending_paid_reschedule_that_ran_out_is_dropped_and_the_booking_keeps_its_interval()
    {
        var booking = TestData.Confirmed(TestData.User(), _dostyk);
        var requestedAt = TestData.Now.AddMinutes(-30);
        for (var (hour, sequence) = (11, 2); hour <= 13; hour++, sequence++)
        {
            booking.Reschedule(_dostyk, TestData.Interval(_dostyk, TestData.BookedDate, hour), sequence, TestData.RescheduleFee, TimeSpan.FromMinutes(15), requestedAt)
                .IsSuccess.ShouldBeTrue();
        }

        booking.ClearDomainEvents();
        _bookings.Add(booking);

        (await Expire()).ShouldBe(1);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.PendingReschedule.ShouldBeNull();
        booking.Interval.ShouldBe(TestData.Interval(_dostyk, TestData.BookedDate, 12));
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, TestData.Interval(_dostyk, TestData.BookedDate, 13), false, Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(Arg.Any<CheckpointCode>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Running_again_changes_nothing()
    {
        var due = Unpaid("a@example.kz", "111AAA01", "1M8GDM9AXKP042788", TestData.Now.AddMinutes(-20));
        var notDue = Unpaid("c@example.kz", "333CCC01", "3VWFE21C04M000001", TestData.Now.AddMinutes(-1));
        (await Expire()).ShouldBe(1);
        _ledger.ClearReceivedCalls();
        var closedAt = due.ClosedAt;

        var again = await Expire();

        again.ShouldBe(0);
        due.Status.ShouldBe(BookingStatus.Expired);
        due.ClosedAt.ShouldBe(closedAt);
        notDue.Status.ShouldBe(BookingStatus.AwaitingPayment);
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task Already_expired_holds_do_not_fill_the_batch_and_starve_newer_ones()
    {
        for (var i = 0; i < 3; i++)
        {
            Unpaid($"old{i}@example.kz", $"10{i}OLD01", $"1M8GDM9AXKP04278{i}", TestData.Now.AddHours(-2));
        }

        var result = await new ExpireHoldsHandler(Substitutes.Repository(_bookings), _clock).Handle(new ExpireHolds(BatchSize: 3), CancellationToken.None);
        result.Value.ShouldBe(3);
        var fresh = Unpaid("new@example.kz", "999NEW01", "3VWFE21C04M000001", TestData.Now.AddMinutes(-1));
        _clock.Advance(TimeSpan.FromMinutes(15));

        var next = await new ExpireHoldsHandler(Substitutes.Repository(_bookings), _clock).Handle(new ExpireHolds(BatchSize: 3), CancellationToken.None);

        next.Value.ShouldBe(1);
        fresh.Status.ShouldBe(BookingStatus.Expired);
    }
}
