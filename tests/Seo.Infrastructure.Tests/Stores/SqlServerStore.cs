using System.Data.Common;
using Microsoft.Data.SqlClient;
using Respawn;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>
/// A database of its own on the real SQL Server named by SEO_SQLSERVER_CONNECTION. No SQL Server
/// runs on the build machine: the pipeline's integration stage runs this suite against SQL
/// Server 2022, and scripts/test.sh leaves it out (and says so) when the variable is unset.
/// </summary>
public sealed class SqlServerStore : TestStore
{
    private readonly string _server = ServerAddress.Of(ServerAddress.SqlServerVariable);
    private readonly string _database = ServerAddress.NewDatabaseName();

    public override StoreProvider Provider => StoreProvider.SqlServer;

    protected override IDbAdapter RespawnAdapter => DbAdapter.SqlServer;

    protected override async Task<string> CreateDatabaseAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE [{_database}]");
        return new SqlConnectionStringBuilder(_server) { InitialCatalog = _database, MaxPoolSize = ServerAddress.MaxPoolSize }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        // Only this database's pool: other classes run beside this one.
        using (var pooled = new SqlConnection(ConnectionString))
        {
            SqlConnection.ClearPool(pooled);
        }

        await ExecuteOnServerAsync($"IF DB_ID('{_database}') IS NOT NULL BEGIN ALTER DATABASE [{_database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_database}]; END");
    }

    protected override DbConnection NewConnection(string connectionString) => new SqlConnection(connectionString);

    public override Task KillAsync(DbConnection victim) =>
        ExecuteOnServerAsync($"KILL {((SqlConnection)victim).ServerProcessId}");

    /// <summary>SQL Server's strategy retries a time-out as it does its transient error numbers.</summary>
    public override Exception TransientFailure() => new TimeoutException("the server did not answer");

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(_server) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
