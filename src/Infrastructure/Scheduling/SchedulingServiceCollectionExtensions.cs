using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Quartz;
using Seo.Application.Barriers.Common;

namespace Seo.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The scheduler's name: every row of a persistent store is keyed by it (<c>sched_name</c>).</summary>
    public const string SchedulerName = "Seo";

    /// <summary>How often each clustered node records that it is alive.</summary>
    private static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A node silent this long past its check-in interval is declared dead and its firings are
    /// recovered by another: long enough to ride out a GC pause or a database failover, short
    /// enough that a dead node's sweeps are taken over within about one sweep interval.
    /// </summary>
    private static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long a node that found nothing to fire waits before asking the store again. Another
    /// node's acquisitions never wake it, so with Quartz's 30 s default a node left alone by a
    /// leaving peer could sit out a whole sweep interval.
    /// </summary>
    private static readonly TimeSpan ClusteredIdleWaitTime = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs the deadline sweeps (hold expiry, R29 reminders, R34 calls, R35 no-shows and late
    /// departures), the R11 barrier command retries, the Idempotency-Key and delivered-outbox purges, personal-data retention and re-encryption, R32's video
    /// retention and R8's device silence sweep on Quartz,
    /// keeping the schedule in <paramref name="store"/>. A persistent store is clustered, so each
    /// firing runs on one node of those sharing the database; its tables must already exist
    /// (<see cref="QuartzSchema.QuartzSchemaModel"/>), since Quartz only checks them at startup.
    /// With <c>Seo:Scheduling:Enabled</c> false nothing is added: tests drive expiry by hand.
    /// </summary>
    /// <param name="connectionString">The database of a persistent store; unused in memory.</param>
    public static IServiceCollection AddSeoScheduling(
        this IServiceCollection services,
        IConfiguration configuration,
        SchedulerStore store,
        string? connectionString = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SchedulingOptions.Section);
        services.Configure<SchedulingOptions>(section);
        services.Configure<Privacy.RetentionOptions>(configuration.GetSection(Privacy.RetentionOptions.Section));
        var options = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        if (!options.Enabled)
        {
            return services;
        }

        var barriers = configuration.GetSection(BarrierOptions.Section).Get<BarrierOptions>() ?? new BarrierOptions();

        if (store != SchedulerStore.InMemory && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException($"The {store} scheduler store needs a connection string.", nameof(connectionString));
        }

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            UseStore(quartz, store, connectionString!);
            AddSweep<ExpireHoldsJob>(quartz, SchedulingJobKeys.ExpireHolds, options.DeadlineSweep);
            AddSweep<AnnulNoShowsJob>(quartz, SchedulingJobKeys.AnnulNoShows, options.DeadlineSweep);
            AddSweep<RemindBookingsJob>(quartz, SchedulingJobKeys.RemindBookings, options.DeadlineSweep);
            AddSweep<CallVehiclesJob>(quartz, SchedulingJobKeys.CallVehicles, options.DeadlineSweep);
            AddSweep<DayDrawsJob>(quartz, SchedulingJobKeys.DayDraws, options.DeadlineSweep);
            AddSweep<RefundLapsedDisplacementsJob>(quartz, SchedulingJobKeys.RefundLapsedDisplacements, options.DeadlineSweep);
            AddSweep<PublishOpenDataJob>(quartz, SchedulingJobKeys.PublishOpenData, options.OpenDataPublication);
            AddSweep<WaitlistOffersJob>(quartz, SchedulingJobKeys.WaitlistOffers, options.WaitlistSweep);
            AddSweep<PurgeIdempotencyRecordsJob>(quartz, SchedulingJobKeys.PurgeIdempotencyRecords, options.IdempotencyPurge);
            AddSweep<PurgeDeliveredOutboxJob>(quartz, SchedulingJobKeys.PurgeDeliveredOutbox, options.OutboxPurge);
            AddSweep<PersonalDataRetentionJob>(quartz, SchedulingJobKeys.PersonalDataRetention, options.RetentionSweep);
            AddSweep<ReencryptPersonalDataJob>(quartz, SchedulingJobKeys.ReencryptPersonalData, options.PersonalDataReencryption);
            AddSweep<VideoRetentionJob>(quartz, SchedulingJobKeys.VideoRetention, options.VideoRetentionSweep);
            AddSweep<DetectSilentDevicesJob>(quartz, SchedulingJobKeys.DetectSilentDevices, options.DeviceHealthSweep);
            AddSweep<SweepBarrierCommandsJob>(quartz, SchedulingJobKeys.SweepBarrierCommands, barriers.SweepInterval);
            AddSweep<DeliverMessagesJob>(quartz, SchedulingJobKeys.DeliverMessages, options.MessageDelivery);
            AddSweep<ReconcilePaymentsJob>(quartz, SchedulingJobKeys.ReconcilePayments, options.PaymentReconciliation);
            AddSweep<RemitReceivedMoneyJob>(quartz, SchedulingJobKeys.RemitReceivedMoney, options.RemittanceSweep);
        });

        // Shutdown lets a running sweep finish its transaction instead of cutting it off.
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", HealthStatus.Degraded, ["ready"]);
        return services;
    }

    private static void UseStore(IQuartzBuilder quartz, SchedulerStore store, string connectionString)
    {
        switch (store)
        {
            case SchedulerStore.InMemory:
                quartz.UseInMemoryStore();
                break;
            case SchedulerStore.SqlServer:
                UseClusteredStore(quartz, persistent => persistent.UseSqlServer(SqlClientFactory.Instance, connectionString));
                break;
            case SchedulerStore.PostgreSql:
                UseClusteredStore(quartz, persistent => persistent.UsePostgres(NpgsqlFactory.Instance, connectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(store), store, "Unknown scheduler store.");
        }
    }

    /// <summary>
    /// Quartz's ADO store, shared by every node. Each node generates its own instance id (3.x's
    /// <c>SchedulerId = "AUTO"</c>); job data is stored as strings in System.Text.Json, so a stored
    /// row never depends on .NET type names surviving a deployment.
    /// </summary>
    private static void UseClusteredStore(IQuartzBuilder quartz, Action<IPersistentStoreBuilder> useDatabase)
    {
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.GenerateInstanceId = true;
            scheduler.IdleWaitTime = ClusteredIdleWaitTime;
        });
        quartz.UsePersistentStore(persistent =>
        {
            persistent.ConfigureStore(ado =>
            {
                // The prefix the migrations create the tables under; it is not a setting.
                ado.TablePrefix = QuartzSchema.QuartzSchemaModel.DefaultTablePrefix;
                ado.StoreJobDataAsStrings = true;
            });
            persistent.UseSystemTextJsonSerializer();
            persistent.UseClustering(clustering =>
            {
                clustering.CheckinInterval = CheckinInterval;
                clustering.CheckinMisfireThreshold = CheckinMisfireThreshold;
            });
            useDatabase(persistent);
        });
    }

    /// <summary>
    /// A durable job with one trigger repeating every <paramref name="interval"/> from startup.
    /// Firings missed while no node ran are skipped, not replayed: one sweep catches up on all of
    /// them, so a backlog would only repeat it.
    /// </summary>
    private static void AddSweep<TJob>(IQuartzBuilder quartz, JobKey key, TimeSpan interval)
        where TJob : IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably());
        quartz.AddTrigger<TJob>(trigger => trigger
            .ForJob(key)
            .WithIdentity(SchedulingJobKeys.TriggerOf(key))
            .StartNow()
            .WithSimpleSchedule(schedule => schedule
                .WithInterval(interval)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
