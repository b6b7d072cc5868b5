using FluentValidation;
using Mediator;
using Seo.Application.Common.Validation;
using Seo.Application.Video.Common;
using Seo.Domain.Common;
using Seo.Domain.Video;

namespace Seo.Application.Video.RegisterSegment;

/// <summary>
/// R32: a camera registers a segment it recorded. The device (so the checkpoint and camera point,
/// and from them the retention term) comes from its key, never from the body; the segment id, the
/// camera's own, makes a resend harmless.
/// </summary>
public sealed record RegisterVideoSegment(Guid DeviceId, Guid? SegmentId, DateTimeOffset? From, DateTimeOffset? To, string? StorageReference)
    : ICommand<Result<VideoSegmentRegistration>>;

public sealed class RegisterVideoSegmentValidator : AbstractValidator<RegisterVideoSegment>
{
    public RegisterVideoSegmentValidator()
    {
        RuleFor(c => c.SegmentId).Required()
            .NotEqual(Guid.Empty).WithErrorCode("invalid-segment-id").WithMessage("The segment id is the camera's own non-empty GUID.");
        RuleFor(c => c.From).Required().PlausibleInstant();
        RuleFor(c => c.To).Required().PlausibleInstant();
        RuleFor(c => c.To)
            .Must((c, to) => c.From is null || to is null || (c.From < to && to - c.From <= TimeSpan.FromHours(VideoErrors.MaxSegmentHours)))
            .WithErrorCode(VideoErrors.InvalidPeriod.Code).WithMessage(VideoErrors.InvalidPeriod.Message);
        RuleFor(c => c.StorageReference).Required()
            .Must(VideoStorageReference.IsValid).WithErrorCode("invalid-storage-reference")
            .WithMessage($"'storageReference' is a relative path of 1 to {VideoStorageReference.MaxLength} printable characters inside the video store (no '..', no rooted path).");
    }
}
