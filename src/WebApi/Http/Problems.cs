using Seo.Domain.Common;

namespace Seo.WebApi.Http;

/// <summary>
/// The one mapping from an expected failure to RFC 9457 problem details: status by kind, and
/// the extension members <c>code</c>, <c>rule</c> and, for validation, <c>errors</c>.
/// </summary>
internal static class Problems
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.ChecksRefused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Rule is not null)
        {
            extensions["rule"] = error.Rule;
        }

        foreach (var (name, value) in error.Details ?? new Dictionary<string, object?>())
        {
            extensions[name] = value;
        }

        if (error.Errors is not null)
        {
            extensions["errors"] = error.Errors;
        }
        else if (error.Kind == ErrorKind.Validation)
        {
            // API.md: every validation problem carries an errors map; a rule about the request as a whole names it "request".
            extensions["errors"] = new Dictionary<string, string[]> { ["request"] = [error.Message] };
        }

        return TypedResults.Problem(
            detail: error.Message,
            statusCode: StatusOf(error.Kind),
            type: TypeOf(error.Code),
            extensions: extensions);
    }

    public static IResult Of(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, type: TypeOf(code), extensions: new Dictionary<string, object?> { ["code"] = code });

    public static string TypeOf(string code) => $"urn:seo:problem:{code}";
}
