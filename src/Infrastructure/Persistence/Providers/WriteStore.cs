using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>
/// How the write store is reached on each provider: the one place that names a provider's
/// EF Core package. Server stores retry transient failures (a failover, a dropped connection,
/// a deadlock victim) through EF's execution strategy; see <see cref="EfUnitOfWork"/> for how a
/// command is retried as a whole.
/// </summary>
public static class WriteStore
{
    private const int MaxRetries = 5;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers a pooled <see cref="SeoDbContext"/> of the provider's subclass. Interceptors
    /// registered as <see cref="IInterceptor"/> singletons (diagnostics, fault injection in tests)
    /// are added to every context.
    /// </summary>
    public static IServiceCollection AddWriteStore(this IServiceCollection services, StoreProvider provider, string connectionString)
    {
        void Options(IServiceProvider scope, DbContextOptionsBuilder options)
        {
            Configure(options, provider, connectionString);
            options.UsePersonalData(scope.GetRequiredService<PersonalDataProtector>());
            options.AddInterceptors(scope.GetServices<IInterceptor>());
        }

        return provider switch
        {
            StoreProvider.Sqlite => services.AddDbContextPool<SeoDbContext, SqliteSeoDbContext>(Options),
            StoreProvider.SqlServer => services.AddDbContextPool<SeoDbContext, SqlServerSeoDbContext>(Options),
            StoreProvider.PostgreSql => services.AddDbContextPool<SeoDbContext, PostgreSqlSeoDbContext>(Options),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    /// <summary>
    /// A context outside DI (tests, tools): the same options the service registration uses. Without
    /// <paramref name="personalData"/> it builds the model but can neither read nor write personal data.
    /// </summary>
    public static SeoDbContext CreateContext(
        StoreProvider provider, string connectionString, Action<DbContextOptionsBuilder>? configure = null, PersonalDataProtector? personalData = null)
    {
        void Configured(DbContextOptionsBuilder options)
        {
            if (personalData is not null)
            {
                options.UsePersonalData(personalData);
            }

            configure?.Invoke(options);
        }

        return provider switch
        {
            StoreProvider.Sqlite => new SqliteSeoDbContext(Options<SqliteSeoDbContext>(provider, connectionString, Configured)),
            StoreProvider.SqlServer => new SqlServerSeoDbContext(Options<SqlServerSeoDbContext>(provider, connectionString, Configured)),
            StoreProvider.PostgreSql => new PostgreSqlSeoDbContext(Options<PostgreSqlSeoDbContext>(provider, connectionString, Configured)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    public static void Configure(DbContextOptionsBuilder options, StoreProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The model holds the personal-data converters of one key ring: one model per ring.
        options.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
        switch (provider)
        {
            case StoreProvider.Sqlite:
                options.UseSqlite(connectionString);
                break;
            case StoreProvider.SqlServer:
                options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorNumbersToAdd: null));
                break;
            case StoreProvider.PostgreSql:
                options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorCodesToAdd: null));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    /// <summary>
    /// The embedded default's database file, in the data folder unless a connection string is
    /// given. Waits up to 30 s for the write lock, so concurrent bookings queue instead of failing.
    /// </summary>
    public static string SqliteConnectionString(string? configured, string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? string.Empty);
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            // The default file holds personal data: its folder and the file are its owner's only.
            DataDirectory.Ensure(dataDirectory);
            builder.DataSource = Path.Combine(dataDirectory, "seo.db");
        }

        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not (":memory:" or "") && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            // SQLite would create it with the umask's mode (often world-readable); an empty file is a new database to it.
            DataDirectory.EnsureOwnerOnlyFile(builder.DataSource);
        }

        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>
    /// The PostgreSQL connection string with the booking path's defaults where it does not say
    /// otherwise: a pooled connection is not reset on its way back to the pool (Npgsql would
    /// send <c>DISCARD ALL</c>, one round trip per command group, and throw the server's
    /// prepared statements away; the store sets no session state that could leak), and the
    /// statements a command repeats are prepared once per connection.
    /// </summary>
    public static string PostgreSqlConnectionString(string configured)
    {
        // What the operator wrote, by keyword as written (the generic builder keeps exactly that);
        // Npgsql's own builder would answer every keyword it knows.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 200;
        }

        return builder.ConnectionString;
    }

    private static DbContextOptions<TContext> Options<TContext>(StoreProvider provider, string connectionString, Action<DbContextOptionsBuilder>? configure)
        where TContext : SeoDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, provider, connectionString);
        configure?.Invoke(builder);
        return builder.Options;
    }
}
