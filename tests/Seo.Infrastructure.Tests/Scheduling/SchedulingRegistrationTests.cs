using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using NSubstitute;
using Quartz;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Application.Barriers.Sweep;
using Seo.Application.Bookings.ExpireHolds;
using Seo.Application.Common.Ports;
using Seo.Application.Video.Common;
using Seo.Domain.Common;
using Seo.Infrastructure.Scheduling;

namespace Seo.Infrastructure.Tests.Scheduling;

public sealed class SchedulingRegistrationTests
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly IIdempotencyStore _idempotency = Substitute.For<IIdempotencyStore>();

    private ServiceProvider Build(SchedulerStore store, Dictionary<string, string?> settings, string? connectionString = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(_mediator)
            .AddSingleton(_idempotency)
            .AddSingleton(new VideoOptions())
            .AddSingleton(Substitute.For<IHostApplicationLifetime>())
            .AddSeoScheduling(configuration, store, connectionString)
            .BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void Nothing_is_scheduled_when_scheduling_is_off()
    {
        using var services = Build(SchedulerStore.InMemory, new() { ["Seo:Scheduling:Enabled"] = "false" });

        services.GetService<ISchedulerFactory>().ShouldBeNull();
        services.GetServices<IHostedService>().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_in_memory_store_carries_the_durable_non_concurrent_sweeps()
    {
        using var services = Build(SchedulerStore.InMemory, new()
        {
            ["Seo:Scheduling:DeadlineSweep"] = "00:00:45",
            ["Seo:Scheduling:IdempotencyPurge"] = "02:00:00",
            ["Seo:Scheduling:OutboxPurge"] = "05:00:00",
            ["Seo:Scheduling:RetentionSweep"] = "03:00:00",
            ["Seo:Scheduling:PersonalDataReencryption"] = "04:00:00",
            ["Seo:Scheduling:VideoRetentionSweep"] = "00:20:00",
            ["Seo:Scheduling:WaitlistSweep"] = "00:00:12",
            ["Seo:Barriers:SweepInterval"] = "00:00:07",
        });

        services.GetServices<IHostedService>().OfType<QuartzHostedService>().ShouldHaveSingleItem();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();
        metadata.JobStorePersistent.ShouldBeFalse();
        metadata.JobStoreClustered.ShouldBeFalse();

        await ShouldBeSweep(scheduler, SchedulingJobKeys.ExpireHolds, TimeSpan.FromSeconds(45));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.AnnulNoShows, TimeSpan.FromSeconds(45));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.PurgeIdempotencyRecords, TimeSpan.FromHours(2));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.PurgeDeliveredOutbox, TimeSpan.FromHours(5));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.PersonalDataRetention, TimeSpan.FromHours(3));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.ReencryptPersonalData, TimeSpan.FromHours(4));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.RemindBookings, TimeSpan.FromSeconds(45));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.CallVehicles, TimeSpan.FromSeconds(45));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.DayDraws, TimeSpan.FromSeconds(45));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.WaitlistOffers, TimeSpan.FromSeconds(12));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.RefundLapsedDisplacements, TimeSpan.FromSeconds(45));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.PublishOpenData, TimeSpan.FromMinutes(15));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.VideoRetention, TimeSpan.FromMinutes(20));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.DetectSilentDevices, TimeSpan.FromSeconds(30));
        await ShouldBeSweep(scheduler, SchedulingJobKeys.SweepBarrierCommands, TimeSpan.FromSeconds(7));
    }

    private static async Task ShouldBeSweep(IScheduler scheduler, JobKey key, TimeSpan interval)
    {
        var job = (await scheduler.GetJobDetail(key)).ShouldNotBeNull();
        job.Durable.ShouldBeTrue();
        job.ConcurrentExecutionDisallowed.ShouldBeTrue();
        var trigger = (await scheduler.GetTrigger(SchedulingJobKeys.TriggerOf(key))).ShouldBeAssignableTo<ISimpleTrigger>().ShouldNotBeNull();
        trigger.JobKey.ShouldBe(key);
        trigger.RepeatInterval.ShouldBe(interval);
        trigger.RepeatCount.ShouldBe(-1);
        trigger.MisfireInstruction.ShouldBe(SimpleTriggerMisfireInstruction.NextWithRemainingCount);
    }

    [Fact]
    public async Task The_in_memory_scheduler_fires_each_sweep_when_it_starts()
    {
        var expired = Signal(_mediator.Send(Arg.Any<ExpireHolds>(), Arg.Any<CancellationToken>()));
        var annulled = Signal(_mediator.Send(Arg.Any<AnnulNoShows>(), Arg.Any<CancellationToken>()));
        var barriersSwept = Signal(_mediator.Send(Arg.Any<SweepBarrierCommands>(), Arg.Any<CancellationToken>()));
        var purged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _idempotency.PurgeAsync(Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(_ =>
        {
            purged.TrySetResult();
            return 0;
        });
        using var services = Build(SchedulerStore.InMemory, []);
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.Start();
        try
        {
            await Task.WhenAll(expired, annulled, barriersSwept, purged.Task).WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    [Fact]
    public async Task Readiness_is_healthy_only_while_the_scheduler_runs()
    {
        using var services = Build(SchedulerStore.InMemory, []);
        var health = services.GetRequiredService<HealthCheckService>();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        async Task<HealthReportEntry> SchedulerEntry() => (await health.CheckHealthAsync(check => check.Name == "scheduler")).Entries["scheduler"];

        (await SchedulerEntry()).Status.ShouldBe(HealthStatus.Degraded);
        await scheduler.Start();
        try
        {
            var running = await SchedulerEntry();
            running.Status.ShouldBe(HealthStatus.Healthy);
            running.Data["clustered"].ShouldBe(false);
            running.Tags.ShouldContain("ready");

            await scheduler.Standby();
            var standby = await SchedulerEntry();
            standby.Status.ShouldBe(HealthStatus.Degraded);
            standby.Description.ShouldNotBeNull().ShouldContain("Standby");
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }

        (await SchedulerEntry()).Status.ShouldBe(HealthStatus.Degraded);
    }

    private static Task Signal(ValueTask<Result<int>> send)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        send.Returns(_ =>
        {
            fired.TrySetResult();
            return Result<int>.Success(0);
        });
        return fired.Task;
    }

    [Theory]
    [InlineData(SchedulerStore.SqlServer)]
    [InlineData(SchedulerStore.PostgreSql)]
    public void A_persistent_store_needs_a_connection_string(SchedulerStore store) =>
        Should.Throw<ArgumentException>(() => Build(store, [])).ParamName.ShouldBe("connectionString");
}
