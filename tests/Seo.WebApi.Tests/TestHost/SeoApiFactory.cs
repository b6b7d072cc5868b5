using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Infrastructure.Outbox;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Tests.Shared;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>
/// The API in memory over a real store of its own — by default a SQLite file in a temp folder,
/// or a new database on a PostgreSQL or SQL Server — with a fake clock started at
/// <see cref="Start"/>, the scheduler off and fast password hashing. Disposing it deletes the
/// folder and drops the database. The checks of R18 pass for any truck (a test double) unless the
/// factory is made with <c>simulatedRegistries: true</c>: then the real simulated registries answer,
/// holding the demo data set (docs/demo-registries.md).
/// </summary>
public sealed class SeoApiFactory : WebApplicationFactory<Program>
{
    /// <summary>25 Nov 2026, 09:00 at the checkpoints (UTC+5).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(5));

    /// <summary>The checkpoint-local date at <see cref="Start"/>.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    public const string RegistrarEmail = "registrar@seo.test";
    public const string RegistrarPassword = "registrar-secret-1";

    /// <summary>The first registrar's authenticator secret (base32), as a sandbox's tools would configure it.</summary>
    public const string RegistrarTotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly ServerDatabase? _server;
    private readonly string? _serverConnectionString;
    private string? _connectionString;

    private readonly Action<IServiceCollection>? _services;
    private readonly bool _dispatchBeforeAvailability;
    private readonly bool _simulatedRegistries;
    private readonly string _environment;

    /// <param name="dispatchBeforeAvailability">
    /// Deliver the outbox before every availability query, so that tests about bookings read
    /// their own writes as they would once the dispatcher caught up. Off in the tests about the
    /// read model itself, which dispatch (or not) when they mean to.
    /// </param>
    /// <param name="simulatedRegistries">Run the production default for the checks, the simulated registries with the demo data set, instead of the pass-all test double.</param>
    /// <param name="environment">The host environment: "Testing" unless a test is about what Production does differently.</param>
    public SeoApiFactory(
        IReadOnlyDictionary<string, string?>? settings = null,
        StoreProvider store = StoreProvider.Sqlite,
        Action<IServiceCollection>? services = null,
        bool dispatchBeforeAvailability = true,
        bool simulatedRegistries = false,
        string environment = "Testing")
    {
        _environment = environment;
        _simulatedRegistries = simulatedRegistries;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        _dispatchBeforeAvailability = dispatchBeforeAvailability;
        Store = store;
        if (store != StoreProvider.Sqlite)
        {
            // The host is built synchronously on first use, so the database is made here.
            _server = new ServerDatabase(store, "seo_api_test_");
            _serverConnectionString = _server.CreateAsync().GetAwaiter().GetResult();
        }

        DataDirectory = Path.Combine(Path.GetTempPath(), "seo-webapi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    /// <summary>The authenticators of the accounts signed in so far, by e-mail (<see cref="Authenticator"/>).</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Authenticator> Authenticators { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The app's clock; like the system clock it answers in UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(Start.ToUniversalTime());

    public string DataDirectory { get; }

    internal static readonly string PersonalDataKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    internal static readonly string PersonalDataLookupKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public StoreProvider Store { get; }

    /// <summary>Ends a server session of the running API, as a failover or a network cut would.</summary>
    public Task KillSessionAsync(System.Data.Common.DbConnection victim) =>
        (_server ?? throw new InvalidOperationException("Only a server store has sessions to end.")).KillAsync(victim);

    /// <summary>The server database disappears under the running API (an outage, a failover gone wrong).</summary>
    public Task LoseServerDatabaseAsync() =>
        (_server ?? throw new InvalidOperationException("Only a server store can be lost.")).DropAsync();

    /// <summary>Sends a command or query through the app's own pipeline, in a scope of its own.</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    /// <summary>
    /// Delivers every outbox event that is due to the projections, as the dispatcher would (it is
    /// off in tests); returns how many were claimed. Read models reflect the bookings after this.
    /// </summary>
    public Task<int> DispatchOutboxAsync() => DrainOutboxAsync(Services.GetRequiredService<IServiceScopeFactory>());

    /// <summary>Runs dispatch rounds until one finds nothing due; returns how many events they claimed.</summary>
    internal static async Task<int> DrainOutboxAsync(IServiceScopeFactory scopes)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatchRound>().RunAsync(CancellationToken.None);
            if (claimed == 0)
            {
                return total;
            }

            total += claimed;
        }
    }

    /// <summary>Reads the write store directly, to prove that a refused request wrote nothing.</summary>
    public async Task<T> ReadStoreAsync<T>(Func<SeoDbContext, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SeoDbContext>());
    }

    /// <summary>What a refused request must not have changed: bookings, capacity taken, events written.</summary>
    public Task<StoreSnapshot> SnapshotAsync() => ReadStoreAsync(async db => new StoreSnapshot(
        await db.Bookings.CountAsync(),
        await db.CapacitySlots.SumAsync(s => s.Booked),
        await db.OutboxMessages.CountAsync(),
        await db.IdempotencyRecords.CountAsync()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Persistence:DataDirectory", DataDirectory);
        builder.UseSetting("Persistence:Provider", Store.ToString());
        if (_serverConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Seo", _serverConnectionString);
            // Tests own a fresh database each: the host migrates it, as `-- migrate` would.
            builder.UseSetting("Persistence:MigrateAtStart", "true");
        }

        builder.UseSetting("Seo:Scheduling:Enabled", "false");
        // Background dispatch would race the tests' assertions; tests dispatch when they mean to.
        builder.UseSetting("Seo:Outbox:Enabled", "false");
        builder.UseSetting("Seo:Security:PasswordIterations", "1000");
        // Every in-memory request comes from one unknown address, and suites register and book far
        // more than one caller would: the rate limits are off here and on in the tests about them.
        builder.UseSetting("Seo:RateLimits:Enabled", "false");
        // Hashing is cheap here (above), and suites sign in many carriers at once: a wide password gate.
        builder.UseSetting("Seo:SignIn:Gate:MaxConcurrent", "64");
        builder.UseSetting("Seo:SignIn:Gate:QueueLimit", "256");
        // The gate's starts-a-second budget refills on the app's clock, which stands still here.
        builder.UseSetting("Seo:SignIn:Gate:MaxPerSecond", "1000000000");
        // One key ring for every host of the test run (made at random, never committed), so EF
        // builds the model once; the generated key file is tested on its own.
        builder.UseSetting("Seo:PersonalData:Keys:0:Id", "tests");
        builder.UseSetting("Seo:PersonalData:Keys:0:Key", PersonalDataKey);
        builder.UseSetting("Seo:PersonalData:Keys:0:Active", "true");
        builder.UseSetting("Seo:PersonalData:LookupKey", PersonalDataLookupKey);
        builder.UseSetting("Seo:Bootstrap:RegistrarEmail", RegistrarEmail);
        builder.UseSetting("Seo:Bootstrap:RegistrarPassword", RegistrarPassword);
        // The registrar comes enrolled, as a sandbox's tools configure it; TestHost/Authenticator computes its codes.
        builder.UseSetting("Seo:Bootstrap:RegistrarTotpSecret", RegistrarTotpSecret);
        // Suites move the clock by hours while a session is open; the access token's own lifetime is tested with its default set back.
        builder.UseSetting("Auth:Jwt:Lifetime", "08:00:00");
        if (_simulatedRegistries)
        {
            // As `dotnet run` has it (appsettings.Development.json); a test's own settings may turn it off.
            builder.UseSetting("Seo:Sandbox:Enabled", "true");
        }

        // Most suites book today's intervals to test what follows a booking; the R29 closing lead
        // (25 h by default) is tested by the journey suites, which set it back.
        builder.UseSetting("Seo:Journey:BookingCloses", "00:00:00");
        // R15: owners prove their IIN/BIN with certificates the tests issue from their own root.
        builder.UseSetting("Seo:Identity:TrustedRoots:0", TestCertificates.WriteRoot(DataDirectory));

        // Most suites book many trucks for one carrier, and cancel and book one truck again; the
        // per-account caps are tested by their own suite (BookingCapTests), which turns them on.
        builder.UseSetting("Seo:Bookings:Caps:MaxUnpaidHoldsPerAccount", "0");
        builder.UseSetting("Seo:Bookings:Caps:MaxBookingsPerAccountPerCheckpointDay", "0");
        builder.UseSetting("Seo:Bookings:Caps:VehicleCoolDown", "00:00:00");
        // Every day's first 30 minutes in the horizon are a draw's by default; the fair-release
        // suite (DayDrawTests) turns it on, the others book first come, first served.
        builder.UseSetting("Seo:Draws:OpeningWindow", "00:00:00");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, ContractTraffic>();
            if (services.Any(d => d.ServiceType == typeof(ISandboxClock)))
            {
                // Moving the sandbox clock moves the fake one, as it moves the real one's offset in a sandbox.
                services.RemoveAll<ISandboxClock>();
                services.AddSingleton<ISandboxClock>(new FakeSandboxClock(Clock));
            }
            if (_dispatchBeforeAvailability)
            {
                services.AddTransient<IStartupFilter, DispatchBeforeAvailability>();
            }

            if (!_simulatedRegistries)
            {
                services.RemoveAll<IVehicleVerification>();
                services.AddSingleton<IVehicleVerification, PassEveryCheckTestDouble>();
            }

            _services?.Invoke(services);

        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        using var scope = host.Services.CreateScope();
        _connectionString = scope.ServiceProvider.GetRequiredService<SeoDbContext>().Database.GetConnectionString();
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null)
        {
            await _server.DropAsync();
        }
        else if (_connectionString is not null)
        {
            // Pooled connections keep the file open; let go of this factory's pool only.
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        DeleteDataDirectory();
    }

    private void DeleteDataDirectory()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(DataDirectory))
                {
                    Directory.Delete(DataDirectory, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 4)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException) when (attempt < 4)
            {
                Thread.Sleep(100);
            }
        }
    }
}

/// <summary>Runs the outbox dry before an availability query reaches the API's pipeline.</summary>
internal sealed class DispatchBeforeAvailability : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Value?.EndsWith("/availability", StringComparison.Ordinal) == true)
            {
                await SeoApiFactory.DrainOutboxAsync(context.RequestServices.GetRequiredService<IServiceScopeFactory>());
            }

            await proceed();
        });
        next(app);
    };
}

/// <summary>Counts of what the write store holds.</summary>
public sealed record StoreSnapshot(int Bookings, int CapacityTaken, int Events, int IdempotentAnswers);
