using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Respawn;
using Respawn.Graph;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Capacity;

namespace Seo.Infrastructure.Tests;

/// <summary>
/// A real SQLite file in a temp folder, migrated and seeded with the 41 checkpoints once per
/// test class; Respawn empties every other table before each test.
/// </summary>
public sealed class SqliteDatabase : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"));
    private Respawner? _respawner;

    public SqliteDatabase() => ConnectionString = $"Data Source={Path.Combine(_folder, "seo.db")};Default Timeout=30";

    public string ConnectionString { get; }

    public SeoDbContext NewContext() => new(new DbContextOptionsBuilder<SeoDbContext>().UseSqlite(ConnectionString).Options);

    internal static CapacityLedger Ledger(SeoDbContext db) => new(db, new CapacityDayOpener(db), PriorityQuotaPolicy.Rules707);

    public async Task<Checkpoint> CheckpointAsync(string code)
    {
        await using var db = NewContext();
        var id = CheckpointCode.Create(code).Value;
        return await db.Checkpoints.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await using (var db = NewContext())
        {
            await new DatabaseInitializer(db, CapacitySchedule.Default, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(CancellationToken.None);
        }

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Sqlite,
            TablesToIgnore = [new Table("__EFMigrationsHistory"), new Table("Checkpoints")],
        });
    }

    /// <summary>Empties every table but the migrations history and the seeded checkpoints.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    /// <summary>One scalar straight from the file, past EF, to see what was really stored.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>Base for test classes that share one database: it is reset before every test.</summary>
public abstract class DatabaseTest(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    protected SqliteDatabase Database { get; } = database;

    public Task InitializeAsync() => Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
