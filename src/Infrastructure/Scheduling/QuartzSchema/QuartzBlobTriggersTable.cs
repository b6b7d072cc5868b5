using Microsoft.EntityFrameworkCore;
using QuartzRow = System.Collections.Generic.Dictionary<string, object>;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>A trigger of a type Quartz has no table for, serialized whole.</summary>
internal static class QuartzBlobTriggersTable
{
    public const string Name = "blob_triggers";

    public static void Configure(ModelBuilder modelBuilder, QuartzTableNames names) =>
        modelBuilder.SharedTypeEntity<QuartzRow>(names.Table(Name), table =>
        {
            table.ToTable(names.Table(Name));
            table.TriggerKey();
            table.Property<byte[]>("blob_data");

            // PostgreSQL's script cascades from the trigger here too; SQL Server's has no foreign key at all.
            table.BelongsToTrigger(names, Name);
        });
}
