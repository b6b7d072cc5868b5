using System.Data.Common;
using Npgsql;
using Respawn;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Tests.Shared;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>A database of its own on the real PostgreSQL server named by SEO_POSTGRES_CONNECTION.</summary>
public sealed class PostgreSqlStore : TestStore
{
    private readonly ServerDatabase _database = new(StoreProvider.PostgreSql);

    public override StoreProvider Provider => StoreProvider.PostgreSql;

    protected override IDbAdapter RespawnAdapter => DbAdapter.Postgres;

    protected override Task<string> CreateDatabaseAsync() => _database.CreateAsync();

    protected override Task DropDatabaseAsync() => _database.DropAsync();

    protected override DbConnection NewConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override Task KillAsync(DbConnection victim) => _database.KillAsync(victim);

    /// <summary>What Npgsql calls transient: the connection broke (an I/O failure underneath).</summary>
    public override Exception TransientFailure() => new NpgsqlException("connection reset", new IOException("reset by peer"));
}
