using Seo.Application.Common.Ports;
using Seo.Domain.Devices;
using static Seo.Projections.Tests.Crossings.Crossings;

namespace Seo.Projections.Tests.Crossings;

/// <summary>
/// What every <see cref="ICrossingLog"/> must do, written once against the port and run against
/// each adapter. Tests of one class share one store; each works in a checkpoint of its own (or, for
/// the all-checkpoint count, a year no other test uses) so they cannot see each other's crossings.
/// </summary>
public abstract class CrossingLogConformance
{
    protected abstract ICrossingLog Log { get; }

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_crossing_comes_back_as_it_was_indexed()
    {
        var checkpoint = NewCheckpoint();
        var unmatched = Read(checkpoint, matched: false) with { Vin = "XTC65115KB1234567", Confidence = 0.42 };
        var matched = Read(checkpoint, at: Noon.AddMinutes(1), bookingNumber: "KZ-2026-000123") with { Point = CameraPoint.WaitingZoneExit };
        await Log.IndexAsync([unmatched, matched], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Sort: CrossingSort.OldestFirst), Ct);

        page.Total.ShouldBe(2);
        page.Items.ShouldBe([unmatched, matched]);
    }

    [Fact]
    public async Task R10_a_read_entered_by_hand_comes_back_with_who_entered_it_and_why()
    {
        var checkpoint = NewCheckpoint();
        var manual = Read(checkpoint) with { Confidence = 1d, ImageReference = null, EnteredBy = Guid.NewGuid(), ManualReason = "camera down since 08:40" };
        await Log.IndexAsync([manual], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint), Ct);

        page.Items.ShouldBe([manual]);
        page.Items[0].Manual.ShouldBeTrue();
    }

    [Fact]
    public async Task Each_crossing_of_one_batch_keeps_its_own_values_and_only_the_ones_it_has()
    {
        var checkpoint = NewCheckpoint();
        var full = Read(checkpoint, bookingNumber: "KZ-2026-000777") with
        {
            Vin = "XTC65115KB7654321", EnteredBy = Guid.NewGuid(), ManualReason = "plate covered in mud", ImageReference = "images/full.jpg",
        };
        var bare = Read(checkpoint, at: Noon.AddMinutes(1), matched: false) with { ImageReference = null };
        var other = Read(checkpoint, at: Noon.AddMinutes(2), bookingNumber: "KZ-2026-000778") with { Direction = CrossingDirection.Entry };
        await Log.IndexAsync([full, bare, other], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Sort: CrossingSort.OldestFirst), Ct);

        page.Items.ShouldBe([full, bare, other]);
        (await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Vin: "XTC65115KB7654321"), Ct)).Items.ShouldBe([full]);
    }

    [Fact]
    public async Task Indexing_the_same_event_again_changes_nothing()
    {
        var checkpoint = NewCheckpoint();
        var crossing = Read(checkpoint);
        await Log.IndexAsync([crossing], Ct);
        await Log.IndexAsync([crossing, crossing], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint), Ct);

        page.Total.ShouldBe(1);
        page.Items.ShouldBe([crossing]);
    }

    [Fact]
    public async Task Exact_plate_finds_that_plate_only()
    {
        var checkpoint = NewCheckpoint();
        var wanted = Read(checkpoint, plate: "123ABC02");
        await Log.IndexAsync([wanted, Read(checkpoint, plate: "123ABC03"), Read(checkpoint, plate: "123AB")], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Plate: "123ABC02", Checkpoint: checkpoint), Ct);

        page.Items.ShouldBe([wanted]);
    }

    [Fact]
    public async Task Prefix_finds_plates_that_start_with_it()
    {
        var checkpoint = NewCheckpoint();
        var first = Read(checkpoint, plate: "123ABC02", at: Noon);
        var second = Read(checkpoint, plate: "123ABD15", at: Noon.AddMinutes(1));
        await Log.IndexAsync([first, second, Read(checkpoint, plate: "923ABC02")], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Plate: "123AB", PlateMatch: PlateMatch.Prefix, Checkpoint: checkpoint, Sort: CrossingSort.OldestFirst), Ct);

        page.Items.ShouldBe([first, second]);
    }

    [Theory]
    [InlineData("123ABC02", "I23A8CO2")] // 1/I, 8/B and 0/O at once: three characters off, one skeleton
    [InlineData("O01ABC02", "001A8C02")] // 0/O and 8/B
    [InlineData("111KZ01", "I1IKZ0I")] // 1/I and 0/O, three times over
    [InlineData("555SZ02", "S55S2O2")] // 5/S, 2/Z, 0/O
    [InlineData("123ABC02", "123ABC07")] // any one other character: edit distance 1
    [InlineData("123ABC02", "I23A8CO7")] // confusable misreads and one other character at once
    [InlineData("123ABC02", "123ABC02")] // the plate itself
    public async Task Fuzzy_finds_camera_misreads(string indexed, string asked)
    {
        var checkpoint = NewCheckpoint();
        var misread = Read(checkpoint, plate: indexed);
        await Log.IndexAsync([misread, Read(checkpoint, plate: "777XYZ77")], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Plate: asked, PlateMatch: PlateMatch.Fuzzy, Checkpoint: checkpoint), Ct);

        page.Items.ShouldBe([misread]);
    }

    [Fact]
    public async Task Times_are_kept_and_compared_to_the_millisecond_in_every_store()
    {
        var checkpoint = NewCheckpoint();
        var at = Noon.AddTicks(1_234_567); // 123.4567 ms past noon
        await Log.IndexAsync([Read(checkpoint, at: at)], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, From: Noon.AddTicks(1_230_000)), Ct);
        var before = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, To: Noon.AddTicks(1_239_999)), Ct);

        // 123.4567 ms is kept as 123 ms; a bound of 123.9999 ms is 123 ms too, and To is exclusive.
        page.Items.ShouldHaveSingleItem().Timestamp.ShouldBe(Noon.AddMilliseconds(123));
        before.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Paging_deeper_than_the_result_window_is_refused()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Log.SearchAsync(new CrossingQuery(Skip: int.MaxValue, Take: 10), Ct));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Log.SearchAsync(new CrossingQuery(Skip: 9_991, Take: 10), Ct));
    }

    [Fact]
    public async Task Fuzzy_keeps_every_close_plate_however_many_similar_plates_the_log_holds()
    {
        // Near-identical plates elsewhere must not crowd the wanted ones out of the fuzzy match.
        var elsewhere = NewCheckpoint();
        var here = NewCheckpoint();
        await Log.IndexAsync([.. Enumerable.Range(0, 78).Select(i => Read(elsewhere, plate: $"1{i:D2}ABC02"))], Ct);
        var wanted = new[] { Read(here, plate: "123ABC02"), Read(here, plate: "123ABC03", at: Noon.AddMinutes(1)) };
        await Log.IndexAsync(wanted, Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Plate: "123ABC02", PlateMatch: PlateMatch.Fuzzy, Checkpoint: here), Ct);

        page.Total.ShouldBe(2);
    }

    [Fact]
    public async Task Fuzzy_does_not_find_a_plate_two_unrelated_characters_away()
    {
        var checkpoint = NewCheckpoint();
        await Log.IndexAsync([Read(checkpoint, plate: "123ABC02")], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Plate: "123AXY02", PlateMatch: PlateMatch.Fuzzy, Checkpoint: checkpoint), Ct);

        page.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Vin_booking_number_and_direction_filter()
    {
        var checkpoint = NewCheckpoint();
        var withVin = Read(checkpoint, vin: "XTC65115KB1234567");
        var booked = Read(checkpoint, bookingNumber: "KZ-2026-000777", direction: CrossingDirection.Entry);
        await Log.IndexAsync([withVin, booked, Read(checkpoint, vin: "XTC65115KB7654321")], Ct);

        (await Log.SearchAsync(new CrossingQuery(Vin: "XTC65115KB1234567", Checkpoint: checkpoint), Ct)).Items.ShouldBe([withVin]);
        (await Log.SearchAsync(new CrossingQuery(BookingNumber: "KZ-2026-000777", Checkpoint: checkpoint), Ct)).Items.ShouldBe([booked]);
        (await Log.SearchAsync(new CrossingQuery(Direction: CrossingDirection.Entry, Checkpoint: checkpoint), Ct)).Items.ShouldBe([booked]);
        (await Log.SearchAsync(new CrossingQuery(Direction: CrossingDirection.Exit, Checkpoint: checkpoint), Ct)).Total.ShouldBe(2);
    }

    [Fact]
    public async Task Checkpoint_filter_keeps_other_checkpoints_out()
    {
        var here = NewCheckpoint();
        var there = NewCheckpoint();
        var crossing = Read(here, plate: "555KZA02");
        await Log.IndexAsync([crossing, Read(there, plate: "555KZA02")], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Plate: "555KZA02", Checkpoint: here), Ct);

        page.Items.ShouldBe([crossing]);
    }

    [Fact]
    public async Task Matched_and_unmatched_reads_are_told_apart()
    {
        var checkpoint = NewCheckpoint();
        var matched = Read(checkpoint, matched: true);
        var unmatched = Read(checkpoint, matched: false);
        await Log.IndexAsync([matched, unmatched], Ct);

        (await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Matched: true), Ct)).Items.ShouldBe([matched]);
        (await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Matched: false), Ct)).Items.ShouldBe([unmatched]);
    }

    [Fact]
    public async Task Date_range_includes_its_start_and_excludes_its_end()
    {
        var checkpoint = NewCheckpoint();
        var before = Read(checkpoint, at: Noon.AddSeconds(-1));
        var atStart = Read(checkpoint, at: Noon);
        var inside = Read(checkpoint, at: Noon.AddMinutes(30));
        var atEnd = Read(checkpoint, at: Noon.AddHours(1));
        await Log.IndexAsync([before, atStart, inside, atEnd], Ct);

        var page = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, From: Noon, To: Noon.AddHours(1), Sort: CrossingSort.OldestFirst), Ct);

        page.Items.ShouldBe([atStart, inside]);
        (await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, From: Noon), Ct)).Total.ShouldBe(3);
        (await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, To: Noon), Ct)).Items.ShouldBe([before]);
    }

    [Fact]
    public async Task Pages_sort_both_ways_and_carry_the_total()
    {
        var checkpoint = NewCheckpoint();
        var crossings = Enumerable.Range(0, 7).Select(i => Read(checkpoint, at: Noon.AddMinutes(i))).ToList();
        await Log.IndexAsync(crossings, Ct);

        var newest = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Skip: 2, Take: 3), Ct);
        var oldest = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Sort: CrossingSort.OldestFirst, Skip: 5, Take: 3), Ct);
        var countOnly = await Log.SearchAsync(new CrossingQuery(Checkpoint: checkpoint, Take: 0), Ct);

        newest.Total.ShouldBe(7);
        newest.Items.ShouldBe([crossings[4], crossings[3], crossings[2]]);
        oldest.Total.ShouldBe(7);
        oldest.Items.ShouldBe([crossings[5], crossings[6]]);
        countOnly.Items.ShouldBeEmpty();
        countOnly.Total.ShouldBe(7);
    }

    [Fact]
    public async Task Days_are_counted_in_Kazakhstan_time()
    {
        var checkpoint = NewCheckpoint();
        // 18:59:59 UTC is 23:59:59 on 10 March in UTC+5; 19:00 UTC is already 11 March there.
        var lastSecondOfTenth = new DateTimeOffset(2026, 3, 10, 18, 59, 59, TimeSpan.Zero);
        await Log.IndexAsync(
        [
            Read(checkpoint, at: new DateTimeOffset(2026, 3, 10, 0, 30, 0, TimeSpan.Zero)),
            Read(checkpoint, at: lastSecondOfTenth),
            Read(checkpoint, at: lastSecondOfTenth.AddSeconds(1)),
            Read(checkpoint, at: new DateTimeOffset(2026, 3, 9, 19, 0, 0, TimeSpan.Zero)), // 00:00 on 10 March, UTC+5
            Read(checkpoint, at: new DateTimeOffset(2026, 3, 9, 18, 0, 0, TimeSpan.Zero)), // 23:00 on 9 March, UTC+5
        ], Ct);

        var counts = await Log.CountPerCheckpointPerDayAsync(
            new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.Zero), checkpoint, Ct);

        counts.ShouldBe(
        [
            new CrossingsPerDay(checkpoint, new DateOnly(2026, 3, 9), 1),
            new CrossingsPerDay(checkpoint, new DateOnly(2026, 3, 10), 3),
            new CrossingsPerDay(checkpoint, new DateOnly(2026, 3, 11), 1),
        ]);
    }

    [Fact]
    public async Task Days_of_every_checkpoint_are_ordered_by_day_then_checkpoint()
    {
        // A year no other test writes to, so "every checkpoint" means this test's two.
        var day = new DateTimeOffset(2019, 6, 1, 6, 0, 0, TimeSpan.Zero);
        var first = "A" + NewCheckpoint();
        var second = "B" + NewCheckpoint();
        await Log.IndexAsync([Read(second, at: day), Read(first, at: day), Read(first, at: day.AddHours(1)), Read(second, at: day.AddDays(1))], Ct);

        var counts = await Log.CountPerCheckpointPerDayAsync(day.AddDays(-1), day.AddDays(2), null, Ct);

        counts.ShouldBe(
        [
            new CrossingsPerDay(first, new DateOnly(2019, 6, 1), 2),
            new CrossingsPerDay(second, new DateOnly(2019, 6, 1), 1),
            new CrossingsPerDay(second, new DateOnly(2019, 6, 2), 1),
        ]);
        (await Log.CountPerCheckpointPerDayAsync(day.AddDays(-1), day.AddDays(2), first, Ct)).Count.ShouldBe(1);
    }
}
