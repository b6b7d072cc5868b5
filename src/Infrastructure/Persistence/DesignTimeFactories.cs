using Microsoft.EntityFrameworkCore.Design;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Persistence;

// Let `dotnet ef` build each provider's model without starting the API or reaching a server
// (see scripts/add-migration.sh). The connection strings are placeholders that are never opened.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSeoDbContext>
{
    public SqliteSeoDbContext CreateDbContext(string[] args) =>
        (SqliteSeoDbContext)WriteStore.CreateContext(StoreProvider.Sqlite, "Data Source=design-time.db");
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSeoDbContext>
{
    public SqlServerSeoDbContext CreateDbContext(string[] args) =>
        (SqlServerSeoDbContext)WriteStore.CreateContext(StoreProvider.SqlServer, "Server=design-time;Database=seo;Integrated Security=false");
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSeoDbContext>
{
    public PostgreSqlSeoDbContext CreateDbContext(string[] args) =>
        (PostgreSqlSeoDbContext)WriteStore.CreateContext(StoreProvider.PostgreSql, "Host=design-time;Database=seo");
}
