using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Ledger.Common;

namespace Seo.Infrastructure.Ledger;

/// <summary>R24 on the health page: Degraded while received money is older than the remittance limit.</summary>
internal sealed class RemittanceHealthCheck(RemittanceDeadline deadline) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await deadline.OverdueAsync(cancellationToken) is { } overdue
            ? HealthCheckResult.Degraded(
                $"Money received on {overdue.ReceivedOn:yyyy-MM-dd} was due at the budget by {overdue.DueBy:yyyy-MM-dd} (R24); {overdue.DaysLate} day(s) late.")
            : HealthCheckResult.Healthy("Received money is remitted within the limit (R24).");
}
