using Seo.Domain.Common;

namespace Seo.Application.Common.Ports;

/// <summary>Where cameras keep their recordings (R32); the retention sweep deletes expired ones through it.</summary>
public interface IVideoStorage
{
    /// <summary>
    /// Deletes the recording at <paramref name="storageReference"/>. A recording already gone counts as
    /// deleted, so a repeated deletion succeeds. A failure (unreachable store, refused reference) is a
    /// failed result: the segment stays due and the next sweep tries again.
    /// </summary>
    Task<Result> DeleteAsync(string storageReference, CancellationToken cancellationToken);
}
