using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>One row per missed firing, kept only by a store configured with <c>UseExecutionHistory()</c>.</summary>
internal static class QuartzMisfireHistoryTable
{
    public const string Name = "misfire_history";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("entry_id", QuartzColumns.EntryIdLength);
            table.Text("instance_name", QuartzColumns.InstanceNameLength);
            table.Text("trigger_name", QuartzColumns.NameLength);
            table.Text("trigger_group", QuartzColumns.NameLength);
            table.OptionalText("job_name", QuartzColumns.NameLength);
            table.OptionalText("job_group", QuartzColumns.NameLength);
            table.Property<long>("misfire_time");
            table.Property<long?>("sched_time");
            table.Property<int?>("reason");

            table.HasKey("sched_name", "entry_id").HasName(names.PrimaryKey(Name));
            table.HasIndex("sched_name", "misfire_time").HasDatabaseName(names.Index("mh_misfire_time"));
            table.HasIndex("sched_name", "instance_name").HasDatabaseName(names.Index("mh_inst"));
        });
}
