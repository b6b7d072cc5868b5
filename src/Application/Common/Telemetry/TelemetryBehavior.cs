using System.Diagnostics;
using Mediator;
using Seo.Application.Common.Behaviours;

namespace Seo.Application.Common.Telemetry;

/// <summary>
/// The outermost step of the pipeline: a span per message (named after it, its refusal's code on
/// it) and the message metrics, so a trace shows what the API did and the meters how often.
/// </summary>
public sealed class TelemetryBehavior<TMessage, TResponse>(MessageMetrics metrics) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        using var activity = SeoActivities.Source.StartActivity(MessageName);
        activity?.SetTag("seo.message", MessageName);
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var error = FailureResult<TResponse>.ErrorOf(response);
        if (error is not null)
        {
            activity?.SetTag("seo.error.code", error.Code);
            activity?.SetTag("seo.rule", error.Rule);
            activity?.SetStatus(ActivityStatusCode.Error, error.Code);
        }

        metrics.Handled(MessageName, error?.Code, Stopwatch.GetElapsedTime(started));
        return response;
    }
}
