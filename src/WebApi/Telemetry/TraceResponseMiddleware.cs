using System.Diagnostics;

namespace Seo.WebApi.Telemetry;

/// <summary>
/// Every answer names the trace it belongs to, in W3C Trace Context's <c>traceresponse</c> header
/// (version-traceid-spanid-flags): a caller quoting it lets an operator find the request's trace
/// and its log lines. A problem's <c>traceId</c> is the same trace id.
/// </summary>
internal sealed class TraceResponseMiddleware(RequestDelegate next)
{
    public const string Header = "traceresponse";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The request's own span: by the time the answer starts, a handler's child span may be current.
        var request = Activity.Current;
        if (request is not null)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = $"00-{request.TraceId.ToHexString()}-{request.SpanId.ToHexString()}-{(request.Recorded ? "01" : "00")}";
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
