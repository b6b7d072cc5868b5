using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>A stored job: its type, flags and serialized job data.</summary>
internal static class QuartzJobDetailsTable
{
    public const string Name = "job_details";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("job_name", QuartzColumns.NameLength);
            table.Text("job_group", QuartzColumns.NameLength);
            table.OptionalText("description", QuartzColumns.DescriptionLength);
            table.Text("job_class_name", QuartzColumns.DescriptionLength);
            table.Property<bool>("is_durable");
            table.Property<bool>("is_nonconcurrent");
            table.Property<bool>("is_update_data");
            table.Property<bool>("requests_recovery");
            table.Property<byte[]>("job_data");
            table.HasKey("sched_name", "job_name", "job_group").HasName(names.PrimaryKey(Name));
            table.HasIndex("sched_name", "job_group", "job_name").HasDatabaseName(names.Index("j_g_n"));
        });
}
