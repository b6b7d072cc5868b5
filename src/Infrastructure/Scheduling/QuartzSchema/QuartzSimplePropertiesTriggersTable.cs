using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>
/// The schedule of the trigger types stored as a bag of typed properties: calendar-interval,
/// daily-time-interval and recurrence triggers.
/// </summary>
internal static class QuartzSimplePropertiesTriggersTable
{
    public const string Name = "simprop_triggers";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.TriggerKey();
            table.OptionalText("str_prop_1", 512);
            table.OptionalText("str_prop_2", 512);
            table.OptionalText("str_prop_3", 512);
            table.Property<int?>("int_prop_1");
            table.Property<int?>("int_prop_2");
            table.Property<long?>("long_prop_1");
            table.Property<long?>("long_prop_2");
            table.Property<decimal?>("dec_prop_1").HasPrecision(13, 4);
            table.Property<decimal?>("dec_prop_2").HasPrecision(13, 4);
            table.Property<bool?>("bool_prop_1");
            table.Property<bool?>("bool_prop_2");
            table.OptionalText("time_zone_id", QuartzColumns.TimeZoneIdLength);
            table.BelongsToTrigger(names, Name);
        });
}
