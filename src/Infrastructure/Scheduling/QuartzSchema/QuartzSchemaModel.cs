using Microsoft.EntityFrameworkCore;

namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>
/// Quartz.NET 4.7's ADO job-store schema as EF Core entities, so the server providers' migrations
/// create it beside the application's tables. Quartz ships no migrations of its own: it only
/// checks at startup that its 12 tables and the columns added since 3.x are there, and refuses to
/// start otherwise. The model follows the schema scripts embedded in Quartz 4.7.3
/// (<c>Quartz.Impl.AdoJobStore.Schema.create_postgres.sql</c> and <c>create_sqlServer.sql</c>):
/// the 12 tables every store uses, plus the three execution-history tables that only
/// <c>UseExecutionHistory()</c> reads, so turning that on later needs no schema change.
/// </summary>
/// <remarks>
/// <para>
/// Names are lower case: Quartz's SQL names its tables and columns unquoted, which PostgreSQL folds
/// to lower case, and SQL Server's default collation matches them case-insensitively. One model
/// serves both providers, so where the two scripts differ the type is one both delegates read
/// (they convert every number they read): lengths from the SQL Server script, <c>bigint</c> for the
/// simple trigger's counts, <c>int</c> for the misfire instruction, and <c>is_nonconcurrent</c> of a
/// firing not null, as Quartz always writes it and cannot read it back as null.
/// </para>
/// <para>
/// The tables are rows Quartz alone reads and writes, mapped as property bags with no CLR class, and
/// deliberately not <see cref="IEntityTypeConfiguration{TEntity}"/>s, which the application's
/// context applies from this assembly. They land in the model's default schema, which has to be the
/// one the scheduler's connection resolves unqualified names in (PostgreSQL's <c>search_path</c>,
/// SQL Server's default schema).
/// </para>
/// </remarks>
public static class QuartzSchemaModel
{
    /// <summary>Quartz's own default table prefix.</summary>
    public const string DefaultTablePrefix = "QRTZ_";

    /// <summary>Adds Quartz's tables, keys, foreign keys and indexes under <paramref name="tablePrefix"/>.</summary>
    /// <param name="tablePrefix">The job store's <c>TablePrefix</c>; it is used lower case.</param>
    public static void Configure(ModelBuilder modelBuilder, string tablePrefix = DefaultTablePrefix)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var names = new QuartzTableNames(tablePrefix);
        QuartzJobDetailsTable.Configure(modelBuilder, names);
        QuartzTriggersTable.Configure(modelBuilder, names);
        QuartzSimpleTriggersTable.Configure(modelBuilder, names);
        QuartzCronTriggersTable.Configure(modelBuilder, names);
        QuartzSimplePropertiesTriggersTable.Configure(modelBuilder, names);
        QuartzBlobTriggersTable.Configure(modelBuilder, names);
        QuartzCalendarsTable.Configure(modelBuilder, names);
        QuartzPausedTriggerGroupsTable.Configure(modelBuilder, names);
        QuartzPausedJobGroupsTable.Configure(modelBuilder, names);
        QuartzFiredTriggersTable.Configure(modelBuilder, names);
        QuartzSchedulerStateTable.Configure(modelBuilder, names);
        QuartzLocksTable.Configure(modelBuilder, names);
        QuartzExecutionHistoryTable.Configure(modelBuilder, names);
        QuartzMisfireHistoryTable.Configure(modelBuilder, names);
        QuartzJobStatusTable.Configure(modelBuilder, names);
    }
}
