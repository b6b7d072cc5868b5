using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.RegisterDevice;

public sealed class RegisterDeviceValidator : AbstractValidator<RegisterDevice>
{
    public RegisterDeviceValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithErrorCode("invalid-device-name")
            .MaximumLength(Device.MaxNameLength).WithErrorCode("invalid-device-name")
            .WithMessage($"A device name is 1 to {Device.MaxNameLength} characters.");
        RuleFor(c => c.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(c => c.Point).Required().IsInEnum().WithErrorCode("required-field");
        RuleFor(c => c.Direction).Required().IsInEnum().WithErrorCode("required-field");
        RuleFor(c => c.Kind).IsInEnum().WithErrorCode("invalid-device-kind");
        // R11: a barrier stands at a gate; inside the waiting zone there is nothing for it to close.
        RuleFor(c => c.Point).Must(p => p != CameraPoint.WaitingZone).When(c => c.Kind == DeviceKind.Barrier)
            .WithErrorCode("invalid-barrier-point").WithMessage("A barrier stands at a gate (zone entry or exit, checkpoint entry, border line), not inside the waiting zone.");
    }
}
