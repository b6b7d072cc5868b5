using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// A sweep that sends one idempotent command and reports how many things it changed. A firing
/// repeated after a crash or on another node changes nothing twice, and a failure is only logged:
/// the next firing retries. Quartz's container job factory builds each job in a scope of its own
/// per firing, so the mediator and the DbContext behind it belong to that firing alone.
/// </summary>
internal abstract partial class CommandSweepJob(ILogger logger) : IJob
{
    /// <summary>What the sweep is called in the logs, e.g. "Hold expiry".</summary>
    protected abstract string Sweep { get; }

    /// <summary>What a count of changes is, e.g. "unpaid hold(s) expired".</summary>
    protected abstract string Changed { get; }

    protected abstract ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await SendAsync(cancellationToken);
            if (!result.IsSuccess)
            {
                LogRefused(logger, Sweep, result.Error.Code);
            }
            else if (result.Value > 0)
            {
                LogSwept(logger, Sweep, result.Value, Changed);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Thrown, it would only be logged again by Quartz; the next firing retries either way.
            LogFailed(logger, Sweep, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Sweep}: {Count} {Changed}")]
    private static partial void LogSwept(ILogger logger, string sweep, int count, string changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sweep} refused ({Code}); the next firing retries")]
    private static partial void LogRefused(ILogger logger, string sweep, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Sweep} failed; the next firing retries")]
    private static partial void LogFailed(ILogger logger, string sweep, Exception exception);
}
