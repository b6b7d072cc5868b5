using FluentValidation;

namespace Seo.Application.Video.Common;

public static class TextRules
{
    /// <summary>Free text kept on an audit record: 1 to <paramref name="maxLength"/> characters, not blank, no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> MustBePrintable<T>(this IRuleBuilder<T, string?> rule, int maxLength, string code) =>
        rule.Must(v => v is null || (v.Trim().Length > 0 && v.Length <= maxLength && !v.Any(char.IsControl)))
            .WithErrorCode(code)
            .WithMessage($"'{{PropertyName}}' is 1 to {maxLength} printable characters.");
}
