using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings;

/// <summary>
/// Whether the crossing log answers a search. Unreachable is Degraded, not Unhealthy: the write
/// store is the authority, camera reads are still taken, and the outbox catches the log up.
/// </summary>
internal sealed class CrossingLogHealthCheck(ICrossingLog crossingLog) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await crossingLog.SearchAsync(new CrossingQuery(Take: 0), timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Degraded, "The crossing log does not answer; camera reads wait in the outbox.", exception);
        }
    }
}
