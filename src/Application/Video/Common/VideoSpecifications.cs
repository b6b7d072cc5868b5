using Ardalis.Specification;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;
using Seo.Domain.Video;

namespace Seo.Application.Video.Common;

public sealed class VideoSegmentByIdSpec : Specification<VideoSegment>, ISingleResultSpecification<VideoSegment>
{
    public VideoSegmentByIdSpec(Guid id) => Query.Where(s => s.Id == id).AsNoTracking();
}

/// <summary>The segments of a checkpoint (of one camera, when given) whose recording overlaps [from, to): what a hold covers.</summary>
public sealed class SegmentsOverlappingSpec : Specification<VideoSegment>
{
    public SegmentsOverlappingSpec(CheckpointCode checkpoint, DateTimeOffset from, DateTimeOffset to, DeviceId? device, bool onlyHeld = false)
    {
        Query.Where(s => s.Checkpoint == checkpoint && s.From < to && s.To > from);
        if (device is { } one)
        {
            Query.Where(s => s.DeviceId == one);
        }

        if (onlyHeld)
        {
            Query.Where(s => s.HoldCount > 0);
        }
    }
}

/// <summary>Kept, unheld segments whose term ended, oldest term first: what the retention sweep claims.</summary>
public sealed class ExpiredUnheldSegmentsSpec : Specification<VideoSegment>
{
    public ExpiredUnheldSegmentsSpec(DateTimeOffset now, int batchSize) =>
        Query.Where(s => s.State == VideoSegmentState.Kept && s.HoldCount == 0 && s.DeleteAfter <= now)
            .OrderBy(s => s.DeleteAfter).ThenBy(s => s.Id)
            .Take(batchSize);
}

/// <summary>Segments claimed for deletion whose recording is not deleted yet; the least tried first, so one failing recording never blocks the rest.</summary>
public sealed class SegmentsDueForDeletionSpec : Specification<VideoSegment>
{
    public SegmentsDueForDeletionSpec(int batchSize) =>
        Query.Where(s => s.State == VideoSegmentState.DeletionDue)
            .OrderBy(s => s.DeletionAttempts).ThenBy(s => s.DeletionDueAt).ThenBy(s => s.Id)
            .Take(batchSize);
}

/// <summary>Segments by checkpoint and recording time for officers, newest recording first; the id breaks ties so pages never overlap.</summary>
public sealed class VideoSegmentListSpec : Specification<VideoSegment>
{
    public VideoSegmentListSpec(CheckpointCode? checkpoint, DateTimeOffset? from, DateTimeOffset? to, int? skip = null, int? take = null)
    {
        Query.AsNoTracking();
        if (checkpoint is not null)
        {
            Query.Where(s => s.Checkpoint == checkpoint);
        }

        if (from is { } start)
        {
            Query.Where(s => s.To > start);
        }

        if (to is { } end)
        {
            Query.Where(s => s.From < end);
        }

        if (skip is { } offset && take is { } size)
        {
            Query.OrderByDescending(s => s.From).ThenBy(s => s.Id).Skip(offset).Take(size);
        }
    }
}

public sealed class VideoHoldByIdSpec : Specification<VideoHold>, ISingleResultSpecification<VideoHold>
{
    public VideoHoldByIdSpec(Guid id) => Query.Where(h => h.Id == id);
}

/// <summary>Active holds of a checkpoint overlapping [from, to): those that keep a segment recorded then.</summary>
public sealed class ActiveHoldsOverlappingSpec : Specification<VideoHold>
{
    public ActiveHoldsOverlappingSpec(CheckpointCode checkpoint, DateTimeOffset from, DateTimeOffset to) =>
        Query.Where(h => h.ReleasedAt == null && h.Checkpoint == checkpoint && h.From < to && h.To > from).AsNoTracking();
}

/// <summary>Every active hold: a handful at any time (one per open incident), matched to segments in memory.</summary>
public sealed class ActiveHoldsSpec : Specification<VideoHold>
{
    public ActiveHoldsSpec() => Query.Where(h => h.ReleasedAt == null).AsNoTracking();
}

/// <summary>Holds of a checkpoint, active or released, newest first; a page is selected as DTOs.</summary>
public sealed class VideoHoldListSpec : Specification<VideoHold, VideoHoldDto>
{
    public VideoHoldListSpec(CheckpointCode? checkpoint, bool? active, int? skip = null, int? take = null)
    {
        Query.AsNoTracking().Select(VideoHoldDto.Projection.Expression);
        if (checkpoint is not null)
        {
            Query.Where(h => h.Checkpoint == checkpoint);
        }

        if (active is true)
        {
            Query.Where(h => h.ReleasedAt == null);
        }
        else if (active is false)
        {
            Query.Where(h => h.ReleasedAt != null);
        }

        if (skip is { } offset && take is { } size)
        {
            Query.OrderByDescending(h => h.PlacedAt).ThenBy(h => h.Id).Skip(offset).Take(size);
        }
    }
}
