using System.Data.Common;
using Microsoft.Data.Sqlite;
using Respawn;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>The embedded default: a real SQLite file in a temp folder.</summary>
public sealed class SqliteStore : TestStore
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"));

    public override StoreProvider Provider => StoreProvider.Sqlite;

    protected override IDbAdapter RespawnAdapter => DbAdapter.Sqlite;

    protected override Task<string> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult($"Data Source={Path.Combine(_folder, "seo.db")};Default Timeout=30");
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override DbConnection NewConnection(string connectionString) => new SqliteConnection(connectionString);
}
