using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>
/// Firings acquired or running, per node: what a cluster recovers when a node stops checking in.
/// </summary>
internal static class QuartzFiredTriggersTable
{
    public const string Name = "fired_triggers";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("entry_id", QuartzColumns.EntryIdLength);
            table.Text("trigger_name", QuartzColumns.NameLength);
            table.Text("trigger_group", QuartzColumns.NameLength);
            table.Text("instance_name", QuartzColumns.InstanceNameLength);
            table.Property<long>("fired_time");
            table.Property<long>("sched_time");
            table.Property<int>("priority");
            table.Text("state", QuartzColumns.StateLength);
            table.OptionalText("job_name", QuartzColumns.NameLength);
            table.OptionalText("job_group", QuartzColumns.NameLength);

            // Not null as in PostgreSQL's script: Quartz always writes it and fails reading a null back.
            table.Property<bool>("is_nonconcurrent");
            table.Property<bool?>("requests_recovery");
            table.OptionalText("execution_group", QuartzColumns.InstanceNameLength);
            table.Property<int?>("progress");
            table.OptionalText("progress_message", QuartzColumns.DescriptionLength);
            table.Property<long?>("interrupt_requested_time");

            table.HasKey("sched_name", "entry_id").HasName(names.PrimaryKey(Name));
            table.HasIndex("sched_name", "instance_name", "requests_recovery").HasDatabaseName(names.Index("ft_inst_job_req_rcvry"));
            table.HasIndex("sched_name", "job_name", "job_group").HasDatabaseName(names.Index("ft_j_g"));
            table.HasIndex("sched_name", "trigger_name", "trigger_group").HasDatabaseName(names.Index("ft_t_g"));
        });
}
