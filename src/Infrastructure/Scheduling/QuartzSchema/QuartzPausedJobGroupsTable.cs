using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>Paused job groups (new in 4.x: a 3.x schema lacks this table and Quartz 4 refuses it).</summary>
internal static class QuartzPausedJobGroupsTable
{
    public const string Name = "paused_job_grps";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("job_group", QuartzColumns.NameLength);
            table.PauseReason();
            table.HasKey("sched_name", "job_group").HasName(names.PrimaryKey(Name));
        });
}
