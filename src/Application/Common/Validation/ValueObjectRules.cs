using FluentValidation;
using Seo.Domain.Common;

namespace Seo.Application.Common.Validation;

/// <summary>
/// Validates raw input with the value object's own factory, so the edge and the domain agree
/// on what is valid; the error carries the value object's stable code (e.g. invalid-vin).
/// </summary>
public static class ValueObjectRules
{
    public static IRuleBuilderOptionsConditions<T, string?> MustBe<T, TValue>(this IRuleBuilder<T, string?> rule, Func<string?, Result<TValue>> create) =>
        rule.Custom((value, context) =>
        {
            var result = create(value);
            if (!result.IsSuccess)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, result.Error.Message)
                {
                    ErrorCode = result.Error.Code,
                });
            }
        });

    /// <summary>A missing required field, with the code clients switch on.</summary>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotNull().WithErrorCode("required-field").WithMessage("'{PropertyName}' is required.");
}
