using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>
/// The rows clustered nodes lock (<c>TRIGGER_ACCESS</c>, <c>STATE_ACCESS</c>) to take turns. The
/// migration inserts them: Quartz inserts a missing one on first use, and when two nodes start
/// together on a new database both insert it; the loser's statement fails, and on PostgreSQL
/// that aborts its transaction, so its retries fail too and that node's scheduler does not start.
/// </summary>
internal static class QuartzLocksTable
{
    public const string Name = "locks";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("lock_name", 40);
            table.HasKey("sched_name", "lock_name").HasName(names.PrimaryKey(Name));
            table.HasData(
                new { sched_name = SchedulingServiceCollectionExtensions.SchedulerName, lock_name = "TRIGGER_ACCESS" },
                new { sched_name = SchedulingServiceCollectionExtensions.SchedulerName, lock_name = "STATE_ACCESS" });
        });
}
