using FluentValidation;

namespace Seo.Application.Accounts.RecordDebt;

public sealed class RecordDebtValidator : AbstractValidator<RecordDebt>
{
    public RecordDebtValidator()
    {
        RuleFor(c => c.Amount).NotNull().WithErrorCode("invalid-amount")
            .GreaterThan(0).WithErrorCode("invalid-amount")
            .LessThan(1_000_000_000m).WithErrorCode("invalid-amount")
            .WithMessage("The amount is above zero, in tenge.");
        RuleFor(c => c.Reason).NotEmpty().WithErrorCode("required-field").MaximumLength(500).WithErrorCode("required-field")
            .WithMessage("Say what the debt is for (at most 500 characters).");
    }
}
