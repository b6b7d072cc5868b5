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
        return new NpgsqlConnectionStringBuilder(_server) { Database = _database, MaxPoolSize = ServerAddress.MaxPoolSize }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        // Only this database's pool: other classes run beside this one.
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    protected override DbConnection NewConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override Task KillAsync(DbConnection victim) =>
        ExecuteOnServerAsync($"SELECT pg_terminate_backend({((NpgsqlConnection)victim).ProcessID})");

    /// <summary>What Npgsql calls transient: the connection broke (an I/O failure underneath).</summary>
    public override Exception TransientFailure() => new NpgsqlException("connection reset", new IOException("reset by peer"));

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
