using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Seo.Application.Tests.Localization;

/// <summary>
/// Every message the code under <c>src/</c> writes for people, as the catalogue keys it: the
/// English sentence with <c>{0}</c>, <c>{1}</c>… for what the code fills in. It reads the texts
/// of domain errors, validation messages, problems and input problems, texts assigned to a
/// <c>text</c> variable, field messages of an <c>errors</c> map, validation failures made by
/// hand, what a <c>Described</c> method names, an exception's problem (<c>(503, "code", "…")</c>),
/// and everything but exceptions in
/// the notification texts (<c>*Texts.cs</c>), the IIN/BIN phrases (<c>KazakhIdentifier.cs</c>)
/// and the password rules (<c>PasswordPolicy.cs</c>). A string is a message when it has a space
/// and two words; codes (kebab-case) are not.
/// </summary>
internal static partial class SourceMessages
{
    public static IReadOnlyDictionary<string, string> In(string sourceRoot)
    {
        var messages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, source) in CSharpSource.Files(sourceRoot))
        {
            // An exception's message is for the log, not for people.
            var code = Thrown().Replace(source, match => new string(' ', match.Length));
            foreach (var (from, to) in Spans(code, Path.GetFileName(relative)))
            {
                foreach (var text in StringsIn(code, from, to).Where(IsMessage))
                {
                    messages.TryAdd(text, relative);
                }
            }
        }

        return messages;
    }

    private static IEnumerable<(int From, int To)> Spans(string code, string file)
    {
        if (WholeFile().IsMatch(file))
        {
            yield return (0, code.Length);
        }

        foreach (Match call in Call().Matches(code))
        {
            var start = call.Index + call.Length;
            if (call.Value.StartsWith("var text", StringComparison.Ordinal))
            {
                yield return (start, code.IndexOf(';', start));
                continue;
            }

            yield return (start, CSharpSource.EndOfArguments(code, start));
        }
    }

    /// <summary>The strings in the span, each a concatenation of literals ("a" + $"b") made into one template.</summary>
    private static IEnumerable<string> StringsIn(string code, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            if (CSharpSource.StringAt(code, at) is null)
            {
                at++;
                continue;
            }

            var template = new StringBuilder();
            var placeholders = 0;
            while (CSharpSource.StringAt(code, at) is { } literal)
            {
                template.Append(Renumber(literal.Template, placeholders));
                placeholders += literal.Placeholders;
                at = literal.End;
                var next = at;
                while (next < code.Length && char.IsWhiteSpace(code[next]))
                {
                    next++;
                }

                if (next >= code.Length || code[next] != '+')
                {
                    break;
                }

                at = next + 1;
                while (at < code.Length && char.IsWhiteSpace(code[at]))
                {
                    at++;
                }
            }

            yield return NamedToNumbered(template.ToString());
        }
    }

    /// <summary>Words with a space between them, or one word and a value ending a sentence ("From {0}.").</summary>
    private static bool IsMessage(string text)
    {
        var words = Word().Count(Placeholder().Replace(text, string.Empty));
        return text.Trim().Contains(' ', StringComparison.Ordinal) && (words >= 2 || (words == 1 && text.TrimEnd().EndsWith('.')));
    }

    private static string Renumber(string template, int offset) =>
        offset == 0 ? template : Numbered().Replace(template, m => "{" + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + offset).ToString(CultureInfo.InvariantCulture) + "}");

    /// <summary>FluentValidation's <c>{PropertyName}</c> is filled in too: it becomes the next number.</summary>
    private static string NamedToNumbered(string template)
    {
        var next = Numbered().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count();
        var names = new List<string>();
        return Named().Replace(template, m =>
        {
            if (!names.Contains(m.Groups[1].Value))
            {
                names.Add(m.Groups[1].Value);
            }

            return "{" + (next + names.IndexOf(m.Groups[1].Value)).ToString(CultureInfo.InvariantCulture) + "}";
        });
    }

    [GeneratedRegex(@"(Texts|KazakhIdentifier|PasswordPolicy)\.cs$")]
    private static partial Regex WholeFile();

    [GeneratedRegex(CSharpSource.ProblemConstruction + @"|\.WithMessage\(|Problems\.Of\(|\bRefusal\(|new (?:FluentValidation\.Results\.)?ValidationFailure\(|\bErrors\s*=\s*new Dictionary<string, string\[\]>\s*\{|\b\w+\[""[^""\]]+""\]\s*=\s*\[|\bDescribed\([^)]*\)\s*=>|\(\s*(?:[1-5]\d\d|\w+\.StatusCode)\s*,\s*(?=""[a-z])|\bvar text\s*=")]
    private static partial Regex Call();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\bthrow new [^;]*;")]
    private static partial Regex Thrown();

    [GeneratedRegex(@"\{([A-Z][A-Za-z]*)\}")]
    private static partial Regex Named();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Word();
}
