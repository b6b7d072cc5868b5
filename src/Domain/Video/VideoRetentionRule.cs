using Seo.Domain.Devices;

namespace Seo.Domain.Video;

/// <summary>
/// R32: how long recorded video is kept, by where the camera stands. The one place the terms live.
/// The Rules set 30 calendar days for the waiting zone's video surveillance and 60 for the cameras
/// at the zone's entry and exit. Kazakhstan has no daylight saving time, so a calendar day is 24 hours.
/// </summary>
public static class VideoRetentionRule
{
    /// <summary>R32: video of the waiting zone (its perimeter and inside).</summary>
    public static readonly TimeSpan WaitingZoneTerm = TimeSpan.FromDays(30);

    /// <summary>R32: video of the cameras at the waiting zone's entry and exit.</summary>
    public static readonly TimeSpan ZoneGateTerm = TimeSpan.FromDays(60);

    /// <summary>
    /// Cameras elsewhere (checkpoint entry, border line; R9's overview cameras): R32 sets no term for
    /// them. They are kept as long as the longest term R32 sets, so no recording that may prove a
    /// crossing is deleted sooner than gate video of the same truck. A choice, not a rule.
    /// </summary>
    public static readonly TimeSpan OtherPointTerm = ZoneGateTerm;

    /// <summary>How long video recorded at <paramref name="point"/> is kept.</summary>
    public static TimeSpan TermFor(CameraPoint point) => point switch
    {
        CameraPoint.WaitingZone => WaitingZoneTerm,
        CameraPoint.WaitingZoneEntry or CameraPoint.WaitingZoneExit => ZoneGateTerm,
        _ => OtherPointTerm,
    };

    /// <summary>
    /// The instant from which a segment may be deleted: its term counted from the end of the
    /// recording, so its last frame is kept the whole term.
    /// </summary>
    public static DateTimeOffset DeleteAfter(CameraPoint point, DateTimeOffset recordedTo) => recordedTo + TermFor(point);

    /// <summary>The paragraph a deletion cites.</summary>
    public const string Rule = "R32";
}
