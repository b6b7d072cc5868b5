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
    }
}
