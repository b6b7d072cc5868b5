using Seo.Application.Common.Mapping;
using Seo.Domain.Devices;
using Seo.Domain.Video;
using Seo.Application.Common.Validation;

namespace Seo.Application.Video.Common;

/// <summary>A registered segment with its retention state (R32): kept until when, held by which holds, deleted when, by whom and why.</summary>
public sealed record VideoSegmentDto(
    Guid Id,
    Guid DeviceId,
    string Checkpoint,
    CameraPoint Point,
    DateTimeOffset From,
    DateTimeOffset To,
    string StorageReference,
    DateTimeOffset RegisteredAt,
    int RetentionDays,
    DateTimeOffset KeptUntil,
    VideoSegmentState State,
    bool Held,
    IReadOnlyList<Guid> Holds,
    DateTimeOffset? DeletionDueAt,
    DateTimeOffset? DeletedAt,
    string? DeletedBy,
    string? DeletionReason,
    int DeletionAttempts,
    string? LastDeletionError,
    DateTimeOffset? LastDeletionAttemptAt)
{
    public static VideoSegmentDto Of(VideoSegment s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Id, s.DeviceId.Value, s.Checkpoint.Value, s.Point, s.From, s.To, s.StorageReference, s.RegisteredAt,
            (int)VideoRetentionRule.TermFor(s.Point).TotalDays, s.DeleteAfter, s.State, s.IsHeld, [.. s.Holds],
            s.DeletionDueAt, s.DeletedAt, s.DeletedBy, s.DeletionReason, s.DeletionAttempts, s.LastDeletionError, s.LastDeletionAttemptAt);
    }
}

/// <summary>What a camera gets back: the segment, and whether this request registered it or found it registered already.</summary>
public sealed record VideoSegmentRegistration(VideoSegmentDto Segment, bool Created);

public sealed record VideoSegmentPage(int Page, int PageSize, int Total, IReadOnlyList<VideoSegmentDto> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}

/// <summary>A legal hold with its audit: who placed it, when and why; who released it, when and why.</summary>
public sealed record VideoHoldDto(
    Guid Id,
    string Checkpoint,
    DateTimeOffset From,
    DateTimeOffset To,
    Guid? DeviceId,
    string Reason,
    string IncidentReference,
    Guid PlacedBy,
    DateTimeOffset PlacedAt,
    bool Active,
    Guid? ReleasedBy,
    DateTimeOffset? ReleasedAt,
    string? ReleaseReason)
{
    /// <summary>
    /// The one mapping, as an expression the list of holds selects (materialising no hold) and <see cref="Of"/> runs.
    /// Active is read from its column (<see cref="VideoHold.IsActive"/>: not released), which the store can select.
    /// </summary>
    public static Projection<VideoHold, VideoHoldDto> Projection { get; } = new(h => new VideoHoldDto(
        h.Id, h.Checkpoint.Value, h.From, h.To, h.DeviceId.HasValue ? h.DeviceId.Value.Value : null, h.Reason, h.IncidentReference, h.PlacedBy, h.PlacedAt,
        h.ReleasedAt == null, h.ReleasedBy, h.ReleasedAt, h.ReleaseReason));

    public static VideoHoldDto Of(VideoHold h) => Projection.Of(h);
}

/// <summary>
/// A hold placed or released, with what it did to the segments it covers: how many it keeps (or let go),
/// and how many it came too late for (already due for deletion or deleted).
/// </summary>
public sealed record VideoHoldResult(VideoHoldDto Hold, int Segments, int TooLate);

public sealed record VideoHoldPage(int Page, int PageSize, int Total, IReadOnlyList<VideoHoldDto> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}
