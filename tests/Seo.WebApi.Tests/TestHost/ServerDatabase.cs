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
    private readonly StoreProvider _provider;
    private readonly string _server;
    private readonly string _name = $"seo_api_test_{Guid.NewGuid():N}";

    public ServerDatabase(StoreProvider provider)
    {
        _provider = provider;
        var variable = provider == StoreProvider.SqlServer ? "SEO_SQLSERVER_CONNECTION" : "SEO_POSTGRES_CONNECTION";
        _server = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the tests with scripts/test.sh, or point it at a server where this user may create databases.");
    }

    public async Task<string> CreateAsync()
    {
        if (_provider == StoreProvider.SqlServer)
        {
            await SqlServerAsync($"CREATE DATABASE [{_name}]");
            return new SqlConnectionStringBuilder(_server) { InitialCatalog = _name }.ConnectionString;
        }

        await PostgreSqlAsync($"CREATE DATABASE \"{_name}\"");
        return new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
    }

    public async Task DropAsync()
    {
        if (_provider == StoreProvider.SqlServer)
        {
            SqlConnection.ClearAllPools();
            await SqlServerAsync($"IF DB_ID('{_name}') IS NOT NULL BEGIN ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]; END");
            return;
        }

        NpgsqlConnection.ClearAllPools();
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
