using Seo.Application.Common.Ports;
using Seo.Application.Live;
using static Seo.Projections.Tests.Live.LiveEntries;

namespace Seo.Projections.Tests.Live;

/// <summary>
/// What every <see cref="ICheckpointLiveReadModel"/> must do (R4, R2.1, R12, R32), written once
/// against the port and run by one subclass per implementation: the merge under repeats,
/// reordering and concurrency, the position and replay buffer that SSE resumes rely on, the
/// rebuild's replace and the trim.
/// </summary>
public abstract class CheckpointLiveReadModelConformance : IAsyncLifetime
{
    /// <summary>The replay buffer the models under test are made with.</summary>
    protected const int Buffer = 4;

    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly LiveStamp Stamp = new(Morning, Morning.AddMilliseconds(250));

    /// <summary>The model under test, fresh and empty for each test, with a replay buffer of <see cref="Buffer"/>.</summary>
    protected abstract ICheckpointLiveReadModel Model { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task R4_applied_entries_are_read_back_with_a_position_that_grows_by_one_per_movement()
    {
        var start = (await Model.ReadAsync(Checkpoint, None)).Position;
        var first = Vehicle(Journey(1), "InWaitingZone", Morning);
        var second = Vehicle(Journey(2), "Called", Morning);

        var a = await Model.ApplyAsync(Checkpoint, first, Stamp, None);
        var b = await Model.ApplyAsync(Checkpoint, second, Stamp, None);

        a.ShouldNotBeNull().Position.ShouldBeGreaterThan(start);
        b.ShouldNotBeNull().Position.ShouldBe(a.Position + 1);
        b.Entry.ShouldBe(second);
        var read = await Model.ReadAsync(Checkpoint, None);
        read.Position.ShouldBe(b.Position);
        read.Entries.ShouldBe([first, second], ignoreOrder: true);
        read.LastApplied.ShouldBe(Stamp);
        read.LastApplied!.Lag.ShouldBe(TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task R4_a_redelivered_event_changes_nothing_and_adds_no_movement()
    {
        var entry = Vehicle(Journey(1), "InWaitingZone", Morning);
        await Model.ApplyAsync(Checkpoint, entry, Stamp, None);
        var before = await Model.ReadAsync(Checkpoint, None);

        (await Model.ApplyAsync(Checkpoint, entry, Stamp, None)).ShouldBeNull();

        var after = await Model.ReadAsync(Checkpoint, None);
        after.Position.ShouldBe(before.Position);
        after.Entries.ShouldBe(before.Entries);
    }

    [Fact]
    public async Task R4_an_older_state_of_a_booking_never_overwrites_a_newer_one()
    {
        var booking = Journey(1);
        var atCheckpoint = Vehicle(booking, "AtCheckpoint", Morning.AddMinutes(30));
        await Model.ApplyAsync(Checkpoint, atCheckpoint, Stamp, None);

        (await Model.ApplyAsync(Checkpoint, Vehicle(booking, "InWaitingZone", Morning), Stamp, None)).ShouldBeNull();

        (await Model.ReadAsync(Checkpoint, None)).Entries.ShouldBe([atCheckpoint]);
    }

    [Fact]
    public async Task R4_a_movement_of_a_booking_names_the_status_it_left()
    {
        var booking = Journey(1);
        await Model.ApplyAsync(Checkpoint, Vehicle(booking, "InWaitingZone", Morning), Stamp, None);

        var called = await Model.ApplyAsync(Checkpoint, Vehicle(booking, "Called", Morning.AddMinutes(5)), Stamp, None);

        called.ShouldNotBeNull().Type.ShouldBe(LiveVehicle.Kind);
        called.PreviousStatus.ShouldBe("InWaitingZone");
        called.At.ShouldBe(Morning.AddMinutes(5));
    }

    [Fact]
    public async Task R4_concurrent_events_of_one_booking_converge_on_the_newest()
    {
        var booking = Journey(1);
        string[] journey = ["Confirmed", "InWaitingZone", "Called", "LeftWaitingZone", "AtCheckpoint", "Completed"];
        var events = Enumerable.Range(0, 24).Select(i => Vehicle(booking, journey[i % journey.Length], Morning.AddMinutes(i))).ToList();

        await Task.WhenAll(events.Select(entry => Task.Run(() => Model.ApplyAsync(Checkpoint, entry, Stamp, None))));

        (await Model.ReadAsync(Checkpoint, None)).Entries.ShouldBe([events[^1]]);
    }

    [Fact]
    public async Task R4_a_replay_returns_the_movements_after_a_position_in_order()
    {
        var start = (await Model.ReadAsync(Checkpoint, None)).Position;
        var movements = new List<LiveMovement>();
        for (var i = 1; i <= 3; i++)
        {
            movements.Add((await Model.ApplyAsync(Checkpoint, Vehicle(Journey(i), "InWaitingZone", Morning), Stamp, None))!);
        }

        var fromFirst = await Model.ReplayAfterAsync(Checkpoint, movements[0].Position, None);
        var atEnd = await Model.ReplayAfterAsync(Checkpoint, movements[2].Position, None);

        fromFirst.Complete.ShouldBeTrue();
        fromFirst.Movements.ShouldBe(movements[1..]);
        fromFirst.Position.ShouldBe(movements[2].Position);
        atEnd.Complete.ShouldBeTrue();
        atEnd.Movements.ShouldBeEmpty();
        (await Model.ReplayAfterAsync(Checkpoint, movements[0].Position - 1, None)).Movements.ShouldBe(movements);
        movements[0].Position.ShouldBeGreaterThan(start);
    }

    [Fact]
    public async Task R4_a_resume_older_than_the_replay_buffer_or_from_another_life_of_the_stream_is_told_to_reload()
    {
        var movements = new List<LiveMovement>();
        for (var i = 1; i <= Buffer + 2; i++)
        {
            movements.Add((await Model.ApplyAsync(Checkpoint, Vehicle(Journey(i), "InWaitingZone", Morning), Stamp, None))!);
        }

        var tooOld = await Model.ReplayAfterAsync(Checkpoint, movements[0].Position, None);
        var buffered = await Model.ReplayAfterAsync(Checkpoint, movements[1].Position, None);
        var ahead = await Model.ReplayAfterAsync(Checkpoint, movements[^1].Position + 10, None);

        tooOld.Complete.ShouldBeFalse();
        tooOld.Position.ShouldBe(movements[^1].Position);
        buffered.Complete.ShouldBeTrue();
        buffered.Movements.Count.ShouldBe(Buffer);
        ahead.Complete.ShouldBeFalse();
    }

    [Fact]
    public async Task R4_a_rebuild_replaces_vehicles_and_alerts_keeps_devices_and_reads_and_announces_a_reload()
    {
        var device = new LiveDevice(Guid.NewGuid(), "AnprCamera", "Mains", null, Morning);
        var read = new LiveRead(Guid.NewGuid(), "WaitingZoneEntry", "Exit", "001ABC02", "Advanced", Morning, null);
        await Model.ApplyAsync(Checkpoint, Vehicle(Journey(1), "InWaitingZone", Morning), Stamp, None);
        await Model.ApplyAsync(Checkpoint, new LiveAlert(Guid.NewGuid(), "EntryRefused", "No booking", null, "999XYZ02", null, Morning), Stamp, None);
        await Model.ApplyAsync(Checkpoint, device, Stamp, None);
        var last = await Model.ApplyAsync(Checkpoint, read, Stamp, None);
        var rebuilt = Vehicle(Journey(2), "Confirmed", Morning) with { Rebuilt = true };

        var position = await Model.ReplaceAsync(Checkpoint, [rebuilt], Morning.AddMinutes(1), None);

        position.ShouldBe(last!.Position + 1);
        (await Model.ReadAsync(Checkpoint, None)).Entries.ShouldBe([rebuilt, device, read], ignoreOrder: true);
        var reload = (await Model.ReplayAfterAsync(Checkpoint, last.Position, None)).Movements.ShouldHaveSingleItem();
        reload.Type.ShouldBe(LiveMovement.Reload);
        reload.Position.ShouldBe(position);
    }

    [Fact]
    public async Task R4_a_trim_removes_only_entries_still_stored_as_given()
    {
        var booking = Journey(1);
        var old = Vehicle(booking, "InWaitingZone", Morning);
        var other = Vehicle(Journey(2), "Completed", Morning);
        await Model.ApplyAsync(Checkpoint, old, Stamp, None);
        await Model.ApplyAsync(Checkpoint, other, Stamp, None);
        var moved = Vehicle(booking, "Called", Morning.AddMinutes(1));
        await Model.ApplyAsync(Checkpoint, moved, Stamp, None);

        var removed = await Model.RemoveAsync(Checkpoint, [old, other], None);

        removed.ShouldBe(1);
        (await Model.ReadAsync(Checkpoint, None)).Entries.ShouldBe([moved]);
    }

    [Fact]
    public async Task R4_a_change_that_is_not_a_movement_is_stored_without_a_position()
    {
        var id = Guid.NewGuid();
        var first = await Model.ApplyAsync(Checkpoint, new LiveDevice(id, "Barrier", "Mains", null, Morning), Stamp, None);
        var later = new LiveDevice(id, "Barrier", "Mains", null, Morning.AddMinutes(1));

        (await Model.ApplyAsync(Checkpoint, later, Stamp, None)).ShouldBeNull();

        var read = await Model.ReadAsync(Checkpoint, None);
        read.Entries.ShouldBe([later]);
        read.Position.ShouldBe(first!.Position);
    }

    [Fact]
    public async Task R4_a_waiting_stream_wakes_when_a_movement_comes_and_not_before()
    {
        var position = (await Model.ReadAsync(Checkpoint, None)).Position;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var waiting = Model.WaitForMovementAsync(Checkpoint, position, timeout.Token);
        await Model.ApplyAsync("KHORGOS", Vehicle(Journey(9) with { Checkpoint = "KHORGOS" }, "InWaitingZone", Morning), Stamp, None);
        waiting.IsCompleted.ShouldBeFalse();

        await Model.ApplyAsync(Checkpoint, Vehicle(Journey(1), "InWaitingZone", Morning), Stamp, None);

        await waiting;
        timeout.IsCancellationRequested.ShouldBeFalse();
    }

    [Fact]
    public async Task R4_checkpoints_are_apart()
    {
        await Model.ApplyAsync("KHORGOS", Vehicle(Journey(9) with { Checkpoint = "KHORGOS" }, "InWaitingZone", Morning), Stamp, None);

        (await Model.ReadAsync(Checkpoint, None)).Entries.ShouldBeEmpty();
    }
}
