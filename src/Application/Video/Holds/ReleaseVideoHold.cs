using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Video.Common;
using Seo.Domain.Common;
using Seo.Domain.Video;

namespace Seo.Application.Video.Holds;

/// <summary>R32: an officer releases a hold, saying why; the segments it kept fall back to their terms (unless another hold keeps them).</summary>
public sealed record ReleaseVideoHold(Guid HoldId, string? Reason) : ICommand<Result<VideoHoldResult>>;

public sealed class ReleaseVideoHoldValidator : AbstractValidator<ReleaseVideoHold>
{
    public ReleaseVideoHoldValidator() =>
        RuleFor(c => c.Reason).Required().MustBePrintable(VideoHold.MaxReasonLength, "invalid-release-reason");
}

public sealed class ReleaseVideoHoldHandler(
    IRepository<VideoHold> holds,
    IRepository<VideoSegment> segments,
    ICurrentUser user,
    TimeProvider clock) : ICommandHandler<ReleaseVideoHold, Result<VideoHoldResult>>
{
    public async ValueTask<Result<VideoHoldResult>> Handle(ReleaseVideoHold command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await holds.FirstOrDefaultAsync(new VideoHoldByIdSpec(command.HoldId), cancellationToken) is not { } hold)
        {
            return VideoErrors.HoldNotFound;
        }

        var now = clock.GetUtcNow();
        var released = hold.Release(command.Reason!, user.AccountId!.Value.Value, now);
        if (!released.IsSuccess)
        {
            return released.Error;
        }

        var freed = 0;
        foreach (var segment in await segments.ListAsync(new SegmentsOverlappingSpec(hold.Checkpoint, hold.From, hold.To, hold.DeviceId, onlyHeld: true), cancellationToken))
        {
            if (segment.Holds.Contains(hold.Id))
            {
                segment.ReleaseHold(hold.Id, now);
                freed++;
            }
        }

        return new VideoHoldResult(VideoHoldDto.Of(hold), freed, 0);
    }
}
