using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>The column shapes the Quartz tables repeat, with the lengths of Quartz's SQL Server script.</summary>
internal static class QuartzColumns
{
    public const int SchedulerNameLength = 120;

    /// <summary>Job and trigger names and groups.</summary>
    public const int NameLength = 150;

    public const int DescriptionLength = 250;

    /// <summary>Node (instance) names, execution groups and calendar names.</summary>
    public const int InstanceNameLength = 200;

    /// <summary>Firing and history entry ids.</summary>
    public const int EntryIdLength = 140;

    /// <summary>Trigger and firing states such as <c>WAITING</c> or <c>EXECUTING</c>.</summary>
    public const int StateLength = 16;

    /// <summary>Time zone ids of cron and property-bag triggers.</summary>
    public const int TimeZoneIdLength = 80;

    /// <summary>Error messages and one-line summaries kept by the execution history.</summary>
    public const int MessageLength = 1000;

    /// <summary>A not-null string column; without a length it is <c>text</c> / <c>nvarchar(max)</c>.</summary>
    public static void Text(this EntityTypeBuilder<QuartzRow> table, string column, int? maxLength = null) =>
        Sized(table.Property<string>(column), maxLength).IsRequired();

    public static void OptionalText(this EntityTypeBuilder<QuartzRow> table, string column, int? maxLength = null) =>
        Sized(table.Property<string>(column), maxLength).IsRequired(false);

    /// <summary>Every table's key starts with the scheduler's name: schedulers sharing a database stay apart.</summary>
    public static void SchedulerName(this EntityTypeBuilder<QuartzRow> table) =>
        table.Text("sched_name", SchedulerNameLength);

    public static void TriggerKey(this EntityTypeBuilder<QuartzRow> table)
    {
        table.SchedulerName();
        table.Text("trigger_name", NameLength);
        table.Text("trigger_group", NameLength);
    }

    /// <summary>When a trigger or a group was paused, why and by whom (4.3's pause reason).</summary>
    public static void PauseReason(this EntityTypeBuilder<QuartzRow> table)
    {
        table.OptionalText("pause_reason", DescriptionLength);
        table.OptionalText("paused_by", InstanceNameLength);
        table.Property<long?>("paused_at");
    }

    private static PropertyBuilder<string> Sized(PropertyBuilder<string> column, int? maxLength) =>
        maxLength is { } length ? column.HasMaxLength(length) : column;

    /// <summary>
    /// The key and cascade of a table holding one trigger type's schedule: a row lives and dies with
    /// its trigger.
    /// </summary>
    public static void BelongsToTrigger(this EntityTypeBuilder<QuartzRow> table, QuartzTableNames names, string name)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] key = ["sched_name", "trigger_name", "trigger_group"];
        table.HasKey(key).HasName(names.PrimaryKey(name));
        table.HasOne(names.Table(QuartzTriggersTable.Name), null)
            .WithMany()
            .HasForeignKey(key)
            .HasPrincipalKey(key)
            .HasConstraintName(names.ForeignKey(name, QuartzTriggersTable.Name))
            .OnDelete(DeleteBehavior.Cascade);
    }
}
