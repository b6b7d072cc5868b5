using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Capacity;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Capacity;

public abstract class CapacityLedgerTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private static readonly DateOnly Day = TestData.BookedDate;

    private async Task<(bool Ok, int Sequence, string? Code)> ReserveAsync(Checkpoint checkpoint, BookedInterval interval, bool priority = false)
    {
        await using var db = Database.NewContext();
        var result = await TestStore.Ledger(db).TryReserveAsync(checkpoint, interval, priority, CancellationToken.None);
        return result.IsSuccess ? (true, result.Value, null) : (false, 0, result.Error.Code);
    }

    private async Task ReleaseAsync(Checkpoint checkpoint, BookedInterval interval, bool priority = false)
    {
        await using var db = Database.NewContext();
        await TestStore.Ledger(db).ReleaseAsync(checkpoint.Id, interval, priority, CancellationToken.None);
    }

    private async Task<CapacitySlot> SlotAsync(Checkpoint checkpoint, BookedInterval interval)
    {
        await using var db = Database.NewContext();
        var minute = (interval.Start.Hour * 60) + interval.Start.Minute;
        return await db.CapacitySlots.AsNoTracking()
            .SingleAsync(s => s.Checkpoint == checkpoint.Id.Value && s.Day == interval.Date.DayNumber && s.StartMinute == minute);
    }

    private async Task<CapacityDay> DayAsync(Checkpoint checkpoint, DateOnly date)
    {
        await using var db = Database.NewContext();
        return await db.CapacityDays.AsNoTracking().SingleAsync(d => d.Checkpoint == checkpoint.Id.Value && d.Day == date.DayNumber);
    }

    private static BookedInterval At(Checkpoint checkpoint, int hour, DateOnly? date = null) =>
        BookedInterval.Create(checkpoint, date ?? Day, new TimeOnly(hour, 0)).Value;

    [Fact]
    public async Task The_first_reservation_opens_the_day_with_every_interval_at_full_capacity()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");

        (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();

        await using var db = Database.NewContext();
        var slots = await db.CapacitySlots.AsNoTracking().Where(s => s.Checkpoint == "DOSTYK" && s.Day == Day.DayNumber).ToListAsync();
        slots.Count.ShouldBe(24);
        slots.ShouldAllBe(s => s.Capacity == 20);
        slots.Sum(s => s.Booked).ShouldBe(1);
        var day = await DayAsync(dostyk, Day);
        day.Throughput.ShouldBe(480);
        day.PriorityLimit.ShouldBe(72);
    }

    [Fact]
    public async Task R22_an_interval_takes_its_capacity_and_then_answers_slot_full()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = At(dostyk, 10);

        for (var i = 0; i < 20; i++)
        {
            (await ReserveAsync(dostyk, interval)).Ok.ShouldBeTrue();
        }

        var full = await ReserveAsync(dostyk, interval);

        full.Ok.ShouldBeFalse();
        full.Code.ShouldBe("slot-full");
        (await SlotAsync(dostyk, interval)).Booked.ShouldBe(20);
        (await DayAsync(dostyk, Day)).LastSequenceNumber.ShouldBe(20);
        await using var db = Database.NewContext();
        (await TestStore.Ledger(db).FullIntervalsAsync(dostyk.Id, Day, Day, CancellationToken.None))
            .ShouldBe([(Day, new TimeOnly(10, 0))]);
    }

    [Fact]
    public async Task R20_sequence_numbers_run_1_to_n_per_checkpoint_day()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var bakhty = await Database.CheckpointAsync("BAKHTY");
        var sequences = new List<(string, DateOnly, int)>();

        foreach (var (checkpoint, date, hour) in new[]
        {
            (dostyk, Day, 10), (dostyk, Day, 11), (bakhty, Day, 10), (dostyk, Day.AddDays(1), 10), (dostyk, Day, 12), (bakhty, Day, 23),
        })
        {
            var reserved = await ReserveAsync(checkpoint, At(checkpoint, hour, date));
            reserved.Ok.ShouldBeTrue();
            sequences.Add((checkpoint.Id.Value, date, reserved.Sequence));
        }

        sequences.ShouldBe(
        [
            ("DOSTYK", Day, 1), ("DOSTYK", Day, 2), ("BAKHTY", Day, 1), ("DOSTYK", Day.AddDays(1), 1), ("DOSTYK", Day, 3), ("BAKHTY", Day, 2),
        ]);
    }

    [Fact]
    public async Task R6_a_refused_priority_reservation_gives_its_place_back_inside_the_same_transaction()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        for (var i = 0; i < 72; i++)
        {
            (await ReserveAsync(dostyk, At(dostyk, i / 20), priority: true)).Ok.ShouldBeTrue();
        }

        var target = At(dostyk, 5);
        var bookedBefore = (await SlotAsync(dostyk, target)).Booked;

        // A first-free search goes on to the next day in the same transaction and commits:
        // the refused day must not keep the place it touched.
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
                var ledger = TestStore.Ledger(db);
                (await ledger.TryReserveAsync(dostyk, target, priority: true, CancellationToken.None)).Error!.Code.ShouldBe("priority-quota-exhausted");
                (await ledger.TryReserveAsync(dostyk, At(dostyk, 5, Day.AddDays(1)), priority: true, CancellationToken.None)).IsSuccess.ShouldBeTrue();
                await transaction.CommitAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await SlotAsync(dostyk, target)).Booked.ShouldBe(bookedBefore);
        (await DayAsync(dostyk, Day)).PriorityBooked.ShouldBe(72);
        (await DayAsync(dostyk, Day.AddDays(1))).PriorityBooked.ShouldBe(1);
    }

    [Fact]
    public async Task R6_priority_places_stop_at_15_percent_of_the_days_throughput()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        for (var i = 0; i < 72; i++)
        {
            (await ReserveAsync(dostyk, At(dostyk, i / 20), priority: true)).Ok.ShouldBeTrue();
        }

        var target = At(dostyk, 5);
        var bookedBefore = (await SlotAsync(dostyk, target)).Booked;

        // As in a command: the refused reservation's transaction is rolled back.
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
                var refused = await TestStore.Ledger(db).TryReserveAsync(dostyk, target, priority: true, CancellationToken.None);
                refused.IsSuccess.ShouldBeFalse();
                refused.Error.Code.ShouldBe("priority-quota-exhausted");
                refused.Error.Rule.ShouldBe("R6");
                await transaction.RollbackAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await SlotAsync(dostyk, target)).Booked.ShouldBe(bookedBefore);
        var day = await DayAsync(dostyk, Day);
        day.PriorityBooked.ShouldBe(72);
        day.LastSequenceNumber.ShouldBe(72);
        (await SlotAsync(dostyk, At(dostyk, 0))).Booked.ShouldBe(20);
        (await SlotAsync(dostyk, At(dostyk, 3))).Booked.ShouldBe(12);

        var ordinary = await ReserveAsync(dostyk, target);
        ordinary.Ok.ShouldBeTrue();
        ordinary.Sequence.ShouldBe(73);
        (await ReserveAsync(dostyk, At(dostyk, 5, Day.AddDays(1)), priority: true)).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task R6_a_released_priority_place_can_be_taken_again()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        for (var i = 0; i < 72; i++)
        {
            (await ReserveAsync(dostyk, At(dostyk, i / 20), priority: true)).Ok.ShouldBeTrue();
        }

        await ReleaseAsync(dostyk, At(dostyk, 0), priority: true);

        (await DayAsync(dostyk, Day)).PriorityBooked.ShouldBe(71);
        (await ReserveAsync(dostyk, At(dostyk, 6), priority: true)).Ok.ShouldBeTrue();
        (await DayAsync(dostyk, Day)).PriorityBooked.ShouldBe(72);
    }

    [Fact]
    public async Task Release_gives_a_place_back_and_never_goes_below_zero()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = At(dostyk, 10);
        (await ReserveAsync(dostyk, interval)).Ok.ShouldBeTrue();
        (await ReserveAsync(dostyk, interval)).Ok.ShouldBeTrue();

        await ReleaseAsync(dostyk, interval);
        (await SlotAsync(dostyk, interval)).Booked.ShouldBe(1);

        await ReleaseAsync(dostyk, interval);
        await ReleaseAsync(dostyk, interval);
        await ReleaseAsync(dostyk, interval, priority: true);

        (await SlotAsync(dostyk, interval)).Booked.ShouldBe(0);
        (await DayAsync(dostyk, Day)).PriorityBooked.ShouldBe(0);
    }

    [Fact]
    public async Task Release_of_a_day_nobody_booked_changes_nothing()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");

        await ReleaseAsync(dostyk, At(dostyk, 10), priority: true);

        await using var db = Database.NewContext();
        (await db.CapacitySlots.CountAsync()).ShouldBe(0);
        (await db.CapacityDays.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_full_interval_has_room_again_after_a_release()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = At(dostyk, 10);
        for (var i = 0; i < 20; i++)
        {
            (await ReserveAsync(dostyk, interval)).Ok.ShouldBeTrue();
        }

        await ReleaseAsync(dostyk, interval);

        var again = await ReserveAsync(dostyk, interval);
        again.Ok.ShouldBeTrue();
        again.Sequence.ShouldBe(21);
        (await SlotAsync(dostyk, interval)).Booked.ShouldBe(20);
    }

    /// <summary>Runs <paramref name="work"/> as a command does: one transaction, saved and committed unless told to roll back.</summary>
    private async Task InTransactionAsync(Func<CapacityLedger, Task> work, bool commit = true)
    {
        await using var db = Database.NewContext();
        var unitOfWork = new EfUnitOfWork(db);
        await unitOfWork.RunAsync(async _ =>
        {
            await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
            await work(TestStore.Ledger(db));
            if (commit)
            {
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
            }
            else
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }

            return true;
        }, CancellationToken.None);
    }

    private async Task<List<SlotCount>> SlotEventsAsync()
    {
        await using var db = Database.NewContext();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.Type == SlotCountChanged.EventType).OrderBy(m => m.Sequence).ToListAsync();
        messages.ShouldAllBe(m => m.AggregateType == SlotCountChanged.AggregateType);
        // Each version is its own outbox aggregate, so a failed one never holds a later one back.
        messages.ShouldAllBe(m => m.AggregateId == SlotCountChanged.FromPayload(m.Payload).AggregateId);
        return [.. messages.Select(m => SlotCountChanged.FromPayload(m.Payload).Count)];
    }

    private static SlotCount CountOf(CapacitySlot slot) =>
        new(slot.Checkpoint, DateOnly.FromDayNumber(slot.Day), slot.StartMinute, slot.Capacity, slot.Booked, slot.PriorityBooked, slot.Version);

    [Fact]
    public async Task Every_change_of_an_interval_row_raises_its_version_and_opening_a_day_leaves_it_at_0()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = At(dostyk, 10);

        (await ReserveAsync(dostyk, interval)).Ok.ShouldBeTrue();
        var afterReserve = (await SlotAsync(dostyk, interval)).Version;
        (await ReserveAsync(dostyk, interval, priority: true)).Ok.ShouldBeTrue();
        var afterPriority = (await SlotAsync(dostyk, interval)).Version;
        await ReleaseAsync(dostyk, interval, priority: true);
        var afterRelease = (await SlotAsync(dostyk, interval)).Version;

        afterReserve.ShouldBe(1);
        afterPriority.ShouldBeGreaterThan(afterReserve);
        afterRelease.ShouldBeGreaterThan(afterPriority);
        (await SlotAsync(dostyk, At(dostyk, 11))).Version.ShouldBe(0);
    }

    [Fact]
    public async Task A_release_that_changes_nothing_leaves_the_version_alone_and_writes_no_event()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = At(dostyk, 10);
        (await ReserveAsync(dostyk, At(dostyk, 11))).Ok.ShouldBeTrue();

        await InTransactionAsync(ledger => ledger.ReleaseAsync(dostyk.Id, interval, priority: true, CancellationToken.None));

        (await SlotAsync(dostyk, interval)).Version.ShouldBe(0);
        (await SlotEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_committed_change_writes_one_SlotCountChanged_per_touched_row_carrying_the_row_as_committed()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var ten = At(dostyk, 10);
        var eleven = At(dostyk, 11);

        await InTransactionAsync(async ledger =>
        {
            (await ledger.TryReserveAsync(dostyk, ten, priority: false, CancellationToken.None)).IsSuccess.ShouldBeTrue();
            (await ledger.TryReserveAsync(dostyk, ten, priority: true, CancellationToken.None)).IsSuccess.ShouldBeTrue();
            (await ledger.TryReserveAsync(dostyk, eleven, priority: false, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        });

        var events = await SlotEventsAsync();
        events.Count.ShouldBe(2);
        events.ShouldContain(CountOf(await SlotAsync(dostyk, ten)));
        events.ShouldContain(CountOf(await SlotAsync(dostyk, eleven)));
        events.Single(e => e.StartMinute == 600).ShouldSatisfyAllConditions(
            e => e.Booked.ShouldBe(2), e => e.PriorityBooked.ShouldBe(1), e => e.Checkpoint.ShouldBe("DOSTYK"), e => e.Date.ShouldBe(Day));

        await InTransactionAsync(ledger => ledger.ReleaseAsync(dostyk.Id, ten, priority: true, CancellationToken.None));

        var afterRelease = await SlotEventsAsync();
        afterRelease.Count.ShouldBe(3);
        afterRelease[^1].ShouldBe(CountOf(await SlotAsync(dostyk, ten)));
        afterRelease[^1].Version.ShouldBeGreaterThan(events.Single(e => e.StartMinute == 600).Version);
    }

    [Fact]
    public async Task R6_a_row_given_back_after_a_refused_priority_place_still_reports_its_new_version_once()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        for (var i = 0; i < 72; i++)
        {
            (await ReserveAsync(dostyk, At(dostyk, i / 20), priority: true)).Ok.ShouldBeTrue();
        }

        var target = At(dostyk, 5);
        await InTransactionAsync(async ledger =>
        {
            (await ledger.TryReserveAsync(dostyk, target, priority: true, CancellationToken.None)).Error!.Code.ShouldBe("priority-quota-exhausted");
            (await ledger.TryReserveAsync(dostyk, target, priority: true, CancellationToken.None)).Error!.Code.ShouldBe("priority-quota-exhausted");
            (await ledger.TryReserveAsync(dostyk, At(dostyk, 5, Day.AddDays(1)), priority: true, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        });

        var events = await SlotEventsAsync();
        events.Count.ShouldBe(2);
        var stored = await SlotAsync(dostyk, target);
        events.Single(e => e.Date == Day).ShouldBe(CountOf(stored));
        stored.Booked.ShouldBe(0);
        stored.Version.ShouldBe(4);
    }

    [Fact]
    public async Task A_rolled_back_change_writes_no_event_and_keeps_the_version()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = At(dostyk, 10);
        (await ReserveAsync(dostyk, interval)).Ok.ShouldBeTrue();

        await InTransactionAsync(
            async ledger => (await ledger.TryReserveAsync(dostyk, interval, priority: false, CancellationToken.None)).IsSuccess.ShouldBeTrue(),
            commit: false);

        (await SlotEventsAsync()).ShouldBeEmpty();
        var slot = await SlotAsync(dostyk, interval);
        slot.Booked.ShouldBe(1);
        slot.Version.ShouldBe(1);
    }

    private static readonly CapacitySchedule DaytimeOf10 = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 60, 10).Value;

    private async Task<List<SlotCount>> ReviseDayAsync(Checkpoint checkpoint, DateOnly date, CapacitySchedule schedule, int priorityLimit, TimeOnly? from = null)
    {
        List<SlotCount> overbooked = [];
        await InTransactionAsync(async ledger =>
            overbooked = [.. await ledger.ReviseDayAsync(checkpoint.Id, date, schedule, priorityLimit, from ?? TimeOnly.MinValue, CancellationToken.None)]);
        return overbooked;
    }

    private async Task<List<CapacitySlot>> SlotsAsync(Checkpoint checkpoint, DateOnly date)
    {
        await using var db = Database.NewContext();
        return await db.CapacitySlots.AsNoTracking()
            .Where(s => s.Checkpoint == checkpoint.Id.Value && s.Day == date.DayNumber)
            .OrderBy(s => s.StartMinute)
            .ToListAsync();
    }

    [Fact]
    public async Task R22_a_revised_day_nobody_booked_opens_on_its_new_schedule_without_events()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var halfHoursOf5 = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 30, 5).Value;

        (await ReviseDayAsync(dostyk, Day, halfHoursOf5, priorityLimit: 18)).ShouldBeEmpty();

        var slots = await SlotsAsync(dostyk, Day);
        slots.Select(s => s.StartMinute).ShouldBe(Enumerable.Range(0, 24).Select(i => 480 + (i * 30)));
        slots.ShouldAllBe(s => s.Capacity == 5 && s.Booked == 0 && s.Version == 0);
        var day = await DayAsync(dostyk, Day);
        day.Throughput.ShouldBe(120);
        day.PriorityLimit.ShouldBe(18);
        (await SlotEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task R22_a_revised_day_keeps_its_bookings_takes_the_new_places_closes_dropped_intervals_and_publishes_each_changed_row()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        for (var i = 0; i < 3; i++)
        {
            (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();
        }

        var before = await SlotsAsync(dostyk, Day);

        (await ReviseDayAsync(dostyk, Day, DaytimeOf10, priorityLimit: 18)).ShouldBeEmpty();

        var after = await SlotsAsync(dostyk, Day);
        after.Count.ShouldBe(24);
        after.Where(s => s.StartMinute is >= 480 and < 1200).ShouldAllBe(s => s.Capacity == 10);
        after.Where(s => s.StartMinute is < 480 or >= 1200).ShouldAllBe(s => s.Capacity == 0 && s.Booked == 0);
        var ten = after.Single(s => s.StartMinute == 600);
        ten.Booked.ShouldBe(3);
        ten.Version.ShouldBe(before.Single(s => s.StartMinute == 600).Version + 1);
        var day = await DayAsync(dostyk, Day);
        day.Throughput.ShouldBe(120);
        day.PriorityLimit.ShouldBe(18);
        day.LastSequenceNumber.ShouldBe(3);
        var events = await SlotEventsAsync();
        events.ShouldBe([.. after.Select(CountOf)], ignoreOrder: true);
        (await ReserveAsync(dostyk, At(dostyk, 21))).Code.ShouldBe("slot-full");
    }

    [Fact]
    public async Task R22_a_day_revised_again_to_the_same_schedule_changes_no_row_and_writes_no_event()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();
        (await ReviseDayAsync(dostyk, Day, DaytimeOf10, priorityLimit: 18)).ShouldBeEmpty();
        var slots = await SlotsAsync(dostyk, Day);
        var events = (await SlotEventsAsync()).Count;

        (await ReviseDayAsync(dostyk, Day, DaytimeOf10, priorityLimit: 18)).ShouldBeEmpty();

        (await SlotsAsync(dostyk, Day)).Select(CountOf).ShouldBe(slots.Select(CountOf));
        (await SlotEventsAsync()).Count.ShouldBe(events);
    }

    [Fact]
    public async Task R22_a_revised_day_adds_the_intervals_its_new_schedule_has_and_they_take_bookings()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();
        var halfHoursOf5 = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 30, 5).Value;

        (await ReviseDayAsync(dostyk, Day, halfHoursOf5, priorityLimit: 18)).ShouldBeEmpty();

        var slots = await SlotsAsync(dostyk, Day);
        slots.Count.ShouldBe(24 + 12);
        slots.Single(s => s.StartMinute == 630).ShouldSatisfyAllConditions(s => s.Capacity.ShouldBe(5), s => s.Version.ShouldBe(0));
        slots.Single(s => s.StartMinute == 600).ShouldSatisfyAllConditions(s => s.Capacity.ShouldBe(5), s => s.Booked.ShouldBe(1));
        var checkpoint = await Database.CheckpointAsync("DOSTYK");
        checkpoint.ReviseCapacity(0, Day, WeeklyCapacity.Every(halfHoursOf5), [], Guid.NewGuid(), "Half hours", TestData.Now).IsSuccess.ShouldBeTrue();
        (await ReserveAsync(checkpoint, BookedInterval.Create(checkpoint, Day, new TimeOnly(10, 30)).Value)).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task R22_a_cut_below_what_an_interval_holds_is_reported_with_the_interval()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        for (var i = 0; i < 3; i++)
        {
            (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();
        }

        var two = CapacitySchedule.Create(TimeOnly.MinValue, 24, 60, 2).Value;

        var overbooked = await ReviseDayAsync(dostyk, Day, two, priorityLimit: 7);

        overbooked.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.Date.ShouldBe(Day), s => s.StartMinute.ShouldBe(600), s => s.Capacity.ShouldBe(2), s => s.Booked.ShouldBe(3));
    }

    [Fact]
    public async Task R22_intervals_of_the_day_that_have_begun_keep_their_places()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();

        (await ReviseDayAsync(dostyk, Day, DaytimeOf10, priorityLimit: 18, from: new TimeOnly(12, 0))).ShouldBeEmpty();

        var slots = await SlotsAsync(dostyk, Day);
        slots.Where(s => s.StartMinute < 720).ShouldAllBe(s => s.Capacity == 20);
        slots.Where(s => s.StartMinute is >= 720 and < 1200).ShouldAllBe(s => s.Capacity == 10);
        slots.Where(s => s.StartMinute >= 1200).ShouldAllBe(s => s.Capacity == 0);
    }

    [Fact]
    public async Task Slot_counts_are_the_ledger_rows_with_their_versions_in_date_and_start_order()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        (await ReserveAsync(dostyk, At(dostyk, 10, Day.AddDays(1)))).Ok.ShouldBeTrue();
        (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();
        (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();

        await using var db = Database.NewContext();
        var counts = await TestStore.Ledger(db).SlotCountsAsync(dostyk.Id, Day, Day, CancellationToken.None);

        counts.Count.ShouldBe(24);
        counts.Select(c => c.StartMinute).ShouldBeInOrder();
        counts.ShouldAllBe(c => c.Date == Day);
        counts.Single(c => c.StartMinute == 600).ShouldBe(new SlotCount("DOSTYK", Day, 600, 20, 2, 0, 2));
    }

    [Fact]
    public async Task Availability_reads_the_ledger_and_shows_untouched_days_at_full_capacity()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        for (var i = 0; i < 3; i++)
        {
            (await ReserveAsync(dostyk, At(dostyk, 10))).Ok.ShouldBeTrue();
        }

        await using var db = Database.NewContext();
        var slots = await new SqlSlotAvailabilityReader(db).ReadAsync(dostyk, Day, Day.AddDays(1), CancellationToken.None);

        slots.Count.ShouldBe(48);
        slots.Single(s => s.Date == Day && s.Start == new TimeOnly(10, 0)).Free.ShouldBe(17);
        slots.Where(s => s.Date == Day.AddDays(1)).ShouldAllBe(s => s.Free == 20 && s.Booked == 0);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteCapacityLedgerTests(SqliteStore store) : CapacityLedgerTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlCapacityLedgerTests(PostgreSqlStore store) : CapacityLedgerTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerCapacityLedgerTests(SqlServerStore store) : CapacityLedgerTests<SqlServerStore>(store);
