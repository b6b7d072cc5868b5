using System.Text.RegularExpressions;
using Seo.Tests.Shared;

namespace Seo.WebApi.Tests.Contract.ErrorCodes;

/// <summary>
/// Every problem code the code under <c>src/</c> can answer with: the first argument of a
/// domain error, a validation rule's <c>WithErrorCode</c> and an input problem, the code of
/// <c>Problems.Of</c>, every constant named <c>…Code</c>, what a <c>CodeOf</c> method returns
/// (a status's or a budget's code), what is assigned to a <c>code</c> variable or a validation
/// failure's <c>ErrorCode</c>, and the code of an exception's problem (<c>(400, "malformed-request", …)</c>). A constant is followed to its
/// value (<c>PagingRules.Code</c>, <c>InputProblem.NullItem</c>).
/// </summary>
internal static partial class SourceErrorCodes
{
    public static IReadOnlySet<string> In(string sourceRoot)
    {
        var files = CSharpSource.Files(sourceRoot).ToList();
        var constants = Constants(files);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, code) in files)
        {
            foreach (Match call in FirstArgumentIsCode().Matches(code))
            {
                if (Resolve(CSharpSource.FirstArgument(code, call.Index + call.Length), constants) is { } found)
                {
                    codes.Add(found);
                }
            }

            foreach (Match call in ProblemsOf().Matches(code))
            {
                var afterStatus = code.IndexOf(',', call.Index + call.Length) + 1;
                if (Resolve(CSharpSource.FirstArgument(code, afterStatus), constants) is { } found)
                {
                    codes.Add(found);
                }
            }

            foreach (Match place in CodeInAStatement().Matches(code))
            {
                var end = code.IndexOf(';', place.Index);
                // A code variable may be given other strings too (a metric's tag name): only kebab-case with a dash is a code there.
                codes.UnionWith(KebabLiteral().Matches(code[place.Index..end]).Select(m => m.Groups["code"].Value)
                    .Where(found => place.Value.StartsWith("CodeOf", StringComparison.Ordinal) || found.Contains('-', StringComparison.Ordinal)));
            }

            foreach (Match exception in ExceptionProblem().Matches(code))
            {
                codes.Add(exception.Groups["code"].Value);
            }
        }

        codes.UnionWith(constants.Where(c => c.Key.EndsWith("Code", StringComparison.Ordinal)).Select(c => c.Value));
        return codes;
    }

    /// <summary>A literal code, or a constant (<c>Class.Name</c> or a name unique among the constants) holding one; null otherwise.</summary>
    private static string? Resolve(string argument, Dictionary<string, string> constants)
    {
        if (CSharpSource.StringAt(argument, 0) is { Placeholders: 0 } literal && literal.End == argument.Length && Code().IsMatch(literal.Template))
        {
            return literal.Template;
        }

        var parts = argument.Split('.');
        var qualified = parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : null;
        if (qualified is not null && constants.TryGetValue(qualified, out var value))
        {
            return value;
        }

        var byName = constants.Where(c => c.Key.EndsWith("." + parts[^1], StringComparison.Ordinal)).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        return parts.Length == 1 && byName.Count == 1 ? byName[0] : null;
    }

    /// <summary>Every <c>const string</c> holding a kebab-case value, by <c>Class.Name</c> (the class it is declared in).</summary>
    private static Dictionary<string, string> Constants(IEnumerable<(string Path, string Code)> files)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, code) in files)
        {
            var classes = TypeDeclaration().Matches(code).Select(m => (m.Index, Name: m.Groups["name"].Value)).ToList();
            foreach (Match constant in KebabConstant().Matches(code))
            {
                var owner = classes.LastOrDefault(c => c.Index < constant.Index).Name ?? string.Empty;
                constants[$"{owner}.{constant.Groups["name"].Value}"] = constant.Groups["value"].Value;
            }
        }

        return constants;
    }

    [GeneratedRegex(CSharpSource.ProblemConstruction + @"|\.WithErrorCode\(")]
    private static partial Regex FirstArgumentIsCode();

    [GeneratedRegex(@"Problems\.Of\(")]
    private static partial Regex ProblemsOf();

    [GeneratedRegex(@"(?:\(\s*(?:[1-5]\d\d|\w+\.StatusCode)\s*,\s*|\bErrorCode\s*=\s*)""(?<code>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)""")]
    private static partial Regex ExceptionProblem();

    /// <summary>A <c>CodeOf</c> method's body (expression-bodied), or an assignment to <c>code</c>.</summary>
    [GeneratedRegex(@"\bCodeOf\([^)]*\)\s*=>|\bcode\s*=(?!=)")]
    private static partial Regex CodeInAStatement();

    [GeneratedRegex(@"(?<!\[)""(?<code>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)""")]
    private static partial Regex KebabLiteral();

    [GeneratedRegex(@"\b(?:class|record|struct|interface)\s+(?<name>\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"const string (?<name>\w+) = ""(?<value>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"";")]
    private static partial Regex KebabConstant();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Code();
}
