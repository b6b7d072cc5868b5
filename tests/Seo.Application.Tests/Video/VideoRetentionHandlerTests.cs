using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Application.Devices.Common;
using Seo.Application.Video.Common;
using Seo.Application.Video.Holds;
using Seo.Application.Video.RegisterSegment;
using Seo.Application.Video.Retention;
using Seo.Domain.Accounts;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Domain.Video;
using Seo.Tests.Shared;

namespace Seo.Application.Tests.Video;

/// <summary>A video store in memory: the recordings it holds, and whether it answers.</summary>
internal sealed class VideoStorageDouble : IVideoStorage
{
    public HashSet<string> Files { get; } = [];

    public List<string> Deletions { get; } = [];

    public bool Failing { get; set; }

    public Task<Result> DeleteAsync(string storageReference, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            return Task.FromResult<Result>(new DomainError("video-storage-failed", "The video store did not answer.", ErrorKind.Unavailable));
        }

        Deletions.Add(storageReference);
        Files.Remove(storageReference);
        return Task.FromResult(Result.Success());
    }
}

public sealed class VideoRetentionHandlerTests
{
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private readonly List<Device> _devices = [];
    private readonly List<VideoSegment> _segments = [];
    private readonly List<VideoHold> _holds = [];
    private readonly List<Checkpoint> _checkpoints = [TestData.Dostyk()];
    private readonly VideoStorageDouble _storage = new();
    private readonly DeviceOptions _deviceOptions = new();
    private readonly VideoOptions _videoOptions = new();
    private readonly ICurrentUser _officer = Substitutes.CurrentUser(AccountId.New(), Role.Officer);
    private readonly Device _zone;
    private readonly Device _gate;

    public VideoRetentionHandlerTests()
    {
        _zone = Camera(CameraPoint.WaitingZone);
        _gate = Camera(CameraPoint.WaitingZoneEntry);
    }

    private Device Camera(CameraPoint point, DeviceKind kind = DeviceKind.VideoCamera)
    {
        var device = Device.Register(DeviceId.New(), $"{point} camera", _checkpoints[0].Id, point, CrossingDirection.Exit, TestData.Now.AddDays(-10), kind).Value.Device;
        _devices.Add(device);
        return device;
    }

    private Task<Result<VideoSegmentRegistration>> Register(Device camera, Guid? id = null, DateTimeOffset? from = null, DateTimeOffset? to = null, string? reference = null)
    {
        var end = to ?? _clock.GetUtcNow().AddMinutes(-1);
        var storage = reference ?? $"dostyk/{camera.Point}/{Guid.NewGuid():N}.mp4";
        _storage.Files.Add(storage);
        return new RegisterVideoSegmentHandler(
                Substitutes.Repository(_devices), Substitutes.Repository(_segments), Substitutes.Repository(_holds), _deviceOptions, _videoOptions, _clock)
            .Handle(new RegisterVideoSegment(camera.Id.Value, id ?? Guid.NewGuid(), from ?? end.AddMinutes(-10), end, storage), CancellationToken.None).AsTask();
    }

    private async Task<VideoDeletionRun> Sweep()
    {
        (await new ClaimExpiredVideoSegmentsHandler(Substitutes.Repository(_segments), Substitutes.Repository(_holds), _clock)
            .Handle(new ClaimExpiredVideoSegments(), CancellationToken.None)).ShouldSucceed();
        return (await new DeleteDueVideoSegmentsHandler(Substitutes.Repository(_segments), _storage, _clock, NullLogger<DeleteDueVideoSegmentsHandler>.Instance)
            .Handle(new DeleteDueVideoSegments(), CancellationToken.None)).ShouldSucceed();
    }

    private Task<Result<VideoHoldResult>> PlaceHold(DateTimeOffset from, DateTimeOffset to, Guid? device = null) =>
        new PlaceVideoHoldHandler(Substitutes.Repository(_checkpoints), Substitutes.Repository(_devices), Substitutes.Repository(_holds), Substitutes.Repository(_segments), _officer, _clock)
            .Handle(new PlaceVideoHold("dostyk", from, to, device, "Dispute over the queue order", "INC-2026-11-25-1"), CancellationToken.None).AsTask();

    private Task<Result<VideoHoldResult>> Release(Guid hold) =>
        new ReleaseVideoHoldHandler(Substitutes.Repository(_holds), Substitutes.Repository(_segments), _officer, _clock)
            .Handle(new ReleaseVideoHold(hold, "Investigation closed"), CancellationToken.None).AsTask();

    [Fact]
    public async Task R32_a_segment_registered_by_a_waiting_zone_camera_is_kept_30_days_and_by_a_gate_camera_60()
    {
        var zone = (await Register(_zone)).ShouldSucceed();
        var gate = (await Register(_gate)).ShouldSucceed();

        zone.Created.ShouldBeTrue();
        zone.Segment.RetentionDays.ShouldBe(30);
        zone.Segment.KeptUntil.ShouldBe(zone.Segment.To.AddDays(30));
        gate.Segment.RetentionDays.ShouldBe(60);
        gate.Segment.Checkpoint.ShouldBe("DOSTYK");
        _segments.Count.ShouldBe(2);
    }

    [Fact]
    public async Task R32_the_same_segment_sent_again_is_one_segment_and_the_same_id_for_other_content_is_refused()
    {
        var id = Guid.NewGuid();
        var end = _clock.GetUtcNow().AddMinutes(-1);
        (await Register(_zone, id, to: end, reference: "zone/1.mp4")).ShouldSucceed();

        var again = (await Register(_zone, id, to: end, reference: "zone/1.mp4")).ShouldSucceed();
        var other = (await Register(_zone, id, to: end, reference: "zone/2.mp4")).ShouldFailWith("video-segment-replayed");

        again.Created.ShouldBeFalse();
        again.Segment.Id.ShouldBe(id);
        other.Kind.ShouldBe(ErrorKind.Conflict);
        other.Details!["identical"].ShouldBe(false);
        _segments.ShouldHaveSingleItem().StorageReference.ShouldBe("zone/1.mp4");
    }

    [Fact]
    public async Task R32_a_barrier_registers_no_video()
    {
        var barrier = Camera(CameraPoint.WaitingZoneExit, DeviceKind.Barrier);

        (await Register(barrier)).ShouldFailWith("device-not-a-camera").Kind.ShouldBe(ErrorKind.Forbidden);
        _segments.ShouldBeEmpty();
    }

    [Fact]
    public async Task R32_a_segment_ending_beyond_the_clock_skew_or_too_long_ago_is_unprocessable()
    {
        var now = _clock.GetUtcNow();

        (await Register(_zone, to: now + _deviceOptions.ClockSkew + TimeSpan.FromSeconds(1))).ShouldFailWith(DeviceClock.AheadCode).Kind.ShouldBe(ErrorKind.Unprocessable);
        (await Register(_zone, to: now - _videoOptions.MaxSegmentAge - TimeSpan.FromSeconds(1))).ShouldFailWith(DeviceClock.TooOldCode).Kind.ShouldBe(ErrorKind.Unprocessable);
        (await Register(_zone, to: now + _deviceOptions.ClockSkew)).ShouldSucceed();
        _segments.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task R32_the_sweep_deletes_exactly_the_expired_unheld_segments_and_running_it_twice_deletes_once()
    {
        var zoneOld = (await Register(_zone)).ShouldSucceed().Segment;
        var gateOld = (await Register(_gate)).ShouldSucceed().Segment;
        var held = (await Register(_zone, from: _clock.GetUtcNow().AddHours(-5), to: _clock.GetUtcNow().AddHours(-4))).ShouldSucceed().Segment;
        (await PlaceHold(held.From, held.To)).ShouldSucceed().Segments.ShouldBe(1);
        _clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var fresh = (await Register(_zone)).ShouldSucceed().Segment;

        var run = await Sweep();

        run.ShouldBe(new VideoDeletionRun(1, 0));
        _storage.Deletions.ShouldBe([zoneOld.StorageReference]);
        _segments.Single(s => s.Id == zoneOld.Id).State.ShouldBe(VideoSegmentState.Deleted);
        _segments.Where(s => s.Id != zoneOld.Id).ShouldAllBe(s => s.State == VideoSegmentState.Kept);
        _storage.Files.ShouldBe([gateOld.StorageReference, held.StorageReference, fresh.StorageReference], ignoreOrder: true);

        (await Sweep()).ShouldBe(new VideoDeletionRun(0, 0));
        _storage.Deletions.Count.ShouldBe(1);

        _clock.Advance(TimeSpan.FromDays(30));
        (await Sweep()).Deleted.ShouldBe(2); // the gate's 60 days and the fresh zone segment's 30 ended; the held one stays
        _segments.Single(s => s.Id == held.Id).State.ShouldBe(VideoSegmentState.Kept);
    }

    [Fact]
    public async Task R32_a_deletion_keeps_the_segment_as_an_audit_record_of_who_deleted_it_when_and_why()
    {
        var segment = (await Register(_gate)).ShouldSucceed().Segment;
        _clock.Advance(TimeSpan.FromDays(61));

        await Sweep();

        var deleted = _segments.ShouldHaveSingleItem();
        deleted.DeletedAt.ShouldBe(_clock.GetUtcNow());
        deleted.DeletedBy.ShouldBe(VideoSegment.RetentionActor);
        deleted.DeletionReason!.ShouldContain("R32");
        deleted.DomainEvents.OfType<VideoSegmentDeleted>().ShouldHaveSingleItem().StorageReference.ShouldBe(segment.StorageReference);
    }

    [Fact]
    public async Task R32_a_failing_store_leaves_the_segment_due_with_the_error_and_the_next_sweep_retries()
    {
        var segment = (await Register(_zone)).ShouldSucceed().Segment;
        _clock.Advance(TimeSpan.FromDays(31));
        _storage.Failing = true;

        (await Sweep()).ShouldBe(new VideoDeletionRun(0, 1));
        var due = _segments.ShouldHaveSingleItem();
        due.State.ShouldBe(VideoSegmentState.DeletionDue);
        due.DeletionAttempts.ShouldBe(1);
        due.LastDeletionError.ShouldNotBeNull();
        _storage.Files.ShouldContain(segment.StorageReference);

        _storage.Failing = false;
        _clock.Advance(TimeSpan.FromMinutes(10));
        (await Sweep()).ShouldBe(new VideoDeletionRun(1, 0));
        due.State.ShouldBe(VideoSegmentState.Deleted);
        _storage.Files.ShouldNotContain(segment.StorageReference);
    }

    [Fact]
    public async Task R32_a_recording_already_gone_after_a_lost_commit_is_deleted_again_harmlessly()
    {
        // The store deleted the file but the sweep's transaction was lost: the segment is still due.
        (await Register(_zone)).ShouldSucceed();
        _clock.Advance(TimeSpan.FromDays(31));
        var segment = _segments.Single();
        segment.MarkDeletionDue(_clock.GetUtcNow()).ShouldBeTrue();
        _storage.Files.Clear();

        (await Sweep()).ShouldBe(new VideoDeletionRun(1, 0));
        segment.State.ShouldBe(VideoSegmentState.Deleted);
    }

    [Fact]
    public async Task R32_a_hold_keeps_overlapping_segments_past_their_term_until_released_and_segments_registered_later_too()
    {
        var now = _clock.GetUtcNow();
        var before = (await Register(_zone, from: now.AddHours(-3), to: now.AddHours(-2))).ShouldSucceed().Segment;
        var outside = (await Register(_zone, from: now.AddHours(-10), to: now.AddHours(-9))).ShouldSucceed().Segment;
        var placed = (await PlaceHold(now.AddHours(-2.5), now.AddHours(-1))).ShouldSucceed();
        var later = (await Register(_gate, from: now.AddHours(-1.5), to: now.AddHours(-1.2))).ShouldSucceed().Segment;

        placed.Segments.ShouldBe(1);
        placed.Hold.PlacedBy.ShouldBe(_officer.AccountId!.Value.Value);
        later.Held.ShouldBeTrue();
        _clock.Advance(TimeSpan.FromDays(90));

        (await Sweep()).Deleted.ShouldBe(1);
        _segments.Single(s => s.Id == outside.Id).State.ShouldBe(VideoSegmentState.Deleted);
        _segments.Where(s => s.Id != outside.Id).ShouldAllBe(s => s.State == VideoSegmentState.Kept);

        var released = (await Release(placed.Hold.Id)).ShouldSucceed();
        released.Segments.ShouldBe(2);
        released.Hold.ReleaseReason.ShouldBe("Investigation closed");
        (await Release(placed.Hold.Id)).ShouldFailWith("video-hold-released");

        (await Sweep()).Deleted.ShouldBe(2);
        _storage.Deletions.ShouldContain(before.StorageReference);
    }

    [Fact]
    public async Task R32_a_hold_placed_after_the_sweep_claimed_a_segment_reports_it_too_late()
    {
        var segment = (await Register(_zone)).ShouldSucceed().Segment;
        _clock.Advance(TimeSpan.FromDays(31));
        _storage.Failing = true;
        await Sweep();

        var placed = (await PlaceHold(segment.From, segment.To)).ShouldSucceed();

        placed.Segments.ShouldBe(0);
        placed.TooLate.ShouldBe(1);
    }

    [Fact]
    public async Task R32_a_segment_whose_hold_was_missed_at_registration_is_held_by_the_sweep_instead_of_claimed()
    {
        var segment = (await Register(_zone)).ShouldSucceed().Segment;
        // As if the hold and the registration had committed side by side, neither seeing the other.
        _holds.Add(VideoHold.Place(_zone.Checkpoint, segment.From, segment.To, null, "Incident", "INC-9", Guid.NewGuid(), TestData.Now).Value);
        _clock.Advance(TimeSpan.FromDays(31));

        (await Sweep()).Deleted.ShouldBe(0);

        var kept = _segments.ShouldHaveSingleItem();
        kept.IsHeld.ShouldBeTrue();
        kept.State.ShouldBe(VideoSegmentState.Kept);
    }

    [Fact]
    public async Task R32_a_hold_naming_a_camera_of_another_checkpoint_or_an_unknown_checkpoint_is_not_found()
    {
        var now = _clock.GetUtcNow();
        (await PlaceHold(now.AddHours(-1), now, Guid.NewGuid())).ShouldFailWith("device-not-found");
        (await new PlaceVideoHoldHandler(Substitutes.Repository(_checkpoints), Substitutes.Repository(_devices), Substitutes.Repository(_holds), Substitutes.Repository(_segments), _officer, _clock)
            .Handle(new PlaceVideoHold("KHORGOS", now.AddHours(-1), now, null, "r", "i"), CancellationToken.None)).ShouldFailWith("checkpoint-not-found");
        _holds.ShouldBeEmpty();
    }
}
