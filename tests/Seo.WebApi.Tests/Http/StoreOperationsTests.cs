using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Tests.Shared;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>How the API meets its store: readiness per store, migrations at start or by command.</summary>
public abstract class StoreOperationsTests
{
    protected abstract StoreProvider Store { get; }

    /// <summary>The detailed report, read as the registrar (signed in before the store can be lost).</summary>
    protected static async Task<JsonNode> ReadyAsync(SeoApiFactory api, HttpStatusCode expected, HttpClient? registrar = null)
    {
        registrar ??= (await api.RegistrarAsync()).Client;
        var response = await registrar.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task Readiness_names_the_write_store_in_use_and_reports_it_healthy()
    {
        await using var api = new SeoApiFactory(store: Store);

        var report = await ReadyAsync(api, HttpStatusCode.OK);

        report["status"]!.GetValue<string>().ShouldBe("Healthy");
        var checks = report["checks"]!.AsArray();
        var check = checks.Single(c => c!["name"]!.GetValue<string>().StartsWith("write-store:", StringComparison.Ordinal))!;
        check["name"]!.GetValue<string>().ShouldBe($"write-store:{Store}");
        check["status"]!.GetValue<string>().ShouldBe("Healthy");
        checks.Select(c => c!["name"]!.GetValue<string>()).ShouldBe([$"write-store:{Store}", "read-model:availability:InProcess", "read-model:crossings:Lucene", "read-model:live:InProcess", "remittance", "outbox"], ignoreOrder: true);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteStoreOperationsTests : StoreOperationsTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

/// <summary>What only a server store has: a database that can vanish, and migrations run by a deployment step.</summary>
public abstract class ServerStoreOperationsTests : StoreOperationsTests
{
    [Fact]
    public async Task A_lost_server_database_turns_readiness_to_503_and_a_signed_in_request_to_503_store_unavailable()
    {
        await using var api = new SeoApiFactory(store: Store);
        var registrar = (await api.RegistrarAsync()).Client;
        var healthy = await ReadyAsync(api, HttpStatusCode.OK, registrar);
        healthy["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ShouldContain($"write-store:{Store}");

        await api.LoseServerDatabaseAsync();

        // The registrar's session lives in the lost store, so it cannot be checked: the token opens
        // nothing (fail closed), readiness answers as to anyone, and a protected endpoint says 503.
        var report = await ReadyAsync(api, HttpStatusCode.ServiceUnavailable, registrar);
        report["status"]!.GetValue<string>().ShouldBe("Unhealthy");
        var refused = await registrar.GetAsync(new Uri("/api/v1/accounts/me", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task On_a_server_store_the_API_does_not_migrate_at_start_and_refuses_an_old_schema_naming_the_command()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Persistence:MigrateAtStart"] = null }, Store);

        var refused = Should.Throw<InvalidOperationException>(() => api.CreateClient());

        refused.Message.ShouldContain("-- migrate");
        refused.Message.ShouldContain("Initial");
    }

    [Fact]
    public async Task The_migrate_command_creates_the_schema_seeds_the_checkpoints_and_exits()
    {
        var database = new ServerDatabase(Store, "seo_api_test_");
        var connectionString = await database.CreateAsync();
        try
        {
            var (exitCode, output) = await ApiProcess.RunAsync(["migrate"], new Dictionary<string, string>
            {
                ["Persistence__Provider"] = Store.ToString(),
                ["ConnectionStrings__Seo"] = connectionString,
                // Production refuses to start without a messaging provider (docs/messaging.md); none runs here.
                ["Seo__Messaging__RecordOnly"] = "true",
                // ... and on the simulated registries and the sandbox acquirer unless it is a demo (docs/security.md).
                ["Seo__Demo__Enabled"] = "true",
                // Nor without the personal-data key ring (docs/personal-data.md).
                ["Seo__PersonalData__Keys__0__Id"] = "ops",
                ["Seo__PersonalData__Keys__0__Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["Seo__PersonalData__Keys__0__Active"] = "true",
                ["Seo__PersonalData__LookupKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            });

            exitCode.ShouldBe(0, output);
            await using var db = WriteStore.CreateContext(Store, connectionString);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Checkpoints.CountAsync()).ShouldBe(41);

            // The operator sees how far it is: each migration as it lands, in order.
            var migrations = db.Database.GetMigrations().ToList();
            output.ShouldContain($"{migrations.Count} migration(s) to apply");
            output.ShouldContain($"Migration 1/{migrations.Count} applied: {migrations[0]}");
            output.ShouldContain($"Migration {migrations.Count}/{migrations.Count} applied: {migrations[^1]}");
        }
        finally
        {
            await database.DropAsync();
        }
    }
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlStoreOperationsTests : ServerStoreOperationsTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerStoreOperationsTests : ServerStoreOperationsTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
