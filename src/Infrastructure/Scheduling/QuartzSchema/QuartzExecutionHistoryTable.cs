using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>One row per run, kept only by a store configured with <c>UseExecutionHistory()</c>.</summary>
internal static class QuartzExecutionHistoryTable
{
    public const string Name = "execution_history";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("entry_id", QuartzColumns.EntryIdLength);
            table.Text("instance_name", QuartzColumns.InstanceNameLength);
            table.Text("job_name", QuartzColumns.NameLength);
            table.Text("job_group", QuartzColumns.NameLength);
            table.Text("trigger_name", QuartzColumns.NameLength);
            table.Text("trigger_group", QuartzColumns.NameLength);
            table.Property<long>("fired_time");
            table.Property<long>("run_time");
            table.Property<bool>("succeeded");
            table.OptionalText("error_message", QuartzColumns.MessageLength);
            table.Property<int>("retry_attempt").HasDefaultValue(0);
            table.Property<bool>("retry_scheduled").HasDefaultValue(false);
            table.OptionalText("execution_log");
            table.Property<int?>("result");
            table.OptionalText("summary", QuartzColumns.MessageLength);
            table.OptionalText("metrics");
            table.Property<bool?>("manual");
            table.OptionalText("fire_instance_id", QuartzColumns.EntryIdLength);
            table.OptionalText("job_input");
            table.Property<bool?>("job_input_too_large");

            table.HasKey("sched_name", "entry_id").HasName(names.PrimaryKey(Name));
            table.HasIndex("sched_name", "fired_time").HasDatabaseName(names.Index("eh_fired_time"));
            table.HasIndex("sched_name", "instance_name").HasDatabaseName(names.Index("eh_inst"));
            table.HasIndex("sched_name", "job_group", "job_name", "fired_time").HasDatabaseName(names.Index("eh_job_time"));
            table.HasIndex("sched_name", "fire_instance_id").HasDatabaseName(names.Index("eh_fire_inst"));
            table.HasIndex("sched_name", "trigger_group", "trigger_name", "fired_time").HasDatabaseName(names.Index("eh_trig_time"));
        });
}
