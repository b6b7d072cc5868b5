using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>Paused trigger groups, so triggers added to them later start paused.</summary>
internal static class QuartzPausedTriggerGroupsTable
{
    public const string Name = "paused_trigger_grps";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("trigger_group", QuartzColumns.NameLength);
            table.PauseReason();
            table.HasKey("sched_name", "trigger_group").HasName(names.PrimaryKey(Name));
        });
}
