using FluentValidation;
using Seo.Application.Accounts.Passwords;
using Seo.Application.Common.Validation;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.Register;

public sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public RegisterAccountValidator()
    {
        RuleFor(c => c.Email).MustBe(EmailAddress.Create);
        RuleFor(c => c.Password).StrongPassword(c => c.Email);
        RuleFor(c => c.Kind).Required().IsInEnum().WithErrorCode("invalid-value");
        RuleFor(c => c.Residency).Required().IsInEnum().WithErrorCode("invalid-value");
        RuleFor(c => c.Phone).MustBe(PhoneNumber.Create);
        // R16.3: a wrong IIN/BIN is refused here too, so the 400 names the field like every validation problem.
        RuleFor(c => c.TaxId).MustBe(Iin.Create).When(c => c.Kind == OwnerKind.Individual && !string.IsNullOrWhiteSpace(c.TaxId));
        RuleFor(c => c.TaxId).MustBe(Bin.Create).When(c => c.Kind == OwnerKind.LegalEntity && !string.IsNullOrWhiteSpace(c.TaxId));
        RuleFor(c => c.AcceptUserAgreement).Equal(true).WithErrorCode("user-agreement-required")
            .WithMessage("The user agreement must be accepted (R15).");
        RuleFor(c => c.ConsentToPersonalDataProcessing).Equal(true).WithErrorCode("user-agreement-required")
            .WithMessage("Consent to the processing of personal data is required (R16).");
    }
}
