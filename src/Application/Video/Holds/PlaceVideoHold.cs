using FluentValidation;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Devices.Common;
using Seo.Application.Video.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Domain.Video;

namespace Seo.Application.Video.Holds;

/// <summary>
/// R32: an officer keeps the video of an incident past its term: every segment of the checkpoint
/// (of one camera, when named) overlapping [From, To), including segments registered later.
/// </summary>
public sealed record PlaceVideoHold(string? Checkpoint, DateTimeOffset? From, DateTimeOffset? To, Guid? DeviceId, string? Reason, string? IncidentReference)
    : ICommand<Result<VideoHoldResult>>;

public sealed class PlaceVideoHoldValidator : AbstractValidator<PlaceVideoHold>
{
    public PlaceVideoHoldValidator()
    {
        RuleFor(c => c.Checkpoint).Required().MustBe(CheckpointCode.Create);
        RuleFor(c => c.From).Required().PlausibleInstant();
        RuleFor(c => c.To).Required().PlausibleInstant();
        RuleFor(c => c.To)
            .Must((c, to) => c.From is null || to is null || (c.From < to && to - c.From <= VideoHold.MaxWindow))
            .WithErrorCode("invalid-hold-period").WithMessage($"A hold runs from 'from' to a later 'to', at most {VideoHold.MaxWindow.TotalDays:0} days.");
        RuleFor(c => c.DeviceId).NotEqual(Guid.Empty).WithErrorCode("invalid-device-id");
        RuleFor(c => c.Reason).Required().MustBePrintable(VideoHold.MaxReasonLength, "invalid-hold-reason");
        RuleFor(c => c.IncidentReference).Required().MustBePrintable(VideoHold.MaxIncidentLength, "invalid-incident-reference");
    }
}

public sealed class PlaceVideoHoldHandler(
    IRepository<Checkpoint> checkpoints,
    IRepository<Device> devices,
    IRepository<VideoHold> holds,
    IRepository<VideoSegment> segments,
    ICurrentUser user,
    TimeProvider clock) : ICommandHandler<PlaceVideoHold, Result<VideoHoldResult>>
{
    public async ValueTask<Result<VideoHoldResult>> Handle(PlaceVideoHold command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var code = CheckpointCode.Create(command.Checkpoint).Value;
        if (!await checkpoints.AnyAsync(new CheckpointByCodeSpec(code), cancellationToken))
        {
            return CheckpointErrors.NotFound;
        }

        DeviceId? device = command.DeviceId is { } id ? new DeviceId(id) : null;
        if (device is { } one)
        {
            var camera = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(one, tracked: false), cancellationToken);
            if (camera is null || camera.Checkpoint != code)
            {
                return DeviceErrors.NotFound;
            }
        }

        var now = clock.GetUtcNow();
        var placed = VideoHold.Place(
            code, command.From!.Value, command.To!.Value, device, command.Reason!, command.IncidentReference!, user.AccountId!.Value.Value, now);
        if (!placed.IsSuccess)
        {
            return placed.Error;
        }

        var hold = placed.Value;
        await holds.AddAsync(hold, cancellationToken);
        var (kept, tooLate) = (0, 0);
        foreach (var segment in await segments.ListAsync(new SegmentsOverlappingSpec(code, hold.From, hold.To, device), cancellationToken))
        {
            // A segment the sweep already claimed or deleted cannot be kept any more: the answer says how many.
            _ = segment.PlaceHold(hold.Id, now) ? kept++ : tooLate++;
        }

        return new VideoHoldResult(VideoHoldDto.Of(hold), kept, tooLate);
    }
}
