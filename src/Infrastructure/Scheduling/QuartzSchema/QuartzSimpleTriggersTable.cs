using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>The schedule of a simple (interval) trigger.</summary>
internal static class QuartzSimpleTriggersTable
{
    public const string Name = "simple_triggers";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.TriggerKey();

            // bigint as in PostgreSQL's script (SQL Server's says int): wider, and Quartz converts on reading.
            table.Property<long>("repeat_count");
            table.Property<long>("repeat_interval");
            table.Property<long>("times_triggered");
            table.BelongsToTrigger(names, Name);
        });
}
