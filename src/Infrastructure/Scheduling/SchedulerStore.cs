namespace Seo.Infrastructure.Scheduling;

/// <summary>Where Quartz keeps jobs, triggers and firings.</summary>
public enum SchedulerStore
{
    /// <summary>In process (RAMJobStore): one node, nothing survives a restart. The embedded SQLite default.</summary>
    InMemory,

    /// <summary>Quartz's ADO job store on SQL Server, clustered across the nodes sharing the database.</summary>
    SqlServer,

    /// <summary>Quartz's ADO job store on PostgreSQL, clustered across the nodes sharing the database.</summary>
    PostgreSql,
}
