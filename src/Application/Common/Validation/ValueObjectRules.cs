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

    /// <summary>
    /// A date the calendar arithmetic can handle; R22 then decides whether it may be booked. Keeps
    /// 0001-01-01 or 9999-12-31 from ever reaching time-zone conversion.
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> PlausibleDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2199))
            .WithErrorCode("invalid-date").WithMessage("'{PropertyName}' is not a plausible date.");

    public static IRuleBuilderOptions<T, DateTimeOffset?> PlausibleInstant<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2199))
            .WithErrorCode("invalid-date").WithMessage("'{PropertyName}' is not a plausible date and time.");
}
