using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Video;

/// <summary>
/// A legal hold an officer puts on the video of an incident (R32): every segment of the checkpoint
/// (of one camera, when named) that overlaps [From, To) is kept, whatever its term, until the hold
/// is released. Who placed and released it, when and why, stays on record.
/// </summary>
public sealed class VideoHold : AggregateRoot<Guid>
{
    public const int MaxReasonLength = 500;
    public const int MaxIncidentLength = 100;

    /// <summary>An incident spans hours; a longer window is more holds, each with its own reason.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(31);

    private VideoHold()
    {
    }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    /// <summary>One camera only, or every camera of the checkpoint when null.</summary>
    public DeviceId? DeviceId { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public string IncidentReference { get; private set; } = string.Empty;

    public Guid PlacedBy { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public Guid? ReleasedBy { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public string? ReleaseReason { get; private set; }

    public bool IsActive => ReleasedAt is null;

    public static Result<VideoHold> Place(
        CheckpointCode checkpoint, DateTimeOffset from, DateTimeOffset to, DeviceId? device, string reason, string incidentReference, Guid placedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentReference);
        if (from >= to || to - from > MaxWindow)
        {
            return DomainError.Validation("invalid-hold-period", $"A hold runs from 'from' to a later 'to', at most {MaxWindow.TotalDays:0} days.");
        }

        var hold = new VideoHold
        {
            Id = Guid.CreateVersion7(),
            Checkpoint = checkpoint,
            From = from.ToUniversalTime(),
            To = to.ToUniversalTime(),
            DeviceId = device,
            Reason = reason.Trim(),
            IncidentReference = incidentReference.Trim(),
            PlacedBy = placedBy,
            PlacedAt = now,
        };
        hold.Raise(new VideoHoldPlaced(
            hold.Id, checkpoint.Value, hold.From, hold.To, device?.Value, hold.Reason, hold.IncidentReference, placedBy, now));
        return hold;
    }

    /// <summary>Whether this hold keeps <paramref name="segment"/>: an active hold of its checkpoint (and camera) overlapping its recording.</summary>
    public bool Covers(VideoSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return IsActive
            && segment.Checkpoint == Checkpoint
            && (DeviceId is null || DeviceId == segment.DeviceId)
            && segment.From < To
            && From < segment.To;
    }

    public Result Release(string reason, Guid releasedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!IsActive)
        {
            return VideoErrors.HoldAlreadyReleased;
        }

        ReleasedAt = now;
        ReleasedBy = releasedBy;
        ReleaseReason = reason.Trim();
        Raise(new VideoHoldReleased(Id, Checkpoint.Value, ReleaseReason, releasedBy, now));
        return Result.Success();
    }
}
