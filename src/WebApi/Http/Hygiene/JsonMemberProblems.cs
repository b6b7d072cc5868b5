using System.Text.Json;
using System.Text.RegularExpressions;

namespace Seo.WebApi.Http.Hygiene;

/// <summary>
/// The serializer refuses members the contract does not have and members given twice
/// (<c>UnmappedMemberHandling.Disallow</c>, <c>AllowDuplicateProperties = false</c>: a second
/// "checkpoint" must not quietly win). Its exception names the member inside a sentence about
/// .NET types; this reads the member out and says it in the contract's words.
/// </summary>
internal static partial class JsonMemberProblems
{
    public static InputProblem? From(JsonException exception, Endpoint? endpoint)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (UnmappedMember().Match(exception.Message) is { Success: true } unmapped)
        {
            var member = Join(exception.Path, unmapped.Groups["name"].Value);
            return endpoint?.Metadata.GetMetadata<TransferMembers>() is { } transfer && transfer.Covers(member)
                ? TransferMembers.Refusal(member)
                : new InputProblem(InputProblem.UnknownMember, member, $"'{member}' is not a member of this request; see the contract for the members it takes.");
        }

        if (DuplicateMember().Match(exception.Message) is { Success: true } duplicate)
        {
            var member = Join(exception.Path, duplicate.Groups["name"].Value);
            return new InputProblem(InputProblem.DuplicateMember, member, $"'{member}' is given more than once (member names are not case-sensitive); give each member once.");
        }

        return null;
    }

    /// <summary>The serializer's path ends at the member itself (<c>$.vehicle.colour</c>) or at the object holding it (<c>$.vehicle</c>).</summary>
    private static string Join(string? path, string name)
    {
        var parent = (path ?? "$").TrimStart('$').TrimStart('.');
        if (parent == name || parent.EndsWith($".{name}", StringComparison.Ordinal))
        {
            return parent;
        }

        return parent.Length == 0 ? name : $"{parent}.{name}";
    }

    [GeneratedRegex("^The JSON property '(?<name>.+?)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("^Duplicate property '(?<name>.+?)'", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DuplicateMember();
}
