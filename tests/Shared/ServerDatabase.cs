using System.Data.Common;
using Microsoft.Data.SqlClient;
using Npgsql;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Tests.Shared;

/// <summary>
/// A database of a test's own on a real server: PostgreSQL from SEO_POSTGRES_CONNECTION
/// (scripts/test.sh starts one), SQL Server from SEO_SQLSERVER_CONNECTION (the pipeline's). A
/// suite whose server is not configured fails with the message below rather than passing
/// unnoticed; scripts/test.sh leaves the SQL Server classes out, and says so, without one.
/// Compiled into each test project that needs it (tests/Shared).
/// </summary>
internal sealed class ServerDatabase
{
    /// <summary>
    /// Connections per test database. Two test assemblies and two classes each run at once, and
    /// a stock server allows 100 connections: 20 each leaves room, and 200 parallel requests
    /// still contend for the same rows.
    /// </summary>
    private const int MaxPoolSize = 20;

    private readonly StoreProvider _provider;
    private readonly string _server;
    private readonly string _name;
    private string? _connectionString;

    /// <param name="namePrefix">Starts the database's name, which is unique so that test classes can run side by side.</param>
    public ServerDatabase(StoreProvider provider, string namePrefix = "seo_test_")
    {
        _provider = provider;
        _name = $"{namePrefix}{Guid.NewGuid():N}";
        var variable = provider == StoreProvider.SqlServer ? "SEO_SQLSERVER_CONNECTION" : "SEO_POSTGRES_CONNECTION";
        _server = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(provider == StoreProvider.SqlServer
                ? $"{variable} is not set: point it at a SQL Server where this login may create databases (the pipeline does); scripts/test.sh leaves the SQL Server classes out without one."
                : $"{variable} is not set: run the tests with scripts/test.sh (it starts PostgreSQL), or point it at a server where this user may create databases.");
    }

    public async Task<string> CreateAsync()
    {
        if (_provider == StoreProvider.SqlServer)
        {
            await SqlServerAsync($"CREATE DATABASE [{_name}]");
            return _connectionString = new SqlConnectionStringBuilder(_server) { InitialCatalog = _name, MaxPoolSize = MaxPoolSize }.ConnectionString;
        }

        await PostgreSqlAsync($"CREATE DATABASE \"{_name}\"");
        return _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name, MaxPoolSize = MaxPoolSize }.ConnectionString;
    }

    /// <summary>Ends the server session behind <paramref name="victim"/> from another connection, as a network cut would.</summary>
    public Task KillAsync(DbConnection victim) => _provider == StoreProvider.SqlServer
        ? SqlServerAsync($"KILL {((SqlConnection)victim).ServerProcessId}")
        : PostgreSqlAsync($"SELECT pg_terminate_backend({((NpgsqlConnection)victim).ProcessID})");

    public async Task DropAsync()
    {
        if (_provider == StoreProvider.SqlServer)
        {
            if (_connectionString is not null)
            {
                using var pooled = new SqlConnection(_connectionString);
                SqlConnection.ClearPool(pooled);
            }

            await SqlServerAsync($"IF DB_ID('{_name}') IS NOT NULL BEGIN ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]; END");
            return;
        }

        if (_connectionString is not null)
        {
            // Only this database's pool: other tests run beside this one.
            using var pooled = new NpgsqlConnection(_connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }

        await PostgreSqlAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task PostgreSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task SqlServerAsync(string sql)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(_server) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
