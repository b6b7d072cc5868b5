using System.Globalization;
using System.Text;

namespace Seo.Application.Live.Boards;

/// <summary>
/// R12, R32: text that reaches a public board. A plate or a name comes from cameras and users, and
/// a board draws what it gets: control characters could drive the display, and Unicode's
/// bidirectional and other format characters (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C,
/// zero-width characters, …) could reorder or hide what is shown ("Trojan Source"). Such
/// characters never reach a board: every control (Cc), format (Cf), line or paragraph separator
/// (Zl, Zp), private-use (Co) and lone surrogate (Cs) character is removed.
/// </summary>
public static class BoardText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in EnumerateRunes(text))
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            clean.Append(rune.ToString());
        }

        return clean.ToString().Trim();
    }

    /// <summary>The runes of the text; a lone surrogate is invalid UTF-16 and is skipped.</summary>
    private static IEnumerable<Rune> EnumerateRunes(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                yield return rune;
            }

            index += Math.Max(consumed, 1);
        }
    }
}

/// <summary>How much of a plate a public board shows (<c>Seo:Boards:PlateMask</c>).</summary>
public enum PlateMask
{
    /// <summary>The whole plate.</summary>
    None,

    /// <summary>The first 2 and the last 2 characters; the rest masked (plates of 5 or fewer keep only the last 2).</summary>
    Middle,

    /// <summary>Only the last 3 characters (plates of 3 or fewer keep only the last); the default, which tells a driver their truck without publishing the plate.</summary>
    AllButLast3,
}

public static class PlateMasking
{
    public const char MaskCharacter = '*';

    /// <summary>The plate cleaned for a board (<see cref="BoardText.Clean"/>), then masked.</summary>
    public static string Mask(string? plate, PlateMask mask)
    {
        var clean = BoardText.Clean(plate);
        (int Head, int Tail) kept = mask switch
        {
            PlateMask.None => (clean.Length, 0),
            PlateMask.Middle => clean.Length > 5 ? (2, 2) : (0, Math.Min(2, Math.Max(clean.Length - 1, 0))),
            _ => (0, clean.Length > 3 ? 3 : Math.Min(1, Math.Max(clean.Length - 1, 0))),
        };
        if (kept.Head + kept.Tail >= clean.Length)
        {
            return clean;
        }

        return string.Concat(clean.AsSpan(0, kept.Head), new string(MaskCharacter, clean.Length - kept.Head - kept.Tail), clean.AsSpan(clean.Length - kept.Tail));
    }
}

/// <summary>Settings of the public information boards (section <c>Seo:Boards</c>).</summary>
public sealed class BoardOptions
{
    public const string Section = "Seo:Boards";

    /// <summary>How plates are masked on boards; privacy first by default.</summary>
    public PlateMask PlateMask { get; set; } = PlateMask.AllButLast3;

    /// <summary>How long a board answer may be cached by browsers and proxies (<c>Cache-Control: public, max-age</c>).</summary>
    public int MaxAgeSeconds { get; set; } = 5;

    /// <summary>How many of the latest crossings a board lists.</summary>
    public int CrossedShown { get; set; } = 10;
}
