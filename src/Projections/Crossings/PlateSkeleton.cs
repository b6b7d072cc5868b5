using Seo.Domain.Vehicles;

namespace Seo.Projections.Crossings;

/// <summary>
/// A plate with every character cameras confuse folded to one representative (O→0, B→8, I→1,
/// S→5, Z→2), so that a misread and the real plate share one skeleton and a fuzzy search can
/// find either by an exact term. The crossing indices fold by themselves too, with
/// <see cref="CharacterFolding"/> in an analyzer (Lucene) or a normalizer (Elasticsearch), so
/// that a plate typed as seen — Cyrillic look-alikes, lower case, spaces, dashes — finds its
/// look-alikes in the index without this code, as an analyst in Kibana types it.
/// </summary>
public static class PlateSkeleton
{
    /// <summary>The Cyrillic letters <see cref="PlateNumber"/> reads as Latin, in both cases.</summary>
    private const string CyrillicLookAlikes = "АВЕКМНОРСТУХавекмнорстух";

    /// <summary>The skeleton of a normalised plate (upper-case Latin letters and digits).</summary>
    public static string Of(string plate)
    {
        ArgumentNullException.ThrowIfNull(plate);
        return string.Create(plate.Length, plate, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>
    /// The skeleton as character mappings for an index's character filter, applied before an
    /// upper-case filter: separators dropped, Cyrillic look-alikes read as Latin, confusable
    /// letters of either case folded. A letter that only needs upper case is left to the filter.
    /// The skeleton of any plate as typed is then what <see cref="Of"/> gives for its normal form.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> CharacterFolding { get; } =
        (" \t-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + CyrillicLookAlikes)
            .Select(character => (Character: character, Folded: Of(PlateNumber.Normalise(character.ToString()))))
            .Where(mapping => mapping.Folded.Length != 1 || mapping.Folded[0] != char.ToUpperInvariant(mapping.Character))
            .Select(mapping => KeyValuePair.Create(mapping.Character.ToString(), mapping.Folded))
            .ToList();

    private static char Fold(char character) => character switch
    {
        'O' => '0',
        'B' => '8',
        'I' => '1',
        'S' => '5',
        'Z' => '2',
        _ => character,
    };
}
