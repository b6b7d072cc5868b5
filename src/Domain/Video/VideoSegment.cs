using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Video;

/// <summary>Where a segment is in its life: kept, due for deletion (claimed by the retention sweep), or deleted.</summary>
public enum VideoSegmentState
{
    Kept,

    /// <summary>Past its term and unheld: the retention sweep claimed it; no hold can take it any more.</summary>
    DeletionDue,

    /// <summary>Its recording was deleted; the row stays as the audit record of the deletion.</summary>
    Deleted,
}

/// <summary>
/// R32: one recorded video segment a camera registered: where it was recorded, when, where the
/// recording is stored, and until when it must be kept. Legal holds keep it past its term; the
/// retention sweep deletes its recording once the term ended and no hold remains, and keeps this
/// record of who deleted it, when and why.
/// </summary>
public sealed class VideoSegment : AggregateRoot<Guid>
{
    public const int MaxStorageReferenceLength = 400;
    public const int MaxErrorLength = 500;

    /// <summary>Who deletes expired video: the retention sweep, on the R32 term.</summary>
    public const string RetentionActor = "retention-sweep";

    private readonly List<Guid> _holds = [];

    private VideoSegment()
    {
    }

    public DeviceId DeviceId { get; private set; }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public CameraPoint Point { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public string StorageReference { get; private set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>R32: the end of the recording plus the term of its camera point.</summary>
    public DateTimeOffset DeleteAfter { get; private set; }

    public VideoSegmentState State { get; private set; }

    /// <summary>The legal holds keeping this segment (<see cref="VideoHold"/> ids).</summary>
    public IReadOnlyList<Guid> Holds => _holds;

    /// <summary>How many holds keep it; stored so the sweep finds unheld segments without reading the list.</summary>
    public int HoldCount { get; private set; }

    public bool IsHeld => HoldCount > 0;

    public DateTimeOffset? DeletionDueAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public string? DeletedBy { get; private set; }

    public string? DeletionReason { get; private set; }

    /// <summary>Failed attempts to delete the recording; each one is retried by the next sweep.</summary>
    public int DeletionAttempts { get; private set; }

    public string? LastDeletionError { get; private set; }

    public DateTimeOffset? LastDeletionAttemptAt { get; private set; }

    /// <summary>
    /// Registers a segment recorded by <paramref name="camera"/>; its checkpoint and point are the
    /// camera's. Only cameras record video; a barrier is refused.
    /// </summary>
    public static Result<VideoSegment> Register(
        Guid id, Device camera, DateTimeOffset from, DateTimeOffset to, string storageReference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageReference);
        if (camera.Kind is not (DeviceKind.AnprCamera or DeviceKind.VideoCamera))
        {
            return VideoErrors.NotACamera;
        }

        if (from >= to || to - from > TimeSpan.FromHours(VideoErrors.MaxSegmentHours))
        {
            return VideoErrors.InvalidPeriod;
        }

        var segment = new VideoSegment
        {
            Id = id,
            DeviceId = camera.Id,
            Checkpoint = camera.Checkpoint,
            Point = camera.Point,
            From = from.ToUniversalTime(),
            To = to.ToUniversalTime(),
            StorageReference = storageReference,
            RegisteredAt = now,
            DeleteAfter = VideoRetentionRule.DeleteAfter(camera.Point, to).ToUniversalTime(),
            State = VideoSegmentState.Kept,
        };
        segment.Raise(new VideoSegmentRegistered(
            id, camera.Id.Value, camera.Checkpoint.Value, camera.Point, segment.From, segment.To, segment.DeleteAfter, now));
        return segment;
    }

    /// <summary>Whether a replay of this segment's registration carries the same content.</summary>
    public bool HasSameContent(DeviceId device, DateTimeOffset from, DateTimeOffset to, string storageReference) =>
        DeviceId == device && From == from.ToUniversalTime() && To == to.ToUniversalTime() && StorageReference == storageReference;

    /// <summary>Whether the recording may be deleted now: its term ended and nothing holds it.</summary>
    public bool IsExpired(DateTimeOffset now) => State == VideoSegmentState.Kept && !IsHeld && now >= DeleteAfter;

    /// <summary>
    /// A legal hold keeps this segment past its term. False when it can no longer be kept: the
    /// sweep already claimed it for deletion, or deleted it. Holding twice with one hold changes nothing.
    /// </summary>
    public bool PlaceHold(Guid holdId, DateTimeOffset now)
    {
        if (State != VideoSegmentState.Kept)
        {
            return false;
        }

        if (_holds.Contains(holdId))
        {
            return true;
        }

        _holds.Add(holdId);
        HoldCount = _holds.Count;
        Raise(new VideoSegmentHeld(Id, holdId, Checkpoint.Value, now));
        return true;
    }

    /// <summary>The hold no longer keeps this segment; once no hold does, its term applies again.</summary>
    public void ReleaseHold(Guid holdId, DateTimeOffset now)
    {
        if (!_holds.Remove(holdId))
        {
            return;
        }

        HoldCount = _holds.Count;
        Raise(new VideoSegmentHoldReleased(Id, holdId, Checkpoint.Value, now));
    }

    /// <summary>
    /// The retention sweep claims an expired, unheld segment: from now on no hold can keep it, so
    /// the recording is deleted only once nothing can want it back. False when not expired or held.
    /// </summary>
    public bool MarkDeletionDue(DateTimeOffset now)
    {
        if (!IsExpired(now))
        {
            return false;
        }

        State = VideoSegmentState.DeletionDue;
        DeletionDueAt = now;
        Raise(new VideoSegmentDeletionDue(Id, Checkpoint.Value, DeleteAfter, now));
        return true;
    }

    /// <summary>The recording is gone: kept as the audit record (who, when, why). Repeating changes nothing.</summary>
    public void MarkDeleted(DateTimeOffset now)
    {
        if (State != VideoSegmentState.DeletionDue)
        {
            return;
        }

        State = VideoSegmentState.Deleted;
        DeletedAt = now;
        DeletedBy = RetentionActor;
        DeletionReason = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{VideoRetentionRule.Rule}: the {VideoRetentionRule.TermFor(Point).TotalDays:0}-day term of {Point} video ended at {DeleteAfter:O}");
        LastDeletionError = null;
        Raise(new VideoSegmentDeleted(Id, DeviceId.Value, Checkpoint.Value, StorageReference, DeletedBy, DeletionReason, now));
    }

    /// <summary>The storage could not delete the recording: recorded, and left due for the next sweep to retry.</summary>
    public void RecordDeletionFailure(string error, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        if (State != VideoSegmentState.DeletionDue)
        {
            return;
        }

        DeletionAttempts++;
        LastDeletionAttemptAt = now;
        LastDeletionError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        Raise(new VideoSegmentDeletionFailed(Id, Checkpoint.Value, DeletionAttempts, LastDeletionError, now));
    }
}
