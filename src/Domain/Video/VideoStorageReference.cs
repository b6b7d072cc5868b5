namespace Seo.Domain.Video;

/// <summary>
/// Where a camera stored a segment: a path relative to the video store's root, in printable
/// characters, never climbing out of it (no rooted path, drive, or ".." part), so that deleting an
/// expired segment can never reach a file outside the video store.
/// </summary>
public static class VideoStorageReference
{
    public const int MaxLength = VideoSegment.MaxStorageReferenceLength;

    public static bool IsValid(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > MaxLength || reference.Any(char.IsControl))
        {
            return false;
        }

        if (reference[0] is '/' or '\\' || reference.Contains(':', StringComparison.Ordinal))
        {
            // Rooted (POSIX or UNC), or a drive or stream on Windows.
            return false;
        }

        var parts = reference.Split('/', '\\');
        return parts.All(p => p.Length > 0 && p != "." && p != ".." && p.Trim() == p);
    }
}
