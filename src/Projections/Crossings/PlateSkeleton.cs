namespace Seo.Projections.Crossings;

/// <summary>
/// A plate with every character cameras confuse folded to one representative (O→0, B→8, I→1,
/// S→5, Z→2), so that a misread and the real plate share one skeleton and a fuzzy search can
/// find either by an exact term.
/// </summary>
public static class PlateSkeleton
{
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
