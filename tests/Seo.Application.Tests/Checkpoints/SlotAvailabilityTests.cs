using System.Diagnostics.Metrics;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Tests.Checkpoints;

public sealed class SlotAvailabilityTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly ICapacityLedger _ledger = Substitutes.Ledger();
    private readonly ISlotAvailabilityReader _writeStore = Substitute.For<ISlotAvailabilityReader>();
    private static DateOnly Day => TestData.BookedDate;

    [Fact]
    public async Task Intervals_the_read_model_holds_nothing_for_are_at_full_capacity_with_nothing_booked()
    {
        var model = Substitutes.ReadModel(new SlotCount("DOSTYK", Day, 600, 20, 7, 2, 9));

        var (intervals, source) = await Substitutes.Availability(model, _ledger, _writeStore).ReadAsync(_dostyk, Day, Day.AddDays(1), CancellationToken.None);

        source.ShouldBe(AvailabilitySource.ReadModel);
        intervals.Count.ShouldBe(48);
        intervals.Single(i => i.Date == Day && i.Start == new TimeOnly(10, 0)).ShouldBe(new IntervalCapacity(Day, new TimeOnly(10, 0), 20, 7, 2));
        intervals.Where(i => i.Start != new TimeOnly(10, 0) || i.Date != Day).ShouldAllBe(i => i.Capacity == 20 && i.Booked == 0);
        await _writeStore.DidNotReceiveWithAnyArgs().ReadAsync(default!, default, default, default);
    }

    [Fact]
    public async Task An_unreachable_read_model_is_answered_from_the_write_store_and_counted()
    {
        var model = Substitute.For<IAvailabilityReadModel>();
        model.ReadAsync(default!, default, default, default).ThrowsAsyncForAnyArgs(new ReadModelUnavailableException("down"));
        IReadOnlyList<IntervalCapacity> fromLedger = [new IntervalCapacity(Day, new TimeOnly(10, 0), 20, 20)];
        _writeStore.ReadAsync(_dostyk, Day, Day, Arg.Any<CancellationToken>()).Returns(fromLedger);
        using var meters = new Substitutes.TestMeterFactory();
        var fallbacks = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => fallbacks.Add((string)tags[0].Value!));
        listener.Start();

        var (intervals, source) = await Substitutes.Availability(model, _ledger, _writeStore, meters).ReadAsync(_dostyk, Day, Day, CancellationToken.None);

        source.ShouldBe(AvailabilitySource.WriteStore);
        intervals.ShouldBe(fromLedger);
        fallbacks.ShouldBe(["query"]);
    }

    [Fact]
    public async Task Any_other_read_model_failure_is_not_hidden_behind_the_fallback()
    {
        var model = Substitute.For<IAvailabilityReadModel>();
        model.ReadAsync(default!, default, default, default).ThrowsAsyncForAnyArgs(new FormatException("corrupt"));

        await Should.ThrowAsync<FormatException>(() => Substitutes.Availability(model, _ledger, _writeStore).ReadAsync(_dostyk, Day, Day, CancellationToken.None));
    }
}
