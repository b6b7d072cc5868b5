using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.RecordAnprEvent;

/// <summary>
/// The shape of a camera's read (400). Whether its capture time fits the server's clock is the
/// handler's question (422, <see cref="Devices.Common.DeviceClock"/>): a well-formed read from a
/// camera with a wrong clock is not a malformed request.
/// </summary>
public sealed class RecordAnprEventValidator : AbstractValidator<RecordAnprEvent>
{
    public RecordAnprEventValidator()
    {
        RuleFor(c => c.EventId).Required()
            .NotEqual(Guid.Empty).WithErrorCode("invalid-event-id").WithMessage("The event id is the camera's own non-empty GUID.");
        RuleFor(c => c.CapturedAt).Required().PlausibleInstant();
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
