using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// The outbox on the readiness page: Degraded while an event is poisoned (its read models miss it
/// until a registrar replays it) or the oldest waiting one is older than
/// <see cref="OutboxOptions.LagAlarm"/> (the read models are behind). Bookings go on either way, so
/// it never makes the instance unready.
/// </summary>
internal sealed class OutboxHealthCheck(IOutboxAdministration outbox, OutboxOptions options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await outbox.StatusAsync(poisonedToShow: 0, cancellationToken);
        var lag = status.LagAt(clock.GetUtcNow()) ?? TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["pending"] = status.Pending,
            ["poisoned"] = status.Poisoned,
            ["lagSeconds"] = Math.Round(lag.TotalSeconds),
        };

        if (status.Poisoned > 0)
        {
            return HealthCheckResult.Degraded(
                $"{status.Poisoned} poisoned event(s): the read models miss them until a registrar replays them (POST /api/v1/admin/outbox/replay).", data: data);
        }

        return lag > options.LagAlarm
            ? HealthCheckResult.Degraded($"The oldest of {status.Pending} waiting event(s) is {lag.TotalMinutes:0} min old: the read models are behind.", data: data)
            : HealthCheckResult.Healthy($"{status.Pending} event(s) waiting, none poisoned.", data);
    }
}
