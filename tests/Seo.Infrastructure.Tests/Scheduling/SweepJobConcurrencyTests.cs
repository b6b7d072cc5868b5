using System.Reflection;
using Quartz;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

/// <summary>
/// A sweep slower than its interval must not overlap itself, on one node or across the cluster.
/// That the scheduler honours the mark is checked where the jobs are registered.
/// </summary>
public sealed class SweepJobConcurrencyTests
{
    public static TheoryData<Type> Jobs => [typeof(ExpireHoldsJob), typeof(AnnulNoShowsJob), typeof(PurgeIdempotencyRecordsJob), typeof(PurgeDeliveredOutboxJob), typeof(PersonalDataRetentionJob), typeof(ReencryptPersonalDataJob), typeof(SweepBarrierCommandsJob), typeof(WaitlistOffersJob)];

    [Theory]
    [MemberData(nameof(Jobs))]
    public void Each_job_is_marked_non_concurrent(Type job) =>
        job.GetCustomAttribute<DisallowConcurrentExecutionAttribute>().ShouldNotBeNull();
}
