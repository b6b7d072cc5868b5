using Seo.Domain.Common;

namespace Seo.Domain.Video;

public static class VideoErrors
{
    public const int MaxSegmentHours = 24;

    public static readonly DomainError NotACamera = new(
        "device-not-a-camera", "Only cameras (ANPR or video) register recorded video.", ErrorKind.Forbidden, VideoRetentionRule.Rule);

    public static readonly DomainError InvalidPeriod = DomainError.Validation(
        "invalid-video-period", $"A segment runs from 'from' to a later 'to', at most {MaxSegmentHours} hours.");

    public static readonly DomainError HoldNotFound = DomainError.NotFound("video-hold-not-found", "No such video hold.");

    public static readonly DomainError HoldAlreadyReleased = new(
        "video-hold-released", "This hold was already released.", ErrorKind.Conflict, VideoRetentionRule.Rule);

    /// <summary>A concurrent copy of the segment committed first (the store's key caught it); asked again, the stored one answers.</summary>
    public static readonly DomainError RegisteredConcurrently = new(
        "video-segment-replayed", "This segment was registered by a concurrent request; nothing changed.", ErrorKind.Conflict, VideoRetentionRule.Rule);

    /// <summary>A segment id the camera already used: <c>identical</c> says whether the content matched.</summary>
    public static DomainError Replayed(bool identical) =>
        new("video-segment-replayed",
            identical ? "This segment was already registered." : "This segment id was already registered with other content.",
            ErrorKind.Conflict,
            VideoRetentionRule.Rule)
        {
            Details = new Dictionary<string, object?> { ["identical"] = identical },
        };
}
