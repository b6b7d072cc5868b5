using Seo.Application.Common.Ports;

namespace Seo.Projections.Tests.Availability;

/// <summary>
/// What every <see cref="IAvailabilityReadModel"/> must do, written once against the port and run
/// by one subclass per implementation. The outbox that feeds the model delivers at least once
/// and in no guaranteed order, so most of these are about the version guard holding under
/// repeats, reordering and concurrency.
/// </summary>
public abstract class AvailabilityReadModelConformance : IAsyncLifetime
{
    protected const string Checkpoint = "KZ-NUR-01";
    protected const string OtherCheckpoint = "KZ-KHOR-02";
    protected static readonly DateOnly Day = new(2026, 12, 1);

    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The model under test, fresh and empty for each test.</summary>
    protected abstract IAvailabilityReadModel Model { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static SlotCount Count(long version, int startMinute = 600, DateOnly? date = null, string checkpoint = Checkpoint, int capacity = 20, int booked = 0, int priorityBooked = 0) =>
        new(checkpoint, date ?? Day, startMinute, capacity, booked, priorityBooked, version);

    private Task<IReadOnlyList<SlotCount>> ReadDayAsync(DateOnly? date = null, string checkpoint = Checkpoint) =>
        Model.ReadAsync(checkpoint, date ?? Day, date ?? Day, None);

    [Fact]
    public async Task Applied_counts_are_read_back_exactly()
    {
        SlotCount[] counts = [Count(version: 7, startMinute: 0, booked: 3, priorityBooked: 1), Count(version: 2, startMinute: 1380, capacity: 5, booked: 5)];

        var applied = await Model.ApplyAsync(counts, None);

        applied.ShouldBe(2);
        (await ReadDayAsync()).ShouldBe(counts);
    }

    [Fact]
    public async Task A_read_orders_by_date_then_start_minute()
    {
        SlotCount[] shuffled =
        [
            Count(1, startMinute: 720, date: Day.AddDays(1)),
            Count(1, startMinute: 60, date: Day.AddDays(2)),
            Count(1, startMinute: 900),
            Count(1, startMinute: 30, date: Day.AddDays(1)),
            Count(1, startMinute: 120),
        ];

        await Model.ApplyAsync(shuffled, None);

        var read = await Model.ReadAsync(Checkpoint, Day, Day.AddDays(2), None);
        read.Select(count => (count.Date, count.StartMinute)).ShouldBe(
        [
            (Day, 120), (Day, 900),
            (Day.AddDays(1), 30), (Day.AddDays(1), 720),
            (Day.AddDays(2), 60),
        ]);
    }

    [Fact]
    public async Task A_read_returns_the_days_of_its_range_inclusive_and_no_others()
    {
        var days = Enumerable.Range(-2, 7).Select(offset => Day.AddDays(offset)).ToList();
        await Model.ApplyAsync([.. days.Select(date => Count(1, date: date))], None);

        var read = await Model.ReadAsync(Checkpoint, Day, Day.AddDays(2), None);

        read.Select(count => count.Date).ShouldBe([Day, Day.AddDays(1), Day.AddDays(2)]);
    }

    [Fact]
    public async Task A_read_returns_only_the_checkpoint_asked_for()
    {
        await Model.ApplyAsync([Count(1, booked: 1), Count(1, checkpoint: OtherCheckpoint, booked: 9)], None);

        (await ReadDayAsync()).ShouldBe([Count(1, booked: 1)]);
        (await ReadDayAsync(checkpoint: OtherCheckpoint)).ShouldBe([Count(1, checkpoint: OtherCheckpoint, booked: 9)]);
    }

    [Fact]
    public async Task Nothing_stored_reads_as_empty()
    {
        (await ReadDayAsync()).ShouldBeEmpty();

        await Model.ApplyAsync([Count(1)], None);

        (await ReadDayAsync(checkpoint: "KZ-UNKNOWN")).ShouldBeEmpty();
        (await ReadDayAsync(date: Day.AddDays(1))).ShouldBeEmpty();
        (await Model.ReadAsync(Checkpoint, Day.AddDays(1), Day, None)).ShouldBeEmpty("a range that ends before it starts holds no day");
    }

    [Fact]
    public async Task Applying_nothing_applies_nothing()
    {
        (await Model.ApplyAsync([], None)).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_version_again_changes_nothing()
    {
        await Model.ApplyAsync([Count(5, booked: 1)], None);

        var applied = await Model.ApplyAsync([Count(5, booked: 2)], None);

        applied.ShouldBe(0);
        (await ReadDayAsync()).ShouldBe([Count(5, booked: 1)]);
    }

    [Fact]
    public async Task A_lower_version_changes_nothing()
    {
        await Model.ApplyAsync([Count(5, booked: 1)], None);

        var applied = await Model.ApplyAsync([Count(4, booked: 0)], None);

        applied.ShouldBe(0);
        (await ReadDayAsync()).ShouldBe([Count(5, booked: 1)]);
    }

    [Fact]
    public async Task A_higher_version_replaces_the_stored_count()
    {
        await Model.ApplyAsync([Count(5, booked: 1)], None);

        var applied = await Model.ApplyAsync([Count(6, booked: 2, priorityBooked: 1)], None);

        applied.ShouldBe(1);
        (await ReadDayAsync()).ShouldBe([Count(6, booked: 2, priorityBooked: 1)]);
    }

    [Fact]
    public async Task Apply_counts_only_the_counts_it_stored()
    {
        await Model.ApplyAsync([Count(5, startMinute: 0), Count(5, startMinute: 60)], None);

        var applied = await Model.ApplyAsync(
            [Count(4, startMinute: 0), Count(6, startMinute: 60), Count(1, startMinute: 120), Count(1, startMinute: 0, date: Day.AddDays(1))],
            None);

        applied.ShouldBe(3);
    }

    [Fact]
    public async Task One_interval_twice_in_a_batch_is_applied_in_batch_order()
    {
        (await Model.ApplyAsync([Count(1, booked: 1), Count(2, booked: 2)], None)).ShouldBe(2);
        (await Model.ApplyAsync([Count(4, booked: 4), Count(3, booked: 3)], None)).ShouldBe(1);

        (await ReadDayAsync()).ShouldBe([Count(4, booked: 4)]);
    }

    [Theory]
    [InlineData(9L, 10L)]
    [InlineData(99L, 100L)]
    [InlineData(9_007_199_254_740_992L, 9_007_199_254_740_993L)] // 2^53 and 2^53 + 1: equal as doubles
    [InlineData(long.MaxValue - 1, long.MaxValue)]
    public async Task Versions_compare_as_whole_numbers_over_the_full_range(long lower, long higher)
    {
        await Model.ApplyAsync([Count(lower, booked: 1)], None);

        (await Model.ApplyAsync([Count(higher, booked: 2)], None)).ShouldBe(1);
        (await Model.ApplyAsync([Count(lower, booked: 3)], None)).ShouldBe(0);

        (await ReadDayAsync()).ShouldBe([Count(higher, booked: 2)]);
    }

    [Fact]
    public async Task Repeated_and_reordered_batches_converge_on_the_highest_versions()
    {
        var batches = Enumerable.Range(1, 6)
            .Select(version => (SlotCount[])[Count(version, startMinute: 0, booked: version), Count(version * 10, startMinute: 60, booked: version)])
            .ToList();
        var deliveries = batches.Concat(batches).OrderBy(_ => Random.Shared.Next()).ToList();

        foreach (var batch in deliveries)
        {
            await Model.ApplyAsync(batch, None);
        }

        (await ReadDayAsync()).ShouldBe([Count(6, startMinute: 0, booked: 6), Count(60, startMinute: 60, booked: 6)]);
    }

    [Fact]
    public async Task Concurrent_appliers_in_random_order_end_at_the_highest_version()
    {
        const int Appliers = 50;
        var versions = Enumerable.Range(1, Appliers).OrderBy(_ => Random.Shared.Next()).ToList();
        using var start = new ManualResetEventSlim();

        var appliers = versions.Select(version => Task.Run(async () =>
        {
            start.Wait();
            return await Model.ApplyAsync([Count(version, booked: version % 20)], None);
        })).ToList();
        start.Set();
        var applied = await Task.WhenAll(appliers);

        applied.Sum().ShouldBeInRange(1, Appliers);
        (await ReadDayAsync()).ShouldBe([Count(Appliers, booked: Appliers % 20)]);
    }

    [Fact]
    public async Task Concurrent_appliers_of_one_version_store_it_once()
    {
        const int Appliers = 50;
        using var start = new ManualResetEventSlim();

        var appliers = Enumerable.Range(0, Appliers).Select(booked => Task.Run(async () =>
        {
            start.Wait();
            return await Model.ApplyAsync([Count(3, booked: booked)], None);
        })).ToList();
        start.Set();
        var applied = await Task.WhenAll(appliers);

        applied.Sum().ShouldBe(1, "the guard's read and write must be one atomic step");
        (await ReadDayAsync()).ShouldHaveSingleItem().Version.ShouldBe(3);
    }

    [Fact]
    public async Task Replacing_a_day_replaces_exactly_that_day()
    {
        await Model.ApplyAsync(
        [
            Count(9, startMinute: 0), Count(9, startMinute: 60),
            Count(9, startMinute: 0, date: Day.AddDays(1)),
            Count(9, startMinute: 0, checkpoint: OtherCheckpoint),
        ], None);

        // Lower versions too: the rebuild from the write store is the authority.
        SlotCount[] rebuilt = [Count(2, startMinute: 60, booked: 4), Count(2, startMinute: 120, booked: 1)];
        await Model.ReplaceDayAsync(Checkpoint, Day, rebuilt, None);

        (await ReadDayAsync()).ShouldBe(rebuilt);
        (await ReadDayAsync(date: Day.AddDays(1))).ShouldBe([Count(9, startMinute: 0, date: Day.AddDays(1))]);
        (await ReadDayAsync(checkpoint: OtherCheckpoint)).ShouldBe([Count(9, startMinute: 0, checkpoint: OtherCheckpoint)]);
    }

    [Fact]
    public async Task Replacing_a_day_with_nothing_empties_it()
    {
        await Model.ApplyAsync([Count(1, startMinute: 0), Count(1, startMinute: 60)], None);

        await Model.ReplaceDayAsync(Checkpoint, Day, [], None);

        (await ReadDayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task After_a_replace_the_guard_compares_with_the_replaced_versions()
    {
        await Model.ApplyAsync([Count(9)], None);
        await Model.ReplaceDayAsync(Checkpoint, Day, [Count(3)], None);

        (await Model.ApplyAsync([Count(3, booked: 1)], None)).ShouldBe(0);
        (await Model.ApplyAsync([Count(4, booked: 2)], None)).ShouldBe(1);

        (await ReadDayAsync()).ShouldBe([Count(4, booked: 2)]);
    }

    [Fact]
    public async Task Replacing_a_day_refuses_counts_of_another_day_and_changes_nothing()
    {
        await Model.ApplyAsync([Count(1)], None);

        await Should.ThrowAsync<ArgumentException>(() => Model.ReplaceDayAsync(Checkpoint, Day, [Count(2, date: Day.AddDays(1))], None));
        await Should.ThrowAsync<ArgumentException>(() => Model.ReplaceDayAsync(Checkpoint, Day, [Count(2, checkpoint: OtherCheckpoint)], None));
        await Should.ThrowAsync<ArgumentException>(() => Model.ReplaceDayAsync(Checkpoint, Day, [Count(2), Count(3)], None));

        (await ReadDayAsync()).ShouldBe([Count(1)]);
    }

    [Fact]
    public async Task Malformed_counts_are_refused_before_anything_is_stored()
    {
        await Should.ThrowAsync<ArgumentException>(() => Model.ApplyAsync([Count(1, startMinute: 0), Count(-1, startMinute: 60)], None));
        await Should.ThrowAsync<ArgumentException>(() => Model.ApplyAsync([Count(1, startMinute: 1440)], None));
        await Should.ThrowAsync<ArgumentException>(() => Model.ApplyAsync([Count(1, booked: -1)], None));
        await Should.ThrowAsync<ArgumentException>(() => Model.ApplyAsync([Count(1, booked: 2, priorityBooked: 3)], None));
        await Should.ThrowAsync<ArgumentException>(() => Model.ApplyAsync([Count(1, checkpoint: " ")], None));

        (await ReadDayAsync()).ShouldBeEmpty();
    }
}
