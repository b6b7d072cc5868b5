using Seo.Domain.Common;

namespace Seo.Domain.Identity;

/// <summary>A phone number in E.164 form (+ and 8–15 digits); spaces, dashes and brackets are dropped on entry.</summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<PhoneNumber> Create(string? value)
    {
        var compact = new string((value ?? string.Empty).Where(c => c is not (' ' or '-' or '(' or ')')).ToArray());
        var digits = compact.StartsWith('+') ? compact[1..] : string.Empty;
        return digits.Length is >= 8 and <= 15 && digits.All(char.IsAsciiDigit) && digits[0] != '0'
            ? new PhoneNumber(compact)
            : DomainError.Validation("invalid-phone", "A phone number is + followed by 8 to 15 digits, e.g. +77011234567.");
    }

    public override string ToString() => Value;
}
