using System.Globalization;
using Seo.Application.Common.Ports;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.Common;

/// <summary>
/// The query-string parameters of the crossing endpoints, read the same way by the validators
/// (which say which field is wrong) and the handlers (which then trust them).
/// </summary>
public static class CrossingParameters
{
    /// <summary>
    /// An instant in ISO 8601 with an explicit offset (<c>2026-11-25T09:00:00+05:00</c> or
    /// <c>...Z</c>): a time without one would mean whatever zone the server runs in.
    /// </summary>
    public static DateTimeOffset? Instant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !HasOffset(text.Trim()))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            && value.Year is >= 2000 and <= 2199
            ? value
            : null;
    }

    public static PlateMatch? PlateMatchOf(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "EXACT" => PlateMatch.Exact,
        "PREFIX" => PlateMatch.Prefix,
        "FUZZY" => PlateMatch.Fuzzy,
        _ => null,
    };

    public static CrossingSort? SortOf(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "NEWEST" or "NEWESTFIRST" => CrossingSort.NewestFirst,
        "OLDEST" or "OLDESTFIRST" => CrossingSort.OldestFirst,
        _ => null,
    };

    /// <summary>The direction asked for; <c>(true, null)</c> when none was.</summary>
    public static (bool Valid, CrossingDirection? Value) DirectionOf(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => (true, null),
        "EXIT" => (true, CrossingDirection.Exit),
        "ENTRY" => (true, CrossingDirection.Entry),
        _ => (false, null),
    };

    /// <summary>Matched or not; <c>(true, null)</c> when not asked.</summary>
    public static (bool Valid, bool? Value) MatchedOf(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => (true, null),
        "TRUE" => (true, true),
        "FALSE" => (true, false),
        _ => (false, null),
    };

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public static int? Number(string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
    }

    /// <summary>A checkpoint's code as <see cref="CheckpointCode"/> spells it; null when none is given or it cannot be one.</summary>
    public static string? Checkpoint(string? text) =>
        text is not null && CheckpointCode.Create(text) is { IsSuccess: true } code ? code.Value.Value : null;

    /// <summary>A plate (or the start of one) normalised like the plates read; null when it cannot be one.</summary>
    public static string? Plate(string? text)
    {
        var normalised = PlateNumber.Normalise(text);
        return normalised.Length is >= 1 and <= PlateNumber.MaxLength && normalised.All(char.IsAsciiLetterOrDigit) ? normalised : null;
    }

    private static bool HasOffset(string text) =>
        text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':'));
}
