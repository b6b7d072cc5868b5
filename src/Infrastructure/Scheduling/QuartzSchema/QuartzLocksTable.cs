using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>The rows clustered nodes lock (<c>TRIGGER_ACCESS</c>, <c>STATE_ACCESS</c>) to take turns.</summary>
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
        });
}
