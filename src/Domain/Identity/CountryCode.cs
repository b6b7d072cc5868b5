using Seo.Domain.Common;

namespace Seo.Domain.Identity;

/// <summary>An ISO 3166-1 alpha-2 country code, upper case (e.g. KZ, CN, UZ, RU).</summary>
public sealed record CountryCode
{
    private CountryCode(string value) => Value = value;

    public string Value { get; }

    public static Result<CountryCode> Create(string? value)
    {
        var upper = value?.Trim().ToUpperInvariant() ?? string.Empty;
        return upper.Length == 2 && upper.All(char.IsAsciiLetterUpper)
            ? new CountryCode(upper)
            : DomainError.Validation("invalid-country", "A country is a two-letter ISO 3166 code, e.g. KZ.");
    }

    public override string ToString() => Value;
}
