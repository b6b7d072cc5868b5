using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Seo.Application;
using Seo.Domain.Bookings;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Scheduling;

/// <summary>
/// On a server store the scheduler is a Quartz cluster in the write database, in the tables the
/// migrations created. Two API nodes share it: both check in as members of one scheduler, the
/// three sweeps are stored once, and the hold-expiry sweep runs and expires the lapsed hold.
/// (That it is expired once does not depend on the cluster: the command is idempotent.)
/// </summary>
public abstract class ClusteredSchedulerTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    /// <summary>One API node: the application and infrastructure as the host composes them, scheduler on.</summary>
    private IHost Node(TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:Seo"] = Database.ConnectionString,
            ["Seo:Scheduling:DeadlineSweep"] = "00:00:01",
            // No messaging provider here: the delivery job only records messages.
            ["Seo:Messaging:RecordOnly"] = "true",
        });
        // The nodes read the bookings the test wrote: the same personal-data key ring.
        builder.Configuration.AddInMemoryCollection(TestStore.PersonalDataSettings);
        builder.Services.AddApplication().AddInfrastructure(builder.Configuration);
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton(clock);
        return builder.Build();
    }

    private static async Task StopAsync(IHost node)
    {
        await node.StopAsync();
        node.Dispose();
    }

    [Fact]
    public async Task Two_nodes_join_one_cluster_that_stores_the_sweeps_once_and_expires_a_lapsed_hold()
    {
        var booking = TestData.Booking();
        await using (var db = Database.NewContext())
        {
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
        }

        // The migration put Quartz's two cluster lock rows in place, so nodes never race to insert them.
        (await Database.CountAsync("""SELECT COUNT(*) FROM "qrtz_locks" WHERE "sched_name" = 'Seo'""")).ShouldBe(2);

        // Both nodes' clocks are past the hold's deadline.
        var clock = new FakeTimeProvider(TestData.Now + TestData.Hold + TimeSpan.FromMinutes(1));
        var first = Node(clock);
        var second = Node(clock);
        try
        {
            // One node after the other, as a rolling start has it (see docs/operations.md on two
            // nodes starting in the same instant).
            await first.StartAsync();
            (await EventuallyAsync(async () => await CheckedInAsync() >= 1)).ShouldBeTrue("the first node should check in");
            await second.StartAsync();

            var expired = await EventuallyAsync(async () =>
            {
                await using var db = Database.NewContext();
                return (await db.Bookings.AsNoTracking().SingleAsync()).Status == BookingStatus.Expired;
            });

            expired.ShouldBeTrue("the hold-expiry sweep did not run on either node within the wait");

            // A node checks in from Quartz's cluster-manager thread, after its start returns: the
            // first node can expire the hold before the second has written its row.
            var bothCheckedIn = await EventuallyAsync(async () => await CheckedInAsync() == 2);
            bothCheckedIn.ShouldBeTrue("both nodes should check in as members of the one scheduler");
            // Each sweep stored once for the whole cluster: holds, no-shows, reminders, calls, the key
            // purge, the delivered-outbox purge, personal-data retention and re-encryption, video retention, silent devices, barrier commands, message delivery, the day draws, the waitlist's offers, the lapsed displacements' refunds, the open-data publication, the payment reconciliation and the remittance.
            (await Database.CountAsync("""SELECT COUNT(*) FROM "qrtz_job_details" WHERE "sched_name" = 'Seo'""")).ShouldBe(18);
            await using var read = Database.NewContext();
            (await read.OutboxMessages.CountAsync(m => m.Type == "BookingExpired")).ShouldBe(1);
        }
        finally
        {
            await StopAsync(second);
            await StopAsync(first);
        }
    }

    private Task<long> CheckedInAsync() =>
        Database.CountAsync("""SELECT COUNT(*) FROM "qrtz_scheduler_state" WHERE "sched_name" = 'Seo'""");

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        return false;
    }
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlClusteredSchedulerTests(PostgreSqlStore store) : ClusteredSchedulerTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerClusteredSchedulerTests(SqlServerStore store) : ClusteredSchedulerTests<SqlServerStore>(store);
