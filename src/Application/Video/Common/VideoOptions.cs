namespace Seo.Application.Video.Common;

/// <summary>Settings of recorded video (section <c>Seo:Video</c>).</summary>
public sealed class VideoOptions
{
    public const string Section = "Seo:Video";

    /// <summary>
    /// The folder recordings are stored under; a segment's storage reference is a path relative to it.
    /// Empty: <c>video</c> under the app's data folder (<c>Persistence:DataDirectory</c>).
    /// </summary>
    public string? StorageRoot { get; set; }

    /// <summary>A segment whose recording ended longer ago than this is refused (a camera catches up within it).</summary>
    public TimeSpan MaxSegmentAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many segments one retention sweep claims and deletes at most; the next firing goes on.</summary>
    public int RetentionBatchSize { get; set; } = 200;
}
