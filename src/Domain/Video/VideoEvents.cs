using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Video;

/// <summary>R32: a camera registered a recorded segment, kept until <paramref name="DeleteAfter"/> unless held.</summary>
public sealed record VideoSegmentRegistered(
    Guid SegmentId, Guid DeviceId, string Checkpoint, CameraPoint Point, DateTimeOffset From, DateTimeOffset To, DateTimeOffset DeleteAfter, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>A legal hold keeps the segment past its term.</summary>
public sealed record VideoSegmentHeld(Guid SegmentId, Guid HoldId, string Checkpoint, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A released hold no longer keeps the segment.</summary>
public sealed record VideoSegmentHoldReleased(Guid SegmentId, Guid HoldId, string Checkpoint, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The retention sweep claimed the expired, unheld segment; its recording is deleted next.</summary>
public sealed record VideoSegmentDeletionDue(Guid SegmentId, string Checkpoint, DateTimeOffset DeleteAfter, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>R32: the recording was deleted: by whom (the retention sweep), why (the term), when.</summary>
public sealed record VideoSegmentDeleted(
    Guid SegmentId, Guid DeviceId, string Checkpoint, string StorageReference, string DeletedBy, string Reason, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The storage failed to delete the recording; the next sweep retries.</summary>
public sealed record VideoSegmentDeletionFailed(Guid SegmentId, string Checkpoint, int Attempts, string Error, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>An officer placed a legal hold on a checkpoint's video of an incident.</summary>
public sealed record VideoHoldPlaced(
    Guid HoldId, string Checkpoint, DateTimeOffset From, DateTimeOffset To, Guid? DeviceId, string Reason, string IncidentReference, Guid PlacedBy, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>An officer released a legal hold, saying why.</summary>
public sealed record VideoHoldReleased(Guid HoldId, string Checkpoint, string Reason, Guid ReleasedBy, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
