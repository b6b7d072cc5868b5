using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>Named calendars that exclude times from triggers, serialized.</summary>
internal static class QuartzCalendarsTable
{
    public const string Name = "calendars";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.SchedulerName();
            table.Text("calendar_name", QuartzColumns.InstanceNameLength);
            table.Property<byte[]>("calendar").IsRequired();
            table.HasKey("sched_name", "calendar_name").HasName(names.PrimaryKey(Name));
        });
}
