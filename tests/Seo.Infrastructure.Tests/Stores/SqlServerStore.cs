using System.Data.Common;
using Microsoft.Data.SqlClient;
using Respawn;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Tests.Shared;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>
/// A database of its own on the real SQL Server named by SEO_SQLSERVER_CONNECTION. No SQL Server
/// runs on the build machine: the pipeline's integration stage runs this suite against SQL
/// Server 2022, and scripts/test.sh leaves it out (and says so) when the variable is unset.
/// </summary>
public sealed class SqlServerStore : TestStore
{
    private readonly ServerDatabase _database = new(StoreProvider.SqlServer);

    public override StoreProvider Provider => StoreProvider.SqlServer;

    protected override IDbAdapter RespawnAdapter => DbAdapter.SqlServer;

    protected override Task<string> CreateDatabaseAsync() => _database.CreateAsync();

    protected override Task DropDatabaseAsync() => _database.DropAsync();

    protected override DbConnection NewConnection(string connectionString) => new SqlConnection(connectionString);

    public override Task KillAsync(DbConnection victim) => _database.KillAsync(victim);

    /// <summary>SQL Server's strategy retries a time-out as it does its transient error numbers.</summary>
    public override Exception TransientFailure() => new TimeoutException("the server did not answer");
}
