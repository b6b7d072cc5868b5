using Mediator;
using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;
using Seo.Application.Video.Common;
using Seo.Domain.Common;
using Seo.Domain.Video;

namespace Seo.Application.Video.Retention;

/// <summary>
/// R32, the retention sweep's first step: kept segments whose term ended and that no hold keeps
/// are claimed for deletion, in a transaction of their own, before any recording is touched. A hold
/// placed at the same moment either commits first (the claim then fails on the segment's version
/// and the next sweep sees it held) or finds the segment claimed and reports it too late; so a held
/// recording is never deleted. Safe to repeat: claimed segments no longer match.
/// </summary>
public sealed record ClaimExpiredVideoSegments(int BatchSize = 200) : ICommand<Result<int>>;

public sealed class ClaimExpiredVideoSegmentsHandler(IRepository<VideoSegment> segments, IRepository<VideoHold> holds, TimeProvider clock)
    : ICommandHandler<ClaimExpiredVideoSegments, Result<int>>
{
    public async ValueTask<Result<int>> Handle(ClaimExpiredVideoSegments command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var expired = await segments.ListAsync(new ExpiredUnheldSegmentsSpec(now, command.BatchSize), cancellationToken);
        if (expired.Count == 0)
        {
            return 0;
        }

        // A segment registered while a hold of its time was being placed saw neither the other: the hold is attached here.
        var active = await holds.ListAsync(new ActiveHoldsSpec(), cancellationToken);
        var claimed = 0;
        foreach (var segment in expired)
        {
            var covering = active.Where(h => h.Covers(segment)).ToList();
            covering.ForEach(h => segment.PlaceHold(h.Id, now));
            if (covering.Count == 0 && segment.MarkDeletionDue(now))
            {
                claimed++;
            }
        }

        return claimed;
    }
}

/// <summary>
/// R32, the sweep's second step: the recordings of claimed segments are deleted through the video
/// store, and each segment is marked deleted (who, when, why), kept as the audit record. A recording
/// already gone counts as deleted, so a sweep repeated after a crash deletes nothing twice; a
/// storage failure is recorded on the segment (attempts, last error) and the next sweep retries it.
/// </summary>
public sealed record DeleteDueVideoSegments(int BatchSize = 200) : ICommand<Result<VideoDeletionRun>>;

/// <summary>What one deletion step did: recordings deleted, and failures left for the next sweep.</summary>
public sealed record VideoDeletionRun(int Deleted, int Failed);

public sealed partial class DeleteDueVideoSegmentsHandler(
    IRepository<VideoSegment> segments, IVideoStorage storage, TimeProvider clock, ILogger<DeleteDueVideoSegmentsHandler> logger)
    : ICommandHandler<DeleteDueVideoSegments, Result<VideoDeletionRun>>
{
    public async ValueTask<Result<VideoDeletionRun>> Handle(DeleteDueVideoSegments command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (deleted, failed) = (0, 0);
        foreach (var segment in await segments.ListAsync(new SegmentsDueForDeletionSpec(command.BatchSize), cancellationToken))
        {
            var result = await storage.DeleteAsync(segment.StorageReference, cancellationToken);
            var now = clock.GetUtcNow();
            if (result.IsSuccess)
            {
                segment.MarkDeleted(now);
                deleted++;
            }
            else
            {
                segment.RecordDeletionFailure(result.Error.Message, now);
                LogDeletionFailed(logger, segment.Id, segment.StorageReference, segment.DeletionAttempts, result.Error.Code);
                failed++;
            }
        }

        return new VideoDeletionRun(deleted, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Video segment {SegmentId} ({Reference}): deletion attempt {Attempt} failed ({Code}); the next sweep retries")]
    private static partial void LogDeletionFailed(ILogger logger, Guid segmentId, string reference, int attempt, string code);
}
