using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Seo.Application.Tests.Localization;

/// <summary>
/// Every message the code under <c>src/</c> writes for people, as the catalogue keys it: the
/// English sentence with <c>{0}</c>, <c>{1}</c>… for what the code fills in. It reads the texts
/// of domain errors, validation messages, problems and input problems, texts assigned to a
/// <c>text</c> variable, and everything in the notification texts (<c>*Texts.cs</c>) and in
/// the IIN/BIN phrases (<c>KazakhIdentifier.cs</c>). A string is a message when it has a space
/// and two words; codes (kebab-case) are not.
/// </summary>
internal static partial class SourceMessages
{
    public static IReadOnlyDictionary<string, string> In(string sourceRoot)
    {
        var messages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceRoot, path).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/Migrations/", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith("Demo", StringComparison.Ordinal))
            {
                continue;
            }

            var code = WithoutComments(File.ReadAllText(path));
            foreach (var (from, to) in Spans(code, Path.GetFileName(path)))
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

            var depth = 1;
            var at = start;
            while (depth > 0 && at < code.Length)
            {
                if (StringAt(code, at) is { } literal)
                {
                    at = literal.End;
                    continue;
                }

                depth += code[at] switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
                at++;
            }

            yield return (start, at);
        }
    }

    /// <summary>The strings in the span, each a concatenation of literals ("a" + $"b") made into one template.</summary>
    private static IEnumerable<string> StringsIn(string code, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            if (StringAt(code, at) is null)
            {
                at++;
                continue;
            }

            var template = new StringBuilder();
            var placeholders = 0;
            while (StringAt(code, at) is { } literal)
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

    private static bool IsMessage(string text) =>
        text.Trim().Contains(' ', StringComparison.Ordinal) && Word().Count(Placeholder().Replace(text, string.Empty)) >= 2;

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

    private sealed record Literal(string Template, int Placeholders, int End);

    /// <summary>The C# string literal starting at <paramref name="at"/> (regular, verbatim, interpolated or raw), or null.</summary>
    private static Literal? StringAt(string code, int at)
    {
        var interpolated = false;
        var verbatim = false;
        var i = at;
        while (i < code.Length && code[i] is '$' or '@')
        {
            interpolated |= code[i] == '$';
            verbatim |= code[i] == '@';
            i++;
        }

        if (i >= code.Length || code[i] != '"' || (i > at && i - at > 2))
        {
            return null;
        }

        if (string.CompareOrdinal(code, i, "\"\"\"", 0, 3) == 0)
        {
            var close = code.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
            return new Literal(code[(i + 3)..close], 0, close + 3);
        }

        var text = new StringBuilder();
        var placeholders = 0;
        i++;
        while (true)
        {
            var c = code[i];
            if (c == '"')
            {
                if (verbatim && i + 1 < code.Length && code[i + 1] == '"')
                {
                    text.Append('"');
                    i += 2;
                    continue;
                }

                return new Literal(text.ToString(), placeholders, i + 1);
            }

            if (c == '\\' && !verbatim)
            {
                text.Append(code[i + 1] switch { 'n' => '\n', 't' => '\t', var other => other });
                i += 2;
                continue;
            }

            if (interpolated && c == '{')
            {
                if (code[i + 1] == '{')
                {
                    text.Append('{');
                    i += 2;
                    continue;
                }

                i = EndOfHole(code, i + 1);
                text.Append('{').Append(placeholders.ToString(CultureInfo.InvariantCulture)).Append('}');
                placeholders++;
                continue;
            }

            if (interpolated && c == '}' && code[i + 1] == '}')
            {
                text.Append('}');
                i += 2;
                continue;
            }

            text.Append(c);
            i++;
        }
    }

    /// <summary>Past the closing brace of an interpolation hole, which may hold strings and braces of its own.</summary>
    private static int EndOfHole(string code, int at)
    {
        var depth = 1;
        while (depth > 0)
        {
            if (StringAt(code, at) is { } inner)
            {
                at = inner.End;
                continue;
            }

            depth += code[at] switch { '{' => 1, '}' => -1, _ => 0 };
            at++;
        }

        return at;
    }

    private static string WithoutComments(string code)
    {
        var kept = new StringBuilder(code.Length);
        var at = 0;
        while (at < code.Length)
        {
            if (string.CompareOrdinal(code, at, "//", 0, 2) == 0)
            {
                var end = code.IndexOf('\n', at);
                at = end < 0 ? code.Length : end;
                continue;
            }

            if (string.CompareOrdinal(code, at, "/*", 0, 2) == 0)
            {
                at = code.IndexOf("*/", at, StringComparison.Ordinal) + 2;
                continue;
            }

            if (StringAt(code, at) is { } literal)
            {
                kept.Append(code, at, literal.End - at);
                at = literal.End;
                continue;
            }

            if (code[at] == '\'')
            {
                var end = code.IndexOf('\'', code[at + 1] == '\\' ? at + 3 : at + 2);
                kept.Append(code, at, end + 1 - at);
                at = end + 1;
                continue;
            }

            kept.Append(code[at]);
            at++;
        }

        return kept.ToString();
    }

    [GeneratedRegex(@"(Texts|KazakhIdentifier)\.cs$")]
    private static partial Regex WholeFile();

    [GeneratedRegex(@"new DomainError\(|DomainError\.Validation\(|DomainError\.NotFound\(|\bDomainError\s+\w+\s*=\s*new\(|\bDomainError\s+\w+\([^)]*\)\s*=>\s*new\(|\.WithMessage\(|Problems\.Of\(|new InputProblem\(|\bvar text\s*=")]
    private static partial Regex Call();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\{([A-Z][A-Za-z]*)\}")]
    private static partial Regex Named();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Word();
}
