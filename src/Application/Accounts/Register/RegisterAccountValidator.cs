using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.Register;

public sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public const int MinPasswordLength = 10;

    public RegisterAccountValidator()
    {
        RuleFor(c => c.Email).MustBe(EmailAddress.Create);
        RuleFor(c => c.Password)
            .NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(200)
            .WithErrorCode("weak-password")
            .WithMessage($"A password has {MinPasswordLength} to 200 characters.");
        RuleFor(c => c.Kind).Required();
        RuleFor(c => c.Residency).Required();
        RuleFor(c => c.Phone).MustBe(PhoneNumber.Create);
        RuleFor(c => c.AcceptUserAgreement).Equal(true).WithErrorCode("user-agreement-required")
            .WithMessage("The user agreement must be accepted (R15).");
        RuleFor(c => c.ConsentToPersonalDataProcessing).Equal(true).WithErrorCode("user-agreement-required")
            .WithMessage("Consent to the processing of personal data is required (R16).");
    }
}
