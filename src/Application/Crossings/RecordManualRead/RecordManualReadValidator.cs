using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Crossings;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.RecordManualRead;

/// <summary>The shape of an entry (400); whether its time fits the server's clock is the handler's (422), as for a camera.</summary>
public sealed class RecordManualReadValidator : AbstractValidator<RecordManualRead>
{
    public RecordManualReadValidator()
    {
        RuleFor(c => c.EventId).Required()
            .NotEqual(Guid.Empty).WithErrorCode("invalid-event-id").WithMessage("The event id is a non-empty GUID the console chose for this entry.");
        RuleFor(c => c.Plate).Must(p => p is null || p.Trim().Length <= AnprEvent.MaxPlateAsReadLength).WithErrorCode("invalid-plate")
            .WithMessage($"A plate as typed is at most {AnprEvent.MaxPlateAsReadLength} characters.")
            .DependentRules(() => RuleFor(c => c.Plate).MustBe(PlateNumber.Create));
        RuleFor(c => c.CapturedAt).PlausibleInstant();
        RuleFor(c => c.Reason).Required()
            .Must(r => r is null || (r.Trim().Length is > 0 and <= ManualRead.MaxReasonLength && !r.Any(char.IsControl)))
            .WithErrorCode(AnprErrors.InvalidManualReason.Code).WithMessage(AnprErrors.InvalidManualReason.Message);
    }
}
