namespace Seo.WebApi.Http.Hygiene;

/// <summary>
/// Characters no name or free text of this system needs, and that make one text show as another:
/// control characters (C0, DEL, C1 — a new line in a plate, a bell in a name) and the Unicode
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder
/// what a reader sees ("Trojan Source"). Marks such as U+200E/U+200F reorder nothing and stay.
/// </summary>
internal static class TextHygiene
{
    public static bool HasForbiddenCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return true;
            }
        }

        return false;
    }
}
