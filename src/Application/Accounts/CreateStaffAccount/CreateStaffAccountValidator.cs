using FluentValidation;
using Seo.Application.Accounts.Passwords;
using Seo.Application.Common.Validation;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.CreateStaffAccount;

public sealed class CreateStaffAccountValidator : AbstractValidator<CreateStaffAccount>
{
    public CreateStaffAccountValidator()
    {
        RuleFor(c => c.Email).MustBe(EmailAddress.Create);
        RuleFor(c => c.Role).Required().IsInEnum().WithErrorCode("invalid-staff-role")
            .NotEqual(Role.User).WithErrorCode("invalid-staff-role").WithMessage("Carriers register themselves; staff roles are Officer, Registrar, Analyst and Device.");
        RuleFor(c => c.DisplayName).NotEmpty().WithErrorCode("required-field").MaximumLength(200).WithErrorCode("required-field");
        RuleFor(c => c.Password).StrongPassword(c => c.Email).When(c => c.Password is not null);
    }
}
