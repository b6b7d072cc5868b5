using Seo.Domain.Common;

namespace Seo.Domain.Vehicles;

/// <summary>A vehicle identification number: 17 Latin letters and digits, never I, O or Q (ISO 3779).</summary>
public sealed record Vin
{
    public const int Length = 17;

    /// <summary>What <see cref="Create"/> accepts, as a regular expression for the API contract: either case, surrounding spaces ignored.</summary>
    public const string AsTypedPattern = "^\\s*[0-9A-HJ-NPR-Za-hj-npr-z]{17}\\s*$";

    private Vin(string value) => Value = value;

    public string Value { get; }

    public static Result<Vin> Create(string? raw)
    {
        var value = raw?.Trim().ToUpperInvariant() ?? string.Empty;
        if (value.Length != Length || !value.All(char.IsAsciiLetterOrDigit))
        {
            return DomainError.Validation("invalid-vin", "A VIN is exactly 17 Latin letters and digits.");
        }

        if (value.IndexOfAny(['I', 'O', 'Q']) >= 0)
        {
            return DomainError.Validation("invalid-vin", "A VIN never contains the letters I, O or Q.");
        }

        return new Vin(value);
    }

    public override string ToString() => Value;
}
