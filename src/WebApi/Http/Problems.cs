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
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// When to try an unavailable source again: the registry gateway's circuit stays open 30 s by
    /// default (docs/registries.md), so an earlier retry would meet the same answer.
    /// </summary>
    public const int RetryAfterSeconds = 30;

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

        var problem = TypedResults.Problem(
            detail: error.Message,
            statusCode: StatusOf(error.Kind),
            type: TypeOf(error.Code),
            extensions: extensions);
        // A 503 without a wait of its own gets the default one where every problem is finished (CustomizeProblemDetails).
        return error.Details?.GetValueOrDefault(DomainError.RetryAfterDetail) is int seconds ? new RetryLater(problem, seconds) : problem;
    }

    /// <summary>A 503 or 429 that says when to retry (RFC 9110 Retry-After, in seconds).</summary>
    private sealed class RetryLater(IResult problem, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }

    public static IResult Of(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, type: TypeOf(code), extensions: new Dictionary<string, object?> { ["code"] = code });

    public static string TypeOf(string code) => $"urn:seo:problem:{code}";
}
