using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>The schedule of a cron trigger.</summary>
internal static class QuartzCronTriggersTable
{
    public const string Name = "cron_triggers";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.TriggerKey();
            table.Text("cron_expression", 120);
            table.OptionalText("time_zone_id", QuartzColumns.TimeZoneIdLength);
            table.BelongsToTrigger(names, Name);
        });
}
