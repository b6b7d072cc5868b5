using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Domain.Identity;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Audit;

/// <summary>The tamper-evident audit trail: what it records, how it is searched, and that tampering is found.</summary>
public sealed class AuditTrailTests
{
    private static async Task<JsonArray> EntriesAsync(Session registrar, string query)
    {
        var page = await registrar.Client.GetJsonAsync("/api/v1/admin/audit?pageSize=200&" + query);
        return page["items"]!.AsArray();
    }

    private static async Task<JsonObject> VerificationAsync(Session registrar) =>
        await registrar.Client.GetJsonAsync("/api/v1/admin/audit/verification");

    [Fact]
    public async Task Every_staff_and_security_action_writes_an_entry_naming_who_did_it()
    {
        await using var api = new SeoApiFactory(simulatedRegistries: true);
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var carrier = await api.CarrierAsync();
        var admin = $"/api/v1/admin/accounts/{carrier.AccountId}";
        var me = registrar.AccountId.ToString();

        await (await registrar.Client.PostAsJsonAsync($"{admin}/debt", new { amount = 500m, reason = "Unpaid fee" })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await registrar.Client.PostAsJsonAsync($"{admin}/debt/settlements", new { amount = 500m })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await registrar.Client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(1)])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var device = await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/devices", new { name = "B", checkpoint = "DOSTYK", point = "CheckpointEntry", direction = "Exit", kind = "Barrier" }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        var barrier = device["device"].Str("id");
        await (await officer.Client.PostAsJsonAsync($"/api/v1/admin/barriers/{barrier}/open", new { reason = "Waved through after inspection" }))
            .ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        await (await registrar.Client.PutAsJsonAsync("/api/v1/sandbox/registries/insurancepolicies/service", new { inService = false })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await officer.Client.GetJsonAsync("/api/v1/admin/crossings?plate=001DEM02");
        await carrier.Client.GetJsonAsync("/api/v1/accounts/me");
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = carrier.Email, password = "not-the-password" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        var token = await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = carrier.Email, password = TestData.Password })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token/refresh", new { refreshToken = token.Str("refreshToken") })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token/refresh", new { refreshToken = token.Str("refreshToken") }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "refresh-token-reused");
        await (await carrier.Client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = TestData.Password, newPassword = "another-good-passphrase" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await registrar.Client.PostAsJsonAsync($"{admin}/disable", new { reason = "Reselling places" })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await registrar.Client.PostAsJsonAsync($"{admin}/enable", new { reason = "Cleared" })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var expected = new (string Action, string Actor, string? Target)[]
        {
            ("account.staff-created", "system", null),
            ("account.staff-created", me, officer.AccountId.ToString()),
            ("account.totp-enrolled", officer.AccountId.ToString(), officer.AccountId.ToString()),
            ("debt.recorded", me, carrier.AccountId.ToString()),
            ("debt.settled", me, carrier.AccountId.ToString()),
            ("priority-list.uploaded", me, "postal-operator"),
            ("device.registered", me, barrier),
            ("barrier.command-issued", officer.AccountId.ToString(), barrier),
            ("sandbox.changed", me, "InsurancePolicies"),
            ("personal-data.read", officer.AccountId.ToString(), null),
            ("sign-in.failed", "anonymous", carrier.AccountId.ToString()),
            ("sign-in.refresh-token-reused", "anonymous", carrier.AccountId.ToString()),
            ("account.password-changed", carrier.AccountId.ToString(), carrier.AccountId.ToString()),
            ("account.disabled", me, carrier.AccountId.ToString()),
            ("account.enabled", me, carrier.AccountId.ToString()),
        };
        foreach (var (action, actor, target) in expected)
        {
            var entries = await EntriesAsync(registrar, $"action={action}&actor={actor}");
            entries.ShouldContain(e => target == null || e!["target"]!.GetValue<string>() == target, $"{action} by {actor} on {target}: {entries.ToJsonString()}");
        }

        // A carrier reading their own data is no staff read.
        (await EntriesAsync(registrar, $"action=personal-data.read&actor={carrier.AccountId}")).ShouldBeEmpty();
        var disabled = (await EntriesAsync(registrar, "action=account.disabled")).Single()!;
        disabled["details"].Str("reason").ShouldBe("Reselling places");
        var failed = (await EntriesAsync(registrar, "action=sign-in.failed")).Single()!;
        failed["details"].Str("reason").ShouldBe("invalid-credentials");
        failed["details"]!.ToJsonString().ShouldNotContain("not-the-password");
        failed["details"].Str("email").ShouldBe(PersonalDataMask.Email(carrier.Email));
        failed["details"]!.ToJsonString().ShouldNotContain(carrier.Email);
        var verification = await VerificationAsync(registrar);
        verification["intact"]!.GetValue<bool>().ShouldBeTrue(verification.ToJsonString());
    }

    [Fact]
    public async Task A_refused_command_leaves_no_entry()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{Guid.NewGuid()}/debt", new { amount = 5m, reason = "nobody" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "account-not-found");

        (await EntriesAsync(registrar, "action=debt.recorded")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_trail_is_searched_newest_first_by_actor_action_target_and_time_with_paging_by_the_registrar_only()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var debt = $"/api/v1/admin/accounts/{carrier.AccountId}/debt";
        for (var n = 1; n <= 3; n++)
        {
            await (await registrar.Client.PostAsJsonAsync(debt, new { amount = n * 100m, reason = $"Fee {n}" })).ShouldHaveStatusAsync(HttpStatusCode.OK);
            api.Clock.Advance(TimeSpan.FromHours(1));
        }

        var all = await registrar.Client.GetJsonAsync($"/api/v1/admin/audit?action=debt.recorded&target={carrier.AccountId}&pageSize=2");
        all.Number("total").ShouldBe(3);
        all.Number("totalPages").ShouldBe(2);
        var items = all["items"]!.AsArray();
        items.Select(i => i!["details"]!["amount"]!.GetValue<decimal>()).ShouldBe([300m, 200m]);
        items[0]!["sequence"]!.GetValue<long>().ShouldBeGreaterThan(items[1]!["sequence"]!.GetValue<long>());

        var from = SeoApiFactory.Start.AddMinutes(30).ToString("O", CultureInfo.InvariantCulture);
        var to = SeoApiFactory.Start.AddMinutes(90).ToString("O", CultureInfo.InvariantCulture);
        var window = await EntriesAsync(registrar, $"action=debt.recorded&from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        window.Single()!["details"]!["amount"]!.GetValue<decimal>().ShouldBe(200m);
        (await EntriesAsync(registrar, $"actor={carrier.AccountId}&action=debt.recorded")).ShouldBeEmpty();

        await (await registrar.Client.GetAsync("/api/v1/admin/audit?pageSize=0")).ShouldBeValidationProblemAsync("invalid-paging", "pageSize");
        await (await registrar.Client.GetAsync($"/api/v1/admin/audit?from={Uri.EscapeDataString(to)}&to={Uri.EscapeDataString(from)}"))
            .ShouldBeValidationProblemAsync("invalid-time-range", "to");
        await (await carrier.Client.GetAsync("/api/v1/admin/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await carrier.Client.GetAsync("/api/v1/admin/audit/verification")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private static async Task<Session> TrailOfAsync(SeoApiFactory api, int debts)
    {
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        for (var n = 1; n <= debts; n++)
        {
            await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/debt", new { amount = 10m * n, reason = $"Fee {n}" }))
                .ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        return registrar;
    }

    [Fact]
    public async Task An_entry_edited_in_the_database_is_named_by_the_verification()
    {
        await using var api = new SeoApiFactory();
        var registrar = await TrailOfAsync(api, 4);
        (await VerificationAsync(registrar))["intact"]!.GetValue<bool>().ShouldBeTrue();
        const string forged = """{"amount":1,"reason":"Fee 1"}""";

        await api.ReadStoreAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Details" = {forged} WHERE "Sequence" = 3"""));

        var verification = await VerificationAsync(registrar);
        verification["intact"]!.GetValue<bool>().ShouldBeFalse();
        verification.Number("firstBadSequence").ShouldBe(3);
        verification.Str("problem").ShouldContain("altered");
    }

    [Fact]
    public async Task A_deleted_entry_is_found()
    {
        await using var api = new SeoApiFactory();
        var registrar = await TrailOfAsync(api, 4);

        await api.ReadStoreAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2"""));

        var verification = await VerificationAsync(registrar);
        verification.Number("firstBadSequence").ShouldBe(2);
        verification.Str("problem").ShouldContain("missing");
    }

    [Fact]
    public async Task The_last_entry_deleted_is_found_against_the_head()
    {
        await using var api = new SeoApiFactory();
        var registrar = await TrailOfAsync(api, 3);
        var last = await api.ReadStoreAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        await api.ReadStoreAsync(db => db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" = {last}"""));

        (await VerificationAsync(registrar)).Number("firstBadSequence").ShouldBe((int)last);
    }

    [Fact]
    public async Task Reordered_entries_are_found()
    {
        await using var api = new SeoApiFactory();
        var registrar = await TrailOfAsync(api, 4);

        await api.ReadStoreAsync(db => db.Database.ExecuteSqlRawAsync("""
            UPDATE "AuditEntries" SET "Sequence" = -1 WHERE "Sequence" = 2;
            UPDATE "AuditEntries" SET "Sequence" = 2 WHERE "Sequence" = 3;
            UPDATE "AuditEntries" SET "Sequence" = 3 WHERE "Sequence" = -1;
            """));

        (await VerificationAsync(registrar)).Number("firstBadSequence").ShouldBe(2);
    }

    [Fact]
    public async Task The_verify_audit_command_exits_zero_on_an_intact_trail_and_non_zero_naming_the_first_bad_entry()
    {
        await using var api = new SeoApiFactory();
        await TrailOfAsync(api, 3);
        var environment = new Dictionary<string, string>
        {
            ["Persistence__Provider"] = "Sqlite",
            ["Persistence__DataDirectory"] = api.DataDirectory,
            ["Seo__Messaging__RecordOnly"] = "true",
            // A production host: a demonstration on the stand-ins, with the store's own key ring (docs/security.md, docs/personal-data.md).
            ["Seo__Demo__Enabled"] = "true",
            ["Seo__PersonalData__Keys__0__Id"] = "tests",
            ["Seo__PersonalData__Keys__0__Key"] = SeoApiFactory.PersonalDataKey,
            ["Seo__PersonalData__Keys__0__Active"] = "true",
            ["Seo__PersonalData__LookupKey"] = SeoApiFactory.PersonalDataLookupKey,
        };

        var (intactExit, intactOutput) = await ApiProcess.RunAsync(["verify-audit"], environment);
        intactExit.ShouldBe(0, intactOutput);
        intactOutput.ShouldContain("audit trail intact");

        await api.ReadStoreAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Actor" = 'someone-else' WHERE "Sequence" = 2"""));

        var (brokenExit, brokenOutput) = await ApiProcess.RunAsync(["verify-audit"], environment);
        brokenExit.ShouldNotBe(0);
        brokenOutput.ShouldContain("BROKEN at entry 2");
    }
}

/// <summary>Appends from many requests at once, per store: one chain, no gaps, no forks.</summary>
public abstract class AuditConcurrencyTests
{
    protected abstract StoreProvider Store { get; }

    [Fact]
    public async Task Concurrent_appends_keep_one_unbroken_chain()
    {
        // Twelve wrong passwords for one e-mail: well past the sign-in lockout, which is not what this is about.
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:SignIn:Account:Failures"] = "100" }, store: Store);
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();

        var debts = 0;
        await Task.WhenAll(Enumerable.Range(1, 24).Select(async n =>
        {
            if (n % 2 == 0)
            {
                // Debts on one account race for its row too: a loser is told so and writes nothing, its entry included.
                var answer = await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/debt", new { amount = 1m, reason = $"Fee {n}" });
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref debts);
                }
                else
                {
                    await answer.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrent-change");
                }
            }
            else
            {
                await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = carrier.Email, password = $"wrong-{n}" }))
                    .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
            }
        }));

        var sequences = await api.ReadStoreAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(n => (long)n));
        (await api.ReadStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "debt.recorded"))).ShouldBe(debts);
        (await api.ReadStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "sign-in.failed"))).ShouldBe(12);
        var verification = await registrar.Client.GetJsonAsync("/api/v1/admin/audit/verification");
        verification["intact"]!.GetValue<bool>().ShouldBeTrue(verification.ToJsonString());
        verification.Number("verified").ShouldBe(sequences.Count);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteAuditConcurrencyTests : AuditConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlAuditConcurrencyTests : AuditConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerAuditConcurrencyTests : AuditConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
