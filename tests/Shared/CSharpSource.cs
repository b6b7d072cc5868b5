using System.Globalization;
using System.Text;

namespace Seo.Tests.Shared;

/// <summary>
/// Just enough of C#'s lexical grammar to read the string literals of the code under <c>src/</c>
/// (regular, verbatim, interpolated and raw): the tests that hold catalogues to the code use it.
/// An interpolation hole becomes <c>{0}</c>, <c>{1}</c>… in the literal's template.
/// </summary>
internal static class CSharpSource
{
    internal sealed record Literal(string Template, int Placeholders, int End);

    /// <summary>
    /// Where the code makes a problem whose first argument is its code and whose message
    /// follows: a domain error (constructed, or by its factories) and an input problem. The
    /// message scan and the code scan both start from these.
    /// </summary>
    public const string ProblemConstruction = @"new DomainError\(|DomainError\.Validation\(|DomainError\.NotFound\(|\bDomainError\s+\w+\s*=\s*new\(|\bDomainError\s+\w+\([^)]*\)\s*=>\s*new\(|new InputProblem\(|\bInputProblem\s+\w+\([^)]*\)\s*=>\s*new\(";

    /// <summary>The code files under <paramref name="sourceRoot"/>, without build output, migrations or demo data, as (path relative to the root, code without comments).</summary>
    public static IEnumerable<(string Path, string Code)> Files(string sourceRoot)
    {
        foreach (var path in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(sourceRoot, path).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/Migrations/", StringComparison.Ordinal) || System.IO.Path.GetFileName(path).StartsWith("Demo", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (relative, WithoutComments(File.ReadAllText(path)));
        }
    }

    /// <summary>Where the argument list that opens just before <paramref name="start"/> closes.</summary>
    public static int EndOfArguments(string code, int start)
    {
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

        return at;
    }

    /// <summary>The first argument of the list that starts at <paramref name="start"/>, trimmed.</summary>
    public static string FirstArgument(string code, int start)
    {
        var depth = 0;
        var at = start;
        while (at < code.Length)
        {
            if (StringAt(code, at) is { } literal)
            {
                at = literal.End;
                continue;
            }

            var c = code[at];
            if (depth == 0 && c is ',' or ')')
            {
                break;
            }

            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            at++;
        }

        return code[start..at].Trim();
    }

    /// <summary>The C# string literal starting at <paramref name="at"/> (regular, verbatim, interpolated or raw), or null.</summary>
    public static Literal? StringAt(string code, int at)
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

    public static string WithoutComments(string code)
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
}
