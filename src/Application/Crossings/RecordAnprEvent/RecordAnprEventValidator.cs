using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.RecordAnprEvent;

public sealed class RecordAnprEventValidator : AbstractValidator<RecordAnprEvent>
{
    /// <summary>How far ahead of the server's clock a camera's clock may run.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>How old a read may be when it arrives: a camera that was offline catches up within this.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    public RecordAnprEventValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(c => c.EventId).Required()
            .NotEqual(Guid.Empty).WithErrorCode("invalid-event-id").WithMessage("The event id is the camera's own non-empty GUID.");
        RuleFor(c => c.CapturedAt).Required()
            .Must(at => at is null || at.Value <= clock.GetUtcNow() + ClockSkew).WithErrorCode("invalid-captured-at")
            .WithMessage($"'capturedAt' is in the future (more than {ClockSkew.TotalMinutes:0} minutes ahead of the server's clock).")
            .Must(at => at is null || at.Value >= clock.GetUtcNow() - MaxAge).WithErrorCode("invalid-captured-at")
            .WithMessage($"'capturedAt' is more than {MaxAge.TotalDays:0} days ago.");
        RuleFor(c => c.Plate).MaximumLength(AnprEvent.MaxPlateAsReadLength).WithErrorCode("invalid-plate")
            .DependentRules(() => RuleFor(c => c.Plate).MustBe(PlateNumber.Create));
        RuleFor(c => c.Confidence).Required()
            .InclusiveBetween(0d, 1d).WithErrorCode("invalid-confidence").WithMessage("'confidence' is between 0 and 1.");
        RuleFor(c => c.ImageReference)
            .MaximumLength(AnprEvent.MaxImageReferenceLength).WithErrorCode("invalid-image-reference")
            .Must(r => r is null || (r.Trim().Length > 0 && !r.Any(char.IsControl))).WithErrorCode("invalid-image-reference")
            .WithMessage($"'imageReference' is 1 to {AnprEvent.MaxImageReferenceLength} printable characters, or absent.");
        RuleFor(c => c.Direction).IsInEnum().WithErrorCode("invalid-direction");
        RuleFor(c => c.Checkpoint).MustBe(CheckpointCode.Create).When(c => c.Checkpoint is not null);
    }
}
