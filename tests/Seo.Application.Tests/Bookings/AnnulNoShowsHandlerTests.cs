using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Tests.Bookings;

public sealed class AnnulNoShowsHandlerTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly List<Booking> _bookings = [];
    private readonly ICapacityLedger _ledger = Substitutes.Ledger();
    private readonly FakeTimeProvider _clock = TestData.Clock();

    private static readonly JourneyPolicy Journey = JourneyPolicy.Default;

    /// <summary>The end of the booked interval (BookedDate 10:00–11:00 at Dostyk) and its grace (R35).</summary>
    private DateTimeOffset IntervalEnd => TestData.Interval(_dostyk, TestData.BookedDate, 10).EndsAt + Journey.ArrivalGrace;

    private async Task<int> Annul()
    {
        var result = await new AnnulNoShowsHandler(Substitutes.Repository(_bookings), Journey, _clock)
            .Handle(new AnnulNoShows(), CancellationToken.None);
        result.IsSuccess.ShouldBeTrue();
        await UnitOfWorkReactions.RunAsync(_ledger, _bookings);
        return result.Value;
    }

    [Fact]
    public async Task R35_a_paid_booking_is_annulled_once_its_interval_has_ended_and_its_place_is_not_resold()
    {
        var noShow = TestData.Confirmed(TestData.User(), _dostyk);
        _bookings.Add(noShow);
        _clock.SetUtcNow(IntervalEnd);

        (await Annul()).ShouldBe(1);

        noShow.Status.ShouldBe(BookingStatus.Annulled);
        noShow.Paid.ShouldBe(TestData.BookingFee);
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R35_nothing_is_annulled_before_the_interval_ends_and_a_second_run_finds_nothing()
    {
        var booking = TestData.Confirmed(TestData.User(), _dostyk);
        _bookings.Add(booking);
        _clock.SetUtcNow(IntervalEnd.AddTicks(-1));

        (await Annul()).ShouldBe(0);
        booking.Status.ShouldBe(BookingStatus.Confirmed);

        _clock.SetUtcNow(IntervalEnd);
        (await Annul()).ShouldBe(1);
        (await Annul()).ShouldBe(0);
    }

    [Fact]
    public async Task R35_unpaid_and_finished_bookings_are_left_to_their_own_ends()
    {
        var unpaid = TestData.AwaitingPayment(TestData.User(email: "a@example.kz"), _dostyk, plate: "111AAA01", vin: "2FTRX18W1XCA01234");
        var crossed = TestData.Confirmed(TestData.User(email: "b@example.kz"), _dostyk, plate: "222BBB01", vin: "3VWFE21C04M000001");
        var entered = IntervalEnd.AddMinutes(-60);
        crossed.RecordRead(CameraPoint.CheckpointEntry, entered, checkpointHasWaitingZone: false, Journey, entered).ShouldBe(ReadOutcome.Advanced);
        crossed.RecordRead(CameraPoint.BorderLine, entered.AddMinutes(10), checkpointHasWaitingZone: false, Journey, entered.AddMinutes(10)).ShouldBe(ReadOutcome.Advanced);
        _bookings.AddRange([unpaid, crossed]);
        _clock.SetUtcNow(IntervalEnd.AddHours(1));

        (await Annul()).ShouldBe(0);

        unpaid.Status.ShouldBe(BookingStatus.AwaitingPayment);
        crossed.Status.ShouldBe(BookingStatus.Completed);
    }
}
