using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Seo.Infrastructure.Verification.Gateway;

/// <summary>
/// The gateway on the readiness page: Degraded while a check's circuit is open (its bookings get
/// that check as unavailable, R20, without a call) or half-open (being tried again).
/// </summary>
internal sealed class RegistryGatewayHealthCheck(RegistryGatewayCircuits circuits, RegistryGatewayOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var notClosed = circuits.NotClosed();
        var data = notClosed.ToDictionary(c => c.Key, c => (object)c.Value.ToString(), StringComparer.Ordinal);
        return Task.FromResult(notClosed.Count == 0
            ? HealthCheckResult.Healthy($"{options.BaseUrl}: every circuit of the {circuits.Count} check(s) asked so far is closed.", data)
            : HealthCheckResult.Degraded(
                $"{options.BaseUrl}: the circuit of {string.Join(", ", notClosed.Select(c => $"{c.Key} ({c.Value})"))} is not closed; those checks answer unavailable (R20) until it closes.",
                data: data));
    }
}
