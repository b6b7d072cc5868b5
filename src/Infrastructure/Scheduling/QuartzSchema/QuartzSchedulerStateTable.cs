using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>Each clustered node's last check-in and Quartz version: how nodes tell a dead peer.</summary>
internal static class QuartzSchedulerStateTable
{
    public const string Name = "scheduler_state";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("instance_name", QuartzColumns.InstanceNameLength);
            table.Property<long>("last_checkin_time");
            table.Property<long>("checkin_interval");
            table.OptionalText("quartz_version", 20);
            table.HasKey("sched_name", "instance_name").HasName(names.PrimaryKey(Name));
        });
}
