using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Respawn;
using Respawn.Graph;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Capacity;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>
/// A real, empty write store for one test class: created, migrated with the provider's own
/// migrations and seeded with the 41 checkpoints once; Respawn empties every other table before
/// each test. The suites are written once against this and run on every provider.
/// </summary>
public abstract class TestStore : IAsyncLifetime
{
    private Respawner? _respawner;

    public abstract StoreProvider Provider { get; }

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>One key ring for every test store, so EF builds the model once per provider.</summary>
    public static PersonalDataProtector PersonalData { get; } = new(PersonalDataKeyRing.Generate("test"));

    /// <summary>The same ring as configuration, for hosts built on a test store.</summary>
    public static IReadOnlyDictionary<string, string?> PersonalDataSettings { get; } = new Dictionary<string, string?>
    {
        ["Seo:PersonalData:Keys:0:Id"] = "test",
        ["Seo:PersonalData:Keys:0:Key"] = Convert.ToBase64String(PersonalData.Ring.ActiveKey),
        ["Seo:PersonalData:Keys:0:Active"] = "true",
        ["Seo:PersonalData:LookupKey"] = Convert.ToBase64String(PersonalData.Ring.LookupKey),
    };

    public SeoDbContext NewContext(params IInterceptor[] interceptors) => NewContext(PersonalData, interceptors);

    /// <summary>A context whose personal data is encrypted with another ring (rotation, a missing key).</summary>
    public SeoDbContext NewContext(PersonalDataProtector personalData, params IInterceptor[] interceptors) =>
        WriteStore.CreateContext(Provider, ConnectionString, options => options.AddInterceptors(interceptors), personalData);

    internal static CapacityLedger Ledger(SeoDbContext db) => new(
        db,
        new CapacityDayOpener(db),
        new Application.Checkpoints.PriorityLimits(PriorityQuotaPolicy.Rules707, new Application.Checkpoints.PriorityLimitOptions(), new EfRepository<Application.OpenData.Common.CheckpointVisit>(db), TimeProvider.System),
        TimeProvider.System);

    public async Task<Checkpoint> CheckpointAsync(string code)
    {
        await using var db = NewContext();
        var id = CheckpointCode.Create(code).Value;
        return await db.Checkpoints.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        await using (var db = NewContext())
        {
            await new DatabaseInitializer(db, CapacitySchedule.Default, Microsoft.Extensions.Options.Options.Create(new Seo.Infrastructure.Privacy.RetentionOptions()), NullLogger<DatabaseInitializer>.Instance, TimeProvider.System).MigrateAsync(CancellationToken.None);
        }

        await using var connection = await OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = RespawnAdapter,
            // Rows the migrations insert: the checkpoints and, on servers, Quartz's cluster lock rows.
            TablesToIgnore = [new Table("__EFMigrationsHistory"), new Table("Checkpoints"), new Table("qrtz_locks")],
        });
    }

    /// <summary>Empties every table but the migrations history and the rows the migrations seed.</summary>
    public async Task ResetAsync()
    {
        await using var connection = await OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    /// <summary>
    /// One scalar straight from the store, past EF, to see what was really stored. Quote
    /// identifiers with double quotes: all three providers read them so.
    /// </summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async Task DisposeAsync() => await DropDatabaseAsync();

    /// <summary>Creates an empty database of this store's own and returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected abstract IDbAdapter RespawnAdapter { get; }

    /// <summary>Ends the server session behind <paramref name="victim"/> from another connection, as a failover or a network cut would.</summary>
    public virtual Task KillAsync(DbConnection victim) =>
        throw new NotSupportedException($"{Provider} has no server session to end.");

    /// <summary>An exception this provider's execution strategy counts as transient.</summary>
    public virtual Exception TransientFailure() =>
        throw new NotSupportedException($"{Provider} does not retry.");

    /// <summary>A new, closed ADO.NET connection to this store's database.</summary>
    protected abstract DbConnection NewConnection(string connectionString);

    private async Task<DbConnection> OpenAsync()
    {
        var connection = NewConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

/// <summary>Base for test classes that share one store: it is reset before every test.</summary>
public abstract class StoreTest<TStore>(TStore store) : IClassFixture<TStore>, IAsyncLifetime
    where TStore : TestStore
{
    protected TStore Database { get; } = store;

    public Task InitializeAsync() => Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
