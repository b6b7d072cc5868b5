using Seo.Application.Common.Ports;
using Seo.Domain.Common;
using Seo.Domain.Video;

namespace Seo.Infrastructure.Video;

/// <summary>
/// The default video store: recordings are files under one root folder, and a segment's storage
/// reference is its path relative to that root. A reference that would reach outside the root
/// (rooted, a drive, "..") is refused before any file is touched, whatever the registration let in.
/// </summary>
public sealed class FileSystemVideoStorage : IVideoStorage
{
    public static readonly DomainError OutsideRoot = DomainError.Validation(
        "storage-reference-outside-root", "The storage reference does not name a file inside the video store's root.");

    private readonly string _root;

    public FileSystemVideoStorage(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    public string Root => _root;

    /// <summary>The file a reference names, or null when it is not inside the root.</summary>
    public string? PathOf(string storageReference)
    {
        if (!VideoStorageReference.IsValid(storageReference))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(_root, storageReference));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    public Task<Result> DeleteAsync(string storageReference, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (PathOf(storageReference) is not { } path)
        {
            return Task.FromResult<Result>(OutsideRoot);
        }

        try
        {
            // File.Delete does nothing for a missing file: a recording already gone counts as deleted.
            File.Delete(path);
            return Task.FromResult(Result.Success());
        }
        catch (DirectoryNotFoundException)
        {
            return Task.FromResult(Result.Success());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult<Result>(new DomainError("video-storage-failed", $"Could not delete '{storageReference}': {exception.Message}", ErrorKind.Unavailable));
        }
    }
}
