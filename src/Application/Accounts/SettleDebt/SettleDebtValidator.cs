using FluentValidation;

namespace Seo.Application.Accounts.SettleDebt;

public sealed class SettleDebtValidator : AbstractValidator<SettleDebt>
{
    public SettleDebtValidator() =>
        RuleFor(c => c.Amount).NotNull().WithErrorCode("invalid-amount")
            .GreaterThan(0).WithErrorCode("invalid-amount")
            .LessThan(1_000_000_000m).WithErrorCode("invalid-amount")
            .WithMessage("The amount is above zero, in tenge.");
}
