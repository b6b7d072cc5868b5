using System.Text;
using Seo.Domain.Common;

namespace Seo.Domain.Vehicles;

/// <summary>
/// A registration plate, normalised once so that a camera read, a booking and a search agree:
/// upper case, spaces and dashes removed, Cyrillic letters that look like Latin ones mapped to
/// Latin (А В Е К М Н О Р С Т У Х).
/// </summary>
public sealed record PlateNumber
{
    public const int MaxLength = 12;

    /// <summary>
    /// What <see cref="Create"/> accepts, as a regular expression for the API contract: 2 to 12
    /// Latin letters, digits or Cyrillic look-alikes, in either case, with spaces, tabs and dashes
    /// anywhere. (A few exotic letters whose upper case is Latin, such as 'ı', are accepted by
    /// <see cref="Create"/> but not named here.)
    /// </summary>
    public const string AsTypedPattern = "^[ \\t-]*([0-9A-Za-zАВЕКМНОРСТУХавекмнорстух][ \\t-]*){2,12}$";

    private PlateNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<PlateNumber> Create(string? raw)
    {
        var normalised = Normalise(raw);
        if (normalised.Length is < 2 or > MaxLength || !normalised.All(char.IsAsciiLetterOrDigit))
        {
            return DomainError.Validation(
                "invalid-plate",
                $"A plate number is 2 to {MaxLength} Latin letters or digits (spaces and dashes are ignored; Cyrillic look-alikes are read as Latin).");
        }

        return new PlateNumber(normalised);
    }

    /// <summary>The normal form of a plate as typed or read by a camera; it may still be invalid.</summary>
    public static string Normalise(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.ToUpperInvariant())
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }

            builder.Append(LatinLookAlike(c));
        }

        return builder.ToString();
    }

    private static char LatinLookAlike(char c) => c switch
    {
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'У' => 'Y',
        'Х' => 'X',
        _ => c,
    };

    public override string ToString() => Value;
}
