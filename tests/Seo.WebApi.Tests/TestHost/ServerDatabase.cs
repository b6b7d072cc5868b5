using Microsoft.Data.SqlClient;
using Npgsql;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// A database of the API's own on a real server: PostgreSQL from SEO_POSTGRES_CONNECTION
/// (scripts/test.sh starts one), SQL Server from SEO_SQLSERVER_CONNECTION (the pipeline's).
/// The API creates its schema with its own migrations at start, as in production.
/// </summary>
internal sealed class ServerDatabase
{
    /// <summary>
    /// Connections per test database: test assemblies and classes run side by side against a
    /// server that, like a stock one, allows 100 connections.
    /// </summary>
    private const int MaxPoolSize = 20;

    private readonly StoreProvider _provider;
    private readonly string _server;
    private readonly string _name = $"seo_api_test_{Guid.NewGuid():N}";
    private string? _connectionString;

    public ServerDatabase(StoreProvider provider)
    {
        _provider = provider;
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
    public Task KillAsync(System.Data.Common.DbConnection victim) => _provider == StoreProvider.SqlServer
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
