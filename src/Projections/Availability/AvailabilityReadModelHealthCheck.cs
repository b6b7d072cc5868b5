using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Availability;

/// <summary>
/// Readiness of the availability read model: one read of a day nothing is stored for, through the
/// same path queries take. Registered with failure status Degraded, not Unhealthy: while the read
/// model is unreachable bookings still succeed and availability is served from the write store.
/// </summary>
internal sealed class AvailabilityReadModelHealthCheck(IAvailabilityReadModel readModel) : IHealthCheck
{
    private const string Probe = "health-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await readModel.ReadAsync(Probe, DateOnly.MinValue, DateOnly.MinValue, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (ReadModelUnavailableException exception)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                "Unreachable: availability is served from the write store until it is back (then it is rebuilt).",
                exception);
        }
    }
}
