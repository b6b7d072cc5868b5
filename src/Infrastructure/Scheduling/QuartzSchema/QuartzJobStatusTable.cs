using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>Each job's last run and failure counts, rolled up by a store keeping its execution history.</summary>
internal static class QuartzJobStatusTable
{
    public const string Name = "job_status";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("job_group", QuartzColumns.NameLength);
            table.Text("job_name", QuartzColumns.NameLength);
            table.Property<long>("first_fired_time");
            table.Property<long>("last_fired_time");
            table.Property<int>("last_result");
            table.Property<long>("last_run_time");
            table.Text("last_instance_name", QuartzColumns.InstanceNameLength);
            table.OptionalText("last_entry_id", QuartzColumns.EntryIdLength);
            table.OptionalText("last_summary", QuartzColumns.MessageLength);
            table.Property<long?>("last_success_time");
            table.Property<long?>("last_failure_time");
            table.OptionalText("last_failure_message", QuartzColumns.MessageLength);
            table.Property<int>("consecutive_failures").HasDefaultValue(0);
            table.Property<long>("run_count").HasDefaultValue(0L);
            table.Property<long>("failure_count").HasDefaultValue(0L);
            table.HasKey("sched_name", "job_group", "job_name").HasName(names.PrimaryKey(Name));
        });
}
