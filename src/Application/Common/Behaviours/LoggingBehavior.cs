using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Seo.Application.Common.Behaviours;

/// <summary>
/// Logs every message with its duration, and expected failures by their code. A message handled
/// is a Debug line: the host already logs each request, and the scheduled sweeps send their
/// commands every few seconds, so at Information they would fill the log with nothing happening
/// (each job says itself, at Information, when it changed something). A refusal is Information.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (FailureResult<TResponse>.ErrorOf(response) is { } error)
        {
            LogRefused(logger, typeof(TMessage).Name, error.Code, error.Rule, elapsed.TotalMilliseconds);
        }
        else
        {
            LogHandled(logger, typeof(TMessage).Name, elapsed.TotalMilliseconds);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Message} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} refused with {Code} ({Rule}) in {ElapsedMs:0.0} ms")]
    private static partial void LogRefused(ILogger logger, string message, string code, string? rule, double elapsedMs);
}
