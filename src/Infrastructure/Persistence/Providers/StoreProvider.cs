namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>The write stores Seo runs on. The model is one; each has its own migrations.</summary>
public enum StoreProvider
{
    /// <summary>The embedded default: a file in the data folder, no server to run.</summary>
    Sqlite,

    /// <summary>SQL Server 2019 or newer: the production store the design names.</summary>
    SqlServer,

    /// <summary>PostgreSQL 15 or newer.</summary>
    PostgreSql,
}
