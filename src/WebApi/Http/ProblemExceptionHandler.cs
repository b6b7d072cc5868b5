using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Seo.Application.Common.Ports;
using Seo.WebApi.Http.Hygiene;

namespace Seo.WebApi.Http;

/// <summary>
/// Unreadable requests (malformed JSON, a wrong type, a bad route value) become 400
/// <c>malformed-request</c>; anything unexpected is logged and becomes 500 <c>internal-error</c>
/// without internals. Nothing is swallowed.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is BadHttpRequestException { InnerException: JsonException member }
            && JsonMemberProblems.From(member, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint) is { } input)
        {
            httpContext.Response.StatusCode = input.Status;
            await input.ToResult().ExecuteAsync(httpContext);
            return true;
        }

        var (status, code, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "malformed-request", $"The request body is not valid JSON for this endpoint: {json.Message}"),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } bad => (bad.StatusCode, "unsupported-media-type", bad.Message),
            BadHttpRequestException bad => (bad.StatusCode, "malformed-request", bad.Message),
            JsonException json => (400, "malformed-request", json.Message),
            ReadModelUnavailableException => (503, "read-model-unavailable", "A read model's store is unreachable; try again once it is back."),
            _ => (500, "internal-error", "An unexpected error occurred; it has been logged with the trace id."),
        };
        if (status >= 500)
        {
            LogUnhandled(logger, exception);
        }

        httpContext.Response.StatusCode = status;

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Type = Problems.TypeOf(code),
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
