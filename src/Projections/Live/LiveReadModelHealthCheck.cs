using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Live;

/// <summary>Readiness of the live read model: one replay read of a checkpoint nothing is stored for. Degraded, not Unhealthy: bookings go on without it.</summary>
internal sealed class LiveReadModelHealthCheck(ICheckpointLiveReadModel live) : IHealthCheck
{
    private const string Probe = "health-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await live.ReplayAfterAsync(Probe, long.MaxValue, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (ReadModelUnavailableException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Unreachable: the live views and boards answer 503 until it is back.", exception);
        }
    }
}
