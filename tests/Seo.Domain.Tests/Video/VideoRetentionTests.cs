using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;
using Seo.Domain.Video;
using Seo.Tests.Shared;

namespace Seo.Domain.Tests.Video;

public sealed class VideoRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset RecordedFrom = Now.AddHours(-1);
    private static readonly DateTimeOffset RecordedTo = Now.AddMinutes(-50);

    internal static Device Device(CameraPoint point, DeviceKind kind = DeviceKind.VideoCamera, string checkpoint = "DOSTYK") =>
        Domain.Devices.Device.Register(DeviceId.New(), "Cam", CheckpointCode.Create(checkpoint).Value, point, CrossingDirection.Exit, Now.AddDays(-100), kind).Value.Device;

    internal static VideoSegment Segment(Device camera, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        VideoSegment.Register(Guid.NewGuid(), camera, from ?? RecordedFrom, to ?? RecordedTo, "dostyk/zone/0001.mp4", Now).Value;

    private static VideoHold Hold(Device camera, DateTimeOffset from, DateTimeOffset to, bool oneCamera = false) =>
        VideoHold.Place(camera.Checkpoint, from, to, oneCamera ? camera.Id : null, "Fight in the queue", "INC-1", Guid.NewGuid(), Now).Value;

    [Fact]
    public void R32_waiting_zone_video_is_kept_30_days()
    {
        VideoRetentionRule.TermFor(CameraPoint.WaitingZone).ShouldBe(TimeSpan.FromDays(30));

        var segment = Segment(Device(CameraPoint.WaitingZone));

        segment.DeleteAfter.ShouldBe(RecordedTo.AddDays(30));
        segment.IsExpired(RecordedTo.AddDays(30).AddTicks(-1)).ShouldBeFalse();
        segment.IsExpired(RecordedTo.AddDays(30)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(CameraPoint.WaitingZoneEntry)]
    [InlineData(CameraPoint.WaitingZoneExit)]
    public void R32_zone_entry_and_exit_video_is_kept_60_days(CameraPoint point)
    {
        VideoRetentionRule.TermFor(point).ShouldBe(TimeSpan.FromDays(60));

        var segment = Segment(Device(point));

        segment.DeleteAfter.ShouldBe(RecordedTo.AddDays(60));
        segment.IsExpired(RecordedTo.AddDays(59)).ShouldBeFalse();
        segment.IsExpired(RecordedTo.AddDays(60)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(CameraPoint.CheckpointEntry)]
    [InlineData(CameraPoint.BorderLine)]
    public void R32_video_of_points_the_rule_does_not_name_is_kept_as_long_as_its_longest_term(CameraPoint point) =>
        Segment(Device(point)).DeleteAfter.ShouldBe(RecordedTo.AddDays(60));

    [Fact]
    public void R32_the_term_counts_from_the_end_of_the_recording_and_the_segment_takes_the_camera_s_checkpoint_and_point()
    {
        var camera = Device(CameraPoint.WaitingZone);

        var segment = Segment(camera, Now.AddHours(-20), Now.AddHours(-2));

        segment.Checkpoint.ShouldBe(camera.Checkpoint);
        segment.Point.ShouldBe(CameraPoint.WaitingZone);
        segment.DeviceId.ShouldBe(camera.Id);
        segment.DeleteAfter.ShouldBe(Now.AddHours(-2).AddDays(30));
        segment.DomainEvents.OfType<VideoSegmentRegistered>().ShouldHaveSingleItem().DeleteAfter.ShouldBe(segment.DeleteAfter);
    }

    [Fact]
    public void R32_a_barrier_records_no_video_but_either_kind_of_camera_does()
    {
        VideoSegment.Register(Guid.NewGuid(), Device(CameraPoint.WaitingZoneEntry, DeviceKind.Barrier), RecordedFrom, RecordedTo, "x.mp4", Now)
            .ShouldFailWith("device-not-a-camera");
        VideoSegment.Register(Guid.NewGuid(), Device(CameraPoint.WaitingZoneEntry, DeviceKind.AnprCamera), RecordedFrom, RecordedTo, "x.mp4", Now).ShouldSucceed();
        VideoSegment.Register(Guid.NewGuid(), Device(CameraPoint.WaitingZoneEntry), RecordedFrom, RecordedTo, "x.mp4", Now).ShouldSucceed();
    }

    [Fact]
    public void A_segment_runs_forward_for_at_most_a_day()
    {
        var camera = Device(CameraPoint.WaitingZone);
        VideoSegment.Register(Guid.NewGuid(), camera, RecordedTo, RecordedTo, "x.mp4", Now).ShouldFailWith("invalid-video-period");
        VideoSegment.Register(Guid.NewGuid(), camera, RecordedTo, RecordedFrom, "x.mp4", Now).ShouldFailWith("invalid-video-period");
        VideoSegment.Register(Guid.NewGuid(), camera, RecordedTo.AddHours(-24).AddSeconds(-1), RecordedTo, "x.mp4", Now).ShouldFailWith("invalid-video-period");
    }

    [Fact]
    public void R32_a_held_segment_is_not_deleted_past_its_term_and_is_once_released()
    {
        var camera = Device(CameraPoint.WaitingZone);
        var segment = Segment(camera);
        var hold = Hold(camera, RecordedFrom.AddMinutes(5), RecordedFrom.AddMinutes(6));
        var late = segment.DeleteAfter.AddDays(1);

        hold.Covers(segment).ShouldBeTrue();
        segment.PlaceHold(hold.Id, Now).ShouldBeTrue();

        segment.IsExpired(late).ShouldBeFalse();
        segment.MarkDeletionDue(late).ShouldBeFalse();
        segment.State.ShouldBe(VideoSegmentState.Kept);

        hold.Release("Case closed", Guid.NewGuid(), late).ShouldSucceed();
        segment.ReleaseHold(hold.Id, late);

        segment.IsHeld.ShouldBeFalse();
        segment.MarkDeletionDue(late).ShouldBeTrue();
        segment.State.ShouldBe(VideoSegmentState.DeletionDue);
    }

    [Fact]
    public void R32_a_segment_kept_by_two_holds_stays_held_until_both_are_released()
    {
        var camera = Device(CameraPoint.WaitingZone);
        var segment = Segment(camera);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        segment.PlaceHold(first, Now);
        segment.PlaceHold(second, Now);
        segment.PlaceHold(second, Now);
        segment.HoldCount.ShouldBe(2);

        segment.ReleaseHold(first, Now);
        segment.IsHeld.ShouldBeTrue();
        segment.ReleaseHold(second, Now);
        segment.IsHeld.ShouldBeFalse();
    }

    [Fact]
    public void R32_a_hold_covers_overlapping_segments_of_its_checkpoint_and_camera_only()
    {
        var camera = Device(CameraPoint.WaitingZone);
        var other = Device(CameraPoint.WaitingZone);
        var elsewhere = Device(CameraPoint.WaitingZone, checkpoint: "KHORGOS");
        var hold = Hold(camera, RecordedFrom, RecordedTo);
        var oneCamera = Hold(camera, RecordedFrom, RecordedTo, oneCamera: true);

        hold.Covers(Segment(other)).ShouldBeTrue();
        hold.Covers(Segment(elsewhere)).ShouldBeFalse();
        hold.Covers(Segment(camera, RecordedTo, RecordedTo.AddMinutes(10))).ShouldBeFalse(); // [from, to): touching is not overlapping
        hold.Covers(Segment(camera, RecordedFrom.AddMinutes(-10), RecordedFrom)).ShouldBeFalse();
        oneCamera.Covers(Segment(camera)).ShouldBeTrue();
        oneCamera.Covers(Segment(other)).ShouldBeFalse();
    }

    [Fact]
    public void R32_a_hold_cannot_keep_a_segment_already_claimed_for_deletion()
    {
        var segment = Segment(Device(CameraPoint.WaitingZone));
        segment.MarkDeletionDue(segment.DeleteAfter).ShouldBeTrue();

        segment.PlaceHold(Guid.NewGuid(), segment.DeleteAfter).ShouldBeFalse();
        segment.IsHeld.ShouldBeFalse();
    }

    [Fact]
    public void R32_a_deletion_is_recorded_who_when_and_why_once_and_a_failure_leaves_the_segment_due()
    {
        var segment = Segment(Device(CameraPoint.WaitingZoneExit));
        var due = segment.DeleteAfter;
        segment.MarkDeletionDue(due);

        segment.RecordDeletionFailure("disk unavailable", due.AddMinutes(1));
        segment.State.ShouldBe(VideoSegmentState.DeletionDue);
        segment.DeletionAttempts.ShouldBe(1);
        segment.LastDeletionError.ShouldBe("disk unavailable");

        segment.MarkDeleted(due.AddMinutes(10));
        segment.MarkDeleted(due.AddMinutes(20));

        segment.State.ShouldBe(VideoSegmentState.Deleted);
        segment.DeletedAt.ShouldBe(due.AddMinutes(10));
        segment.DeletedBy.ShouldBe(VideoSegment.RetentionActor);
        segment.DeletionReason!.ShouldContain("R32");
        segment.DeletionReason!.ShouldContain("60-day");
        segment.DomainEvents.OfType<VideoSegmentDeleted>().ShouldHaveSingleItem();
    }

    [Fact]
    public void R32_a_released_hold_records_who_and_why_and_cannot_be_released_twice()
    {
        var camera = Device(CameraPoint.WaitingZone);
        var hold = Hold(camera, RecordedFrom, RecordedTo);
        var officer = Guid.NewGuid();

        hold.Release("Court ruling delivered", officer, Now).ShouldSucceed();
        hold.Release("again", officer, Now).ShouldFailWith("video-hold-released");

        hold.IsActive.ShouldBeFalse();
        hold.ReleasedBy.ShouldBe(officer);
        hold.ReleaseReason.ShouldBe("Court ruling delivered");
        hold.Covers(Segment(camera)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("dostyk/zone/2026-11-25/0900.mp4", true)]
    [InlineData("segment.mp4", true)]
    [InlineData("../outside.mp4", false)]
    [InlineData("zone/../../outside.mp4", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("\\\\server\\share\\x.mp4", false)]
    [InlineData("C:\\video\\x.mp4", false)]
    [InlineData("zone//x.mp4", false)]
    [InlineData("zone/./x.mp4", false)]
    [InlineData("zone/x\u0000.mp4", false)]
    [InlineData("   ", false)]
    public void R32_a_storage_reference_stays_inside_the_video_store(string reference, bool valid) =>
        VideoStorageReference.IsValid(reference).ShouldBe(valid);
}
