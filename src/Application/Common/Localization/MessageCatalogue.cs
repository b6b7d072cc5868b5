using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;

namespace Seo.Application.Common.Localization;

/// <summary>
/// The words the system says to people — problem details, validation messages, notifications —
/// in the languages it speaks. The code writes its messages in English, as gettext does: the
/// English sentence, with <c>{0}</c>, <c>{1}</c>… where the code fills something in, is the key
/// of its translations in <c>Messages.resx</c> (English), <c>Messages.ru.resx</c> and
/// <c>Messages.kk.resx</c>. Translating an English message finds the sentence it was made from,
/// takes the filled-in values back out, translates those that are themselves messages (a
/// no-show's reason inside an annulment) and puts them into the translated sentence. A text made
/// of several sentences joined together is translated sentence by sentence. Codes, rules,
/// numbers, plates and names are never translated: only the words around them.
/// </summary>
public sealed partial class MessageCatalogue
{
    /// <summary>English, the language the code writes in and the one spoken when no other is asked for.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The languages spoken: English, Russian and Kazakh.</summary>
    public static readonly IReadOnlyList<CultureInfo> Languages = [English, CultureInfo.GetCultureInfo("ru"), CultureInfo.GetCultureInfo("kk")];

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly FrozenDictionary<string, string> keyOfFixedText;
    private readonly IReadOnlyList<(string Key, Regex Whole, Regex Piece)> parametrised;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> translations;

    private MessageCatalogue(IReadOnlyDictionary<string, string> english, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> translated)
    {
        Templates = english;
        keyOfFixedText = english.Where(entry => !Placeholder().IsMatch(entry.Value))
            .ToFrozenDictionary(entry => entry.Value, entry => entry.Key, StringComparer.Ordinal);
        // The most specific sentence first: a longer fixed part wins over a shorter one that also matches.
        parametrised = [.. english.Where(entry => Placeholder().IsMatch(entry.Value))
            .OrderByDescending(entry => Placeholder().Replace(entry.Value, string.Empty).Length)
            .Select(entry => (entry.Key, Pattern(entry.Value, whole: true), Pattern(entry.Value, whole: false)))];
        translations = translated.ToFrozenDictionary(
            language => language.Key,
            language => language.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue in this assembly's resources.</summary>
    public static MessageCatalogue Default { get; } = Load();

    /// <summary>Every message by its key, in English.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; }

    /// <summary>Every message by its key in <paramref name="language"/> (Russian or Kazakh); empty for English.</summary>
    public IReadOnlyDictionary<string, string> TranslationsIn(CultureInfo language) =>
        LanguageOf(language) is { } name ? translations[name] : FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// The language of <paramref name="culture"/> that the catalogue speaks (<c>ru</c>, <c>kk</c>),
    /// following parents (<c>ru-RU</c> is Russian); null for English and for languages it does not speak.
    /// </summary>
    public string? LanguageOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
        {
            if (translations.ContainsKey(current.Name))
            {
                return current.Name;
            }
        }

        return null;
    }

    /// <summary><paramref name="text"/> in <paramref name="language"/>, or as it was where the catalogue has no words for it.</summary>
    public string Translate(string text, CultureInfo language)
    {
        TryTranslate(text, language, out var translated);
        return translated;
    }

    /// <summary>
    /// <paramref name="text"/> in <paramref name="language"/>; false, with what could be translated
    /// and the rest as it was, when part of it is no message of the catalogue. English, and a
    /// language the catalogue does not speak, leave the text as it is (true).
    /// </summary>
    public bool TryTranslate(string text, CultureInfo language, out string translated)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (LanguageOf(language) is not { } name || text.Length == 0)
        {
            translated = text;
            return true;
        }

        var words = translations[name];
        if (TryWhole(text, words, out translated))
        {
            return true;
        }

        // Sentences joined one after another: take the longest message at each place.
        var result = new StringBuilder();
        var at = 0;
        while (at < text.Length)
        {
            if (!TryPiece(text, at, words, out var piece, out var length))
            {
                result.Append(text, at, text.Length - at);
                translated = result.ToString();
                return false;
            }

            result.Append(piece);
            at += length;
        }

        translated = result.ToString();
        return true;
    }

    private bool TryWhole(string text, FrozenDictionary<string, string> words, out string translated)
    {
        if (keyOfFixedText.TryGetValue(text, out var key))
        {
            translated = words.GetValueOrDefault(key, text);
            return words.ContainsKey(key);
        }

        foreach (var (templateKey, whole, _) in parametrised)
        {
            var match = whole.Match(text);
            if (match.Success && words.TryGetValue(templateKey, out var target))
            {
                translated = Fill(target, match, words);
                return true;
            }
        }

        translated = text;
        return false;
    }

    private bool TryPiece(string text, int at, FrozenDictionary<string, string> words, out string piece, out int length)
    {
        piece = string.Empty;
        length = 0;
        foreach (var (english, key) in keyOfFixedText)
        {
            if (english.Length > length && string.CompareOrdinal(text, at, english, 0, english.Length) == 0 && words.TryGetValue(key, out var target))
            {
                piece = target;
                length = english.Length;
            }
        }

        foreach (var (key, _, pieceMatcher) in parametrised)
        {
            var match = pieceMatcher.Match(text, at);
            if (match.Success && match.Index == at && match.Length > length && words.TryGetValue(key, out var target))
            {
                piece = Fill(target, match, words);
                length = match.Length;
            }
        }

        return length > 0;
    }

    /// <summary>The translated sentence with the values filled back in, each translated where it is a message itself.</summary>
    private string Fill(string target, Match match, FrozenDictionary<string, string> words) =>
        Placeholder().Replace(target, placeholder =>
        {
            var value = match.Groups["p" + placeholder.Groups[1].Value].Value;
            return TryWhole(value, words, out var translated) ? translated : value;
        });

    private static Regex Pattern(string template, bool whole)
    {
        var pattern = new StringBuilder(whole ? "^" : @"\G");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            pattern.Append(Regex.Escape(template[at..placeholder.Index]));
            var number = placeholder.Groups[1].Value;
            // A value used twice is the same value both times.
            pattern.Append(seen.Add(number) ? $"(?<p{number}>.*?)" : $@"\k<p{number}>");
            at = placeholder.Index + placeholder.Length;
        }

        pattern.Append(Regex.Escape(template[at..]));
        if (whole)
        {
            pattern.Append('$');
        }

        return new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static MessageCatalogue Load()
    {
        var resources = new ResourceManager("Seo.Application.Common.Localization.Messages", typeof(MessageCatalogue).Assembly);
        var english = Entries(resources, CultureInfo.InvariantCulture)
            ?? throw new MissingManifestResourceException("The English messages (Messages.resx) are not in the assembly.");
        var translated = Languages.Skip(1).ToDictionary(
            language => language.Name,
            language => (IReadOnlyDictionary<string, string>)(Entries(resources, language)
                ?? throw new MissingSatelliteAssemblyException($"The {language.EnglishName} messages (Messages.{language.Name}.resx) are not deployed.", language.Name)),
            StringComparer.OrdinalIgnoreCase);
        return new MessageCatalogue(english, translated);
    }

    private static Dictionary<string, string>? Entries(ResourceManager resources, CultureInfo culture)
    {
        // The manager keeps the set it reads; it is not disposed here.
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set?.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
