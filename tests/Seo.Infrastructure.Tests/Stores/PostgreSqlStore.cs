using System.Data.Common;
using Npgsql;
using Respawn;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>A database of its own on the real PostgreSQL server named by SEO_POSTGRES_CONNECTION.</summary>
public sealed class PostgreSqlStore : TestStore
{
    private readonly string _server = ServerAddress.Of(ServerAddress.PostgreSqlVariable);
    private readonly string _database = ServerAddress.NewDatabaseName();

    public override StoreProvider Provider => StoreProvider.PostgreSql;

    protected override IDbAdapter RespawnAdapter => DbAdapter.Postgres;

    protected override async Task<string> CreateDatabaseAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");
        return new NpgsqlConnectionStringBuilder(_server) { Database = _database, MaxPoolSize = 100 }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    protected override DbConnection NewConnection(string connectionString) => new NpgsqlConnection(connectionString);

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
