using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using Seo.Application.Checkpoints.RebuildAvailability;
using Seo.Application.Common.Ports;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Tests.Checkpoints;

public sealed class RebuildAvailabilityHandlerTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly ICapacityLedger _ledger = Substitute.For<ICapacityLedger>();
    private readonly VersionedModel _model = new();
    private static DateOnly Day => TestData.BookedDate;

    private Task<Domain.Common.Result<AvailabilityRebuildDto>> Handle(RebuildAvailability request) =>
        new RebuildAvailabilityHandler(Substitutes.Repository(new List<Checkpoint> { _dostyk }), _ledger, _model, TestData.Clock(), NullLogger<RebuildAvailabilityHandler>.Instance)
            .Handle(request, CancellationToken.None).AsTask();

    [Fact]
    public async Task A_live_event_applied_between_the_snapshot_and_the_replace_survives_the_rebuild()
    {
        // The ledger stands at version 4 when the rebuild reads it; a booking then commits
        // version 5 and its event reaches the read model before the rebuild's replace lands.
        var older = new SlotCount("DOSTYK", Day, 600, 20, 4, 0, 4);
        var newer = older with { Booked = 5, Version = 5 };
        _ledger.SlotCountsAsync(_dostyk.Id, Day, Day, Arg.Any<CancellationToken>()).Returns(
            _ =>
            {
                _model.ApplyAsync([newer], CancellationToken.None).GetAwaiter().GetResult();
                return [older];
            },
            _ => [newer]);

        var rebuilt = await Handle(new RebuildAvailability("DOSTYK", Day, Day));

        rebuilt.ShouldSucceed().ShouldBe(new AvailabilityRebuildDto(1, 1, [new RebuiltCheckpointDto("DOSTYK", Day, Day, 1, 1)]), new RebuiltComparer());
        (await _model.ReadAsync("DOSTYK", Day, Day, CancellationToken.None)).ShouldBe([newer]);
    }

    [Fact]
    public async Task Days_the_ledger_never_opened_are_emptied_in_the_read_model()
    {
        await _model.ApplyAsync([new SlotCount("DOSTYK", Day.AddDays(1), 600, 20, 9, 0, 9)], CancellationToken.None);
        _ledger.SlotCountsAsync(default!, default, default, default).ReturnsForAnyArgs([]);

        (await Handle(new RebuildAvailability("DOSTYK", Day, Day.AddDays(1)))).ShouldSucceed().Days.ShouldBe(2);

        (await _model.ReadAsync("DOSTYK", Day, Day.AddDays(1), CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_range_outside_yesterday_to_the_horizon_rebuilds_nothing()
    {
        var refused = await Handle(new RebuildAvailability("DOSTYK", TestData.Today.AddDays(-2), Day));

        refused.ShouldFailWith("invalid-date-range");
        await _ledger.DidNotReceiveWithAnyArgs().SlotCountsAsync(default!, default, default, default);
    }

    private sealed class RebuiltComparer : IEqualityComparer<AvailabilityRebuildDto>
    {
        public bool Equals(AvailabilityRebuildDto? x, AvailabilityRebuildDto? y) =>
            x is not null && y is not null && x.Days == y.Days && x.Intervals == y.Intervals && x.Checkpoints.SequenceEqual(y.Checkpoints);

        public int GetHashCode(AvailabilityRebuildDto obj) => obj.Days;
    }

    /// <summary>A read model with the port's version guard, small enough to read at a glance.</summary>
    private sealed class VersionedModel : IAvailabilityReadModel
    {
        private readonly Dictionary<(string, DateOnly, int), SlotCount> _counts = [];

        public Task<int> ApplyAsync(IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken)
        {
            var applied = 0;
            foreach (var count in counts)
            {
                var key = (count.Checkpoint, count.Date, count.StartMinute);
                if (!_counts.TryGetValue(key, out var stored) || stored.Version < count.Version)
                {
                    _counts[key] = count;
                    applied++;
                }
            }

            return Task.FromResult(applied);
        }

        public Task<IReadOnlyList<SlotCount>> ReadAsync(string checkpoint, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SlotCount>>([.. _counts.Values.Where(c => c.Checkpoint == checkpoint && c.Date >= from && c.Date <= to).OrderBy(c => c.Date).ThenBy(c => c.StartMinute)]);

        public Task ReplaceDayAsync(string checkpoint, DateOnly date, IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken)
        {
            foreach (var key in _counts.Keys.Where(k => k.Item1 == checkpoint && k.Item2 == date).ToList())
            {
                _counts.Remove(key);
            }

            foreach (var count in counts)
            {
                _counts[(count.Checkpoint, count.Date, count.StartMinute)] = count;
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_long_rebuild_reports_its_progress_between_checkpoints_and_a_quick_one_stays_quiet()
    {
        var clock = TestData.Clock();
        Checkpoint Named(string code) => Checkpoint.Create(CheckpointCode.Create(code).Value, code, code, "CN", "Область", "Region", "Asia/Almaty", CapacitySchedule.Default);
        var all = new List<Checkpoint> { Named("ALPHA"), Named("BRAVO"), Named("CHARLIE") };

        // Each read of the ledger takes 3 s: 6 s a checkpoint, past the 5 s between reports.
        _ledger.SlotCountsAsync(Arg.Any<CheckpointCode>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>()).Returns(_ =>
        {
            clock.Advance(TimeSpan.FromSeconds(3));
            return [];
        });
        var logger = new FakeLogger<RebuildAvailabilityHandler>();

        var rebuilt = await new RebuildAvailabilityHandler(Substitutes.Repository(all), _ledger, _model, clock, logger)
            .Handle(new RebuildAvailability(), CancellationToken.None);

        rebuilt.ShouldSucceed().Checkpoints.Count.ShouldBe(3);
        logger.Collector.GetSnapshot().Select(r => r.Message).ShouldBe(
        [
            $"Availability rebuild: 1 of 3 checkpoints, {rebuilt.Value.Checkpoints[0].Days} days and 0 intervals so far",
            $"Availability rebuild: 2 of 3 checkpoints, {rebuilt.Value.Checkpoints[0].Days + rebuilt.Value.Checkpoints[1].Days} days and 0 intervals so far",
        ]);

        // The same rebuild on a fast store: nothing between the start and the caller's total.
        _ledger.SlotCountsAsync(Arg.Any<CheckpointCode>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>()).Returns([]);
        var quiet = new FakeLogger<RebuildAvailabilityHandler>();
        await new RebuildAvailabilityHandler(Substitutes.Repository(all), _ledger, _model, clock, quiet).Handle(new RebuildAvailability(), CancellationToken.None);
        quiet.Collector.Count.ShouldBe(0);
    }
}
