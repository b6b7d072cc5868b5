using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>
/// Every trigger, whatever its type: when it fires next, its state, misfire instruction, node
/// preference, retry, continuation, overlap and pause. The type's own schedule is in a child table.
/// </summary>
internal static class QuartzTriggersTable
{
    public const string Name = "triggers";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.TriggerKey();
            table.Text("job_name", QuartzColumns.NameLength);
            table.Text("job_group", QuartzColumns.NameLength);
            table.OptionalText("description", QuartzColumns.DescriptionLength);
            table.Property<long?>("next_fire_time");
            table.Property<long?>("prev_fire_time");
            table.Property<int?>("priority");
            table.Text("trigger_state", QuartzColumns.StateLength);
            table.Text("trigger_type", 8);
            table.Property<long>("start_time");
            table.Property<long?>("end_time");
            table.OptionalText("calendar_name", QuartzColumns.InstanceNameLength);
            table.Property<int?>("misfire_instr");
            table.Property<long?>("misfire_orig_fire_time");
            table.OptionalText("execution_group", QuartzColumns.InstanceNameLength);
            table.OptionalText("preferred_node", QuartzColumns.InstanceNameLength);
            table.Property<bool>("preferred_node_auto").HasDefaultValue(false);
            table.OptionalText("retry_policy", QuartzColumns.DescriptionLength);
            table.Property<int?>("retry_attempt");
            table.OptionalText("continues_trigger_name", QuartzColumns.NameLength);
            table.OptionalText("continues_trigger_group", QuartzColumns.NameLength);
            table.Property<int?>("continuation_condition");
            table.Property<int?>("overlap_policy");
            table.PauseReason();
            table.Property<long?>("misfire_threshold");
            table.Property<bool?>("fixed_delay");
            table.Property<byte[]>("job_data");

            table.HasKey("sched_name", "trigger_name", "trigger_group").HasName(names.PrimaryKey(Name));
            string[] job = ["sched_name", "job_name", "job_group"];
            table.HasOne(names.Table(QuartzJobDetailsTable.Name), null)
                .WithMany()
                .HasForeignKey(job)
                .HasPrincipalKey(job)
                .HasConstraintName(names.ForeignKey(Name, QuartzJobDetailsTable.Name))
                .OnDelete(DeleteBehavior.NoAction);

            table.HasIndex(job).HasDatabaseName(names.Index("t_j"));
            table.HasIndex("sched_name", "trigger_group", "trigger_name").HasDatabaseName(names.Index("t_g_n"));
            table.HasIndex("sched_name", "calendar_name").HasDatabaseName(names.Index("t_c"));

            // The acquisition query: due triggers in a state, soonest first, highest priority first.
            table.HasIndex("sched_name", "trigger_state", "next_fire_time", "priority", "misfire_instr")
                .IsDescending(false, false, false, true, false)
                .HasDatabaseName(names.Index("t_nft_st"));
        });
}
