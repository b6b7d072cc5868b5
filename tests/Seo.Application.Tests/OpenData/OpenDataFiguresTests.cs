using Seo.Application.OpenData.Common;
using Seo.Application.OpenData.GetCheckpointDays;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;

namespace Seo.Application.Tests.OpenData;

public sealed class OpenDataFiguresTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(5));

    private static JourneyBooking Booking() =>
        new(Guid.NewGuid(), Guid.NewGuid(), "DOSTYK", "DOSTYK-20261201-0001", "123ABC02", new DateOnly(2026, 12, 1), new TimeOnly(10, 0), Due, Due.AddHours(1), false, 1);

    [Fact]
    public void The_90th_percentile_is_the_nearest_rank_and_an_empty_day_has_no_figure()
    {
        Minutes.P90([.. Enumerable.Range(1, 10).Select(i => (double)i)]).ShouldBe(9);
        Minutes.P90([.. Enumerable.Range(1, 11).Select(i => (double)i)]).ShouldBe(10);
        Minutes.P90([42.04]).ShouldBe(42.0);
        Minutes.Average([1, 2, 2]).ShouldBe(1.7);
        Minutes.P90([]).ShouldBeNull();
        Minutes.Average([]).ShouldBeNull();
    }

    [Theory]
    [InlineData(BookingStatus.Confirmed, BookingStatus.InWaitingZone, JourneyFact.Arrived)]
    [InlineData(BookingStatus.Confirmed, BookingStatus.Called, JourneyFact.Arrived)]
    [InlineData(BookingStatus.InWaitingZone, BookingStatus.Called, null)]
    [InlineData(BookingStatus.Called, BookingStatus.LeftWaitingZone, null)]
    [InlineData(BookingStatus.LeftWaitingZone, BookingStatus.AtCheckpoint, JourneyFact.Entered)]
    [InlineData(BookingStatus.Confirmed, BookingStatus.AtCheckpoint, JourneyFact.Entered)]
    [InlineData(BookingStatus.AtCheckpoint, BookingStatus.Completed, JourneyFact.Crossed)]
    [InlineData(BookingStatus.Called, BookingStatus.RefusedEntry, JourneyFact.RefusedEntry)]
    public void Each_step_of_the_journey_is_the_fact_the_open_data_counts(BookingStatus from, BookingStatus to, JourneyFact? fact) =>
        OpenDataProjection.FactOf(from, to).ShouldBe(fact);

    [Fact]
    public void A_visit_keeps_the_first_instant_of_each_fact_so_a_redelivered_event_changes_nothing_and_an_entry_without_a_zone_is_the_arrival()
    {
        var visit = CheckpointVisit.Of(Booking());

        visit.Record(JourneyFact.Entered, Due.AddMinutes(-30)).ShouldBeTrue();
        visit.Record(JourneyFact.Entered, Due.AddMinutes(-20)).ShouldBeFalse();
        visit.Record(JourneyFact.Arrived, Due.AddMinutes(-10)).ShouldBeFalse();
        visit.Record(JourneyFact.Crossed, Due).ShouldBeTrue();

        visit.ArrivedAt.ShouldBe(Due.AddMinutes(-30));
        visit.EnteredAt.ShouldBe(Due.AddMinutes(-30));
        visit.CrossedAt.ShouldBe(Due);
        visit.BookedStartsAt.ShouldBe(Due);
        visit.Date.ShouldBe(new DateOnly(2026, 12, 1));
    }
}
