namespace Seo.WebApi.Http.Hygiene;

/// <summary>
/// Input the contract does not describe, found before any handler runs: a 400 with its code and
/// the member it concerns (<c>drivers[0].name</c>, a query parameter's name), in the words of
/// the contract rather than the server's types.
/// </summary>
internal sealed record InputProblem(string Code, string Member, string Detail, int Status = StatusCodes.Status400BadRequest, string? Rule = null)
{
    public const string NullItem = "null-item";
    public const string ControlCharacters = "control-characters";
    public const string UnknownMember = "unknown-member";
    public const string DuplicateMember = "duplicate-member";
    public const string RepeatedQueryParameter = "repeated-query-parameter";
    public const string UnknownQueryParameter = "unknown-query-parameter";

    public IResult ToResult()
    {
        var extensions = new Dictionary<string, object?> { ["code"] = Code, ["member"] = Member };
        if (Rule is not null)
        {
            extensions["rule"] = Rule;
        }

        if (Status == StatusCodes.Status400BadRequest)
        {
            // API.md: every validation problem carries an errors map, keyed by the member.
            extensions["errors"] = new Dictionary<string, string[]> { [Member] = [Detail] };
        }

        return TypedResults.Problem(detail: Detail, statusCode: Status, type: Problems.TypeOf(Code), extensions: extensions);
    }
}
