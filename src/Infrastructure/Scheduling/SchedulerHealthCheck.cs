using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// The scheduler on the readiness page: Degraded unless this instance's scheduler is running, since
/// the deadline sweeps (hold expiry, R29 reminders, R34 calls, R35 no-shows) then wait for another
/// instance. It never makes the instance unready: requests are still served.
/// </summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["state"] = metadata.Status.ToString(),
            ["instance"] = metadata.SchedulerInstanceId,
            ["clustered"] = metadata.JobStoreClustered,
            ["jobsRun"] = metadata.JobsExecuted,
        };

        return metadata.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"Running; {metadata.JobsExecuted} sweep(s) run by this instance.", data)
            : HealthCheckResult.Degraded($"The scheduler is {metadata.Status}: hold expiry, reminders, calls and no-show sweeps do not run on this instance.", data: data);
    }
}
