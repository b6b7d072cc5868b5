using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.PriorityLists;

/// <summary>R6: the lists of the designated postal operator's and the AEOs' vehicles, uploaded by the registrar as versions.</summary>
public sealed class PriorityListTests
{
    private const string Postal = "/api/v1/admin/priority-lists/postal-operator";
    private const string Aeo = "/api/v1/admin/priority-lists/authorised-economic-operators";

    [Fact]
    public async Task R6_before_any_upload_a_list_is_version_0_and_lists_nothing()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        var list = await registrar.Client.GetJsonAsync(Aeo);

        list.Str("kind").ShouldBe("authorised-economic-operators");
        list.Number("version").ShouldBe(0);
        list["vehicles"]!.AsArray().ShouldBeEmpty();
        list["uploadedBy"].ShouldBeNull();
    }

    [Fact]
    public async Task R6_each_upload_is_a_new_version_kept_with_who_and_when_and_the_latest_is_current()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var first = await (await registrar.Client.UploadPriorityListAsync("authorised-economic-operators", [TestData.ListedTruck(1)], expectedVersion: 0))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromHours(2));

        var aeoEntry = new JsonObject { ["countryOfRegistration"] = "uz", ["plate"] = "01 a 123 bc", ["operatorBin"] = "000740000728", ["operatorName"] = " Trans Asia LLP " };
        var second = await (await registrar.Client.UploadPriorityListAsync("authorised-economic-operators", [TestData.ListedTruck(2), aeoEntry], expectedVersion: 1))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        first.Number("version").ShouldBe(1);
        second.Number("version").ShouldBe(2);
        var current = await registrar.Client.GetJsonAsync(Aeo);
        current.Number("version").ShouldBe(2);
        current.Str("uploadedBy").ShouldBe(registrar.AccountId.ToString());
        DateTimeOffset.Parse(current.Str("uploadedAt"), CultureInfo.InvariantCulture).ShouldBe(SeoApiFactory.Start.AddHours(2));
        var vehicles = current["vehicles"]!.AsArray();
        vehicles.Select(v => v.Str("plate")).ShouldBe([TestData.Plate(2), "01A123BC"]);
        vehicles[1].Str("countryOfRegistration").ShouldBe("UZ");
        vehicles[1].Str("operatorBin").ShouldBe("000740000728");
        vehicles[1].Str("operatorName").ShouldBe("Trans Asia LLP");

        var history = await registrar.Client.GetJsonAsync($"{Aeo}/versions");
        history.Number("currentVersion").ShouldBe(2);
        var items = history["items"]!.AsArray();
        items.Select(v => v.Number("version")).ShouldBe([2, 1]);
        items.Select(v => v.Number("vehicleCount")).ShouldBe([2, 1]);
        items.ShouldAllBe(v => v.Str("uploadedBy") == registrar.AccountId.ToString());
        DateTimeOffset.Parse(items[1].Str("uploadedAt"), CultureInfo.InvariantCulture).ShouldBe(SeoApiFactory.Start);
        (await registrar.Client.GetJsonAsync(Postal)).Number("version").ShouldBe(0);
    }

    [Fact]
    public async Task R6_an_upload_expecting_a_version_that_is_no_longer_current_is_409_and_changes_nothing()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        await (await registrar.Client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(1)])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await registrar.Client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(2)])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await api.SnapshotAsync();

        var stale = await registrar.Client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(3)], expectedVersion: 1);

        var problem = await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "priority-list-version-stale", "R6");
        problem.Number("currentVersion").ShouldBe(2);
        var current = await registrar.Client.GetJsonAsync(Postal);
        current.Number("version").ShouldBe(2);
        current["vehicles"]!.AsArray().Single().Str("plate").ShouldBe(TestData.Plate(2));
        (await api.SnapshotAsync()).ShouldBe(before);
    }

    public static TheoryData<string, string, string, Func<JsonArray>> BadUploads => new()
    {
        { "postal-operator", "invalid-plate", "vehicles[0].plate", () => [new JsonObject { ["countryOfRegistration"] = "KZ", ["plate"] = "№!" }] },
        { "postal-operator", "invalid-vin", "vehicles[0].vin", () => [new JsonObject { ["vin"] = "1M8GDM9AXKP04278O" }] },
        { "postal-operator", "invalid-country", "vehicles[0].countryOfRegistration", () => [new JsonObject { ["countryOfRegistration"] = "KAZ", ["plate"] = "123ABC02" }] },
        { "postal-operator", "plate-needs-country", "vehicles[0].countryOfRegistration", () => [new JsonObject { ["plate"] = "123ABC02" }] },
        { "postal-operator", "vehicle-not-identified", "vehicles[0].vin", () => [new JsonObject()] },
        { "postal-operator", "duplicate-entry", "vehicles[1]", () => [TestData.ListedTruck(1), new JsonObject { ["vin"] = TestData.Vin(1) }] },
        { "authorised-economic-operators", "duplicate-entry", "vehicles[1]", () => [TestData.ListedTruck(1), new JsonObject { ["countryOfRegistration"] = "kz", ["plate"] = TestData.Plate(1).ToLowerInvariant() }] },
        { "postal-operator", "operator-not-applicable", "vehicles[0]", () => [new JsonObject { ["vin"] = TestData.Vin(1), ["operatorName"] = "Kazpost" }] },
        { "authorised-economic-operators", "invalid-bin", "vehicles[0].operatorBin", () => [new JsonObject { ["vin"] = TestData.Vin(1), ["operatorBin"] = "000740000729" }] },
        { "customs-brokers", "unknown-priority-list-kind", "kind", () => [TestData.ListedTruck(1)] },
        { "postal-operator", "too-many-entries", "vehicles", () => [.. Enumerable.Range(1, 10_001).Select(n => (JsonNode)new JsonObject { ["vin"] = TestData.Vin(n) })] },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task R6_a_bad_upload_is_a_400_naming_the_field_and_stores_nothing(string kind, string code, string field, Func<JsonArray> vehicles)
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var before = await api.SnapshotAsync();

        var response = await registrar.Client.UploadPriorityListAsync(kind, vehicles());

        await response.ShouldBeValidationProblemAsync(code, field);
        (await api.SnapshotAsync()).ShouldBe(before);
        (await api.ReadStoreAsync(db => Task.FromResult(db.PriorityListVersions.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task R6_an_upload_without_a_vehicles_array_is_a_400()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        var response = await registrar.Client.PutAsJsonAsync(Postal, new { expectedVersion = 0 });

        await response.ShouldBeValidationProblemAsync("required-field", "vehicles");
    }

    [Fact]
    public async Task R6_an_unknown_kind_is_a_400_when_read_too()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        await (await registrar.Client.GetAsync("/api/v1/admin/priority-lists/customs-brokers")).ShouldBeValidationProblemAsync("unknown-priority-list-kind", "kind");
        await (await registrar.Client.GetAsync("/api/v1/admin/priority-lists/customs-brokers/versions")).ShouldBeValidationProblemAsync("unknown-priority-list-kind", "kind");
    }

    [Fact]
    public async Task Only_the_registrar_reads_and_uploads_priority_lists()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        using var anonymous = api.CreateClient();

        foreach (var (client, status, code) in new[] { (anonymous, HttpStatusCode.Unauthorized, "unauthenticated"), (carrier.Client, HttpStatusCode.Forbidden, "forbidden") })
        {
            await (await client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(1)])).ShouldBeProblemAsync(status, code);
            await (await client.GetAsync(Postal)).ShouldBeProblemAsync(status, code);
            await (await client.GetAsync($"{Postal}/versions")).ShouldBeProblemAsync(status, code);
        }

        (await api.ReadStoreAsync(db => Task.FromResult(db.PriorityListVersions.Count()))).ShouldBe(0);
    }
}

/// <summary>R6: uploads racing on one list, per store: each number is stored once, and the losers are told to read again.</summary>
public abstract class PriorityListConcurrencyTests
{
    private const string Postal = "/api/v1/admin/priority-lists/postal-operator";

    protected abstract StoreProvider Store { get; }

    [Fact]
    public async Task R6_parallel_uploads_never_store_two_versions_with_one_number()
    {
        await using var api = new SeoApiFactory(store: Store);
        var registrar = await api.RegistrarAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(async n =>
        {
            var response = await registrar.Client.UploadPriorityListAsync("postal-operator", [TestData.ListedTruck(n)], expectedVersion: n % 2 == 0 ? 0 : null);
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || (r.StatusCode == HttpStatusCode.Conflict && r.Body.Str("code") == "priority-list-version-stale"));
        var issued = responses.Where(r => r.StatusCode == HttpStatusCode.OK).Select(r => r.Body.Number("version")).Order().ToList();
        issued.ShouldBe(Enumerable.Range(1, issued.Count));
        var history = await registrar.Client.GetJsonAsync($"{Postal}/versions?pageSize=100");
        history["items"]!.AsArray().Select(v => v.Number("version")).Order().ShouldBe(issued);
        (await api.ReadStoreAsync(db => Task.FromResult(db.PriorityListVersions.Count()))).ShouldBe(issued.Count);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqlitePriorityListConcurrencyTests : PriorityListConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlPriorityListConcurrencyTests : PriorityListConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerPriorityListConcurrencyTests : PriorityListConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
