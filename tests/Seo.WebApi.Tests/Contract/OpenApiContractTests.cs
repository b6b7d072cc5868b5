using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Contract;

/// <summary>
/// The OpenAPI document served at runtime is the committed contract (contracts/openapi.v1.json):
/// consumers test against the file, so a change to the API must change the file in the same
/// review. Run with SEO_UPDATE_CONTRACT=1 to write the served document to the file.
/// </summary>
public sealed class OpenApiContractTests
{
    /// <summary>Indented, with '+', '—' and quotes kept as they are so that the file reads well in review.</summary>
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_served_OpenAPI_document_equals_the_committed_contract()
    {
        // Sandbox mode, as `dotnet run` has it: the contract names the sandbox-only endpoints too.
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "true" });
        var served = JsonNode.Parse(await api.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        var path = Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json");

        if (Environment.GetEnvironmentVariable("SEO_UPDATE_CONTRACT") == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n");
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests once with SEO_UPDATE_CONTRACT=1 and commit it.");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        Normalise(served).ShouldBe(Normalise(committed), "The API differs from contracts/openapi.v1.json; if the change is deliberate, run with SEO_UPDATE_CONTRACT=1 and commit the file.");
    }

    [Fact]
    public async Task The_contract_names_every_capability_of_the_API()
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json")))!;

        var paths = committed["paths"]!.AsObject().Select(p => p.Key).ToList();

        paths.ShouldBe(
            [
                "/api/v1/accounts", "/api/v1/accounts/me", "/api/v1/auth/token", "/api/v1/admin/accounts/{id}/debt", "/api/v1/admin/accounts/{id}/debt/settlements", "/api/v1/admin/outbox", "/api/v1/admin/outbox/replay", "/api/v1/admin/outbox/{sequence}/replay", "/api/v1/admin/read-models/availability/rebuild", "/api/v1/admin/users", "/api/v1/checkpoints", "/api/v1/checkpoints/{code}/availability", "/api/v1/checkpoints/{code}/days/{date}/draw",
                "/api/v1/bookings", "/api/v1/bookings/{id}", "/api/v1/bookings/{id}/payment", "/api/v1/bookings/{id}/reschedule",
                "/api/v1/bookings/{id}/cancel", "/api/v1/bookings/{id}/transfer",
                "/api/v1/admin/devices", "/api/v1/admin/devices/{id}/keys", "/api/v1/admin/devices/{id}", "/api/v1/devices/anpr-events", "/api/v1/admin/devices/{id}/manual-reads",
                "/api/v1/devices/video-segments", "/api/v1/admin/video-segments", "/api/v1/admin/video-segments/holds",
                "/api/v1/admin/video-holds", "/api/v1/admin/video-holds/{id}/release",
                "/api/v1/devices/heartbeats", "/api/v1/admin/checkpoints/{code}/devices/health",
                "/api/v1/devices/barrier-commands", "/api/v1/devices/barrier-commands/{id}/ack",
                "/api/v1/admin/barriers/{id}/open", "/api/v1/admin/barriers/{id}/close", "/api/v1/admin/barriers/{id}/commands",
                "/api/v1/admin/checkpoints/{code}/barrier-commands",
                "/api/v1/admin/crossings", "/api/v1/admin/crossings/per-day",
                "/api/v1/admin/priority-lists/{kind}", "/api/v1/admin/priority-lists/{kind}/versions", "/api/v1/admin/tariffs",
                "/api/v1/sandbox/registries", "/api/v1/sandbox/registries/{registry}/records", "/api/v1/sandbox/registries/{registry}/records/{key}",
                "/api/v1/sandbox/registries/{registry}/service", "/api/v1/sandbox/registries/reset", "/api/v1/sandbox/clock",
                "/api/v1/bookings/{id}/checks", "/api/v1/checks", "/api/v1/checks/{id}", "/api/v1/admin/checks",
                "/api/v1/notifications", "/api/v1/notifications/{id}/read",
                "/api/v1/admin/checkpoints/{code}/waiting-zone", "/api/v1/admin/checkpoints/{code}/capacity", "/api/v1/admin/checkpoints/{code}/capacity/calendar", "/api/v1/admin/bookings/{id}/refuse-entry",
                "/api/v1/bookings/{id}/waitlist", "/api/v1/bookings/{id}/waitlist/accept", "/api/v1/open-data/checkpoints/{code}/days", "/api/v1/bookings/{id}/capacity-move/accept", "/api/v1/bookings/{id}/refund", "/api/v1/bookings/{id}/alternative-checkpoints",
                "/api/v1/auth/token/refresh", "/api/v1/auth/sign-out", "/api/v1/accounts/me/password", "/api/v1/accounts/me/totp", "/api/v1/accounts/me/totp/confirm",
                "/api/v1/admin/accounts/{id}/disable", "/api/v1/admin/accounts/{id}/enable", "/api/v1/admin/audit", "/api/v1/admin/audit/verification",
                "/api/v1/admin/read-models/live/rebuild", "/api/v1/admin/checkpoints/{code}/live", "/api/v1/admin/checkpoints/{code}/live/events", "/api/v1/boards/{code}", "/api/v1/boards/{code}/events", "/api/v1/bookings/{id}/messages", "/api/v1/sandbox/messages",
                "/api/v1/accounts/me/identity-proof/challenge", "/api/v1/accounts/me/identity-proof", "/api/v1/accounts/me/dispatchers",
                "/api/v1/accounts/me/dispatchers/{accountId}", "/api/v1/sandbox/identity-certificates",
                "/api/v1/payments", "/api/v1/payments/{id}", "/api/v1/payments/{id}/receipt", "/api/v1/payments/{id}/receipt/print", "/api/v1/payments/gateway-callbacks",
                "/api/v1/accounts/me/debt/payment", "/api/v1/admin/payments/{id}/refund", "/api/v1/admin/payments/reconciliation",
                "/api/v1/admin/ledger/balance", "/api/v1/admin/remittances", "/api/v1/admin/remittances/report", "/api/v1/admin/remittances/{number}/payment-order",
                "/api/v1/sandbox/acquirer/payments/{paymentId}/approve", "/api/v1/sandbox/acquirer/payments/{paymentId}/decline", "/api/v1/sandbox/acquirer/payments/{paymentId}/reverse",
                "/api/v1/sandbox/acquirer/callbacks", "/api/v1/sandbox/acquirer/callbacks/release",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public async Task The_contract_says_cameras_send_X_Device_Key_and_people_a_bearer_JWT()
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json")))!;
        var schemes = committed["components"]!["securitySchemes"]!;
        var paths = committed["paths"]!;

        schemes["DeviceKey"]!["type"]!.GetValue<string>().ShouldBe("apiKey");
        schemes["DeviceKey"]!["in"]!.GetValue<string>().ShouldBe("header");
        schemes["DeviceKey"]!["name"]!.GetValue<string>().ShouldBe("X-Device-Key");
        schemes["Bearer"]!["type"]!.GetValue<string>().ShouldBe("http");
        schemes["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        SchemesOf(paths["/api/v1/devices/anpr-events"]!["post"]!).ShouldBe(["DeviceKey"]);
        SchemesOf(paths["/api/v1/devices/video-segments"]!["post"]!).ShouldBe(["DeviceKey"]);
        SchemesOf(paths["/api/v1/devices/heartbeats"]!["post"]!).ShouldBe(["DeviceKey"]);
        SchemesOf(paths["/api/v1/admin/video-segments"]!["get"]!).ShouldBe(["Bearer"]);
        SchemesOf(paths["/api/v1/devices/barrier-commands"]!["get"]!).ShouldBe(["DeviceKey"]);
        SchemesOf(paths["/api/v1/devices/barrier-commands/{id}/ack"]!["post"]!).ShouldBe(["DeviceKey"]);
        SchemesOf(paths["/api/v1/admin/barriers/{id}/open"]!["post"]!).ShouldBe(["Bearer"]);
        SchemesOf(paths["/api/v1/admin/devices/{id}/manual-reads"]!["post"]!).ShouldBe(["Bearer"]);
        SchemesOf(paths["/api/v1/admin/devices"]!["get"]!).ShouldBe(["Bearer"]);
        SchemesOf(paths["/api/v1/admin/crossings"]!["get"]!).ShouldBe(["Bearer"]);
        SchemesOf(paths["/api/v1/auth/token"]!["post"]!).ShouldBeEmpty();
        SchemesOf(paths["/api/v1/auth/token/refresh"]!["post"]!).ShouldBeEmpty();
        SchemesOf(paths["/api/v1/admin/audit"]!["get"]!).ShouldBe(["Bearer"]);
        SchemesOf(paths["/api/v1/checkpoints"]!["get"]!).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_contract_declares_money_as_decimal_strings_the_payment_Location_and_the_gateway_signature_header()
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json")))!;
        var paths = committed["paths"]!;

        var amount = committed["components"]!["schemas"]!["MoneyDto"]!["properties"]!["amount"]!;
        amount["type"]!.GetValue<string>().ShouldBe("string");
        amount["pattern"]!.GetValue<string>().ShouldBe("^-?[0-9]+\\.[0-9]{2}$");
        foreach (var path in new[] { "/api/v1/bookings/{id}/payment", "/api/v1/accounts/me/debt/payment" })
        {
            paths[path]!["post"]!["responses"]!["202"]!["headers"]!["Location"]!["required"]!.GetValue<bool>().ShouldBeTrue(path);
        }

        paths["/api/v1/bookings"]!["post"]!["responses"]!["201"]!["headers"]!["Location"].ShouldNotBeNull();
        var signature = paths["/api/v1/payments/gateway-callbacks"]!["post"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "X-Gateway-Signature")!;
        signature["name"]!.GetValue<string>().ShouldBe("X-Gateway-Signature");
        signature["in"]!.GetValue<string>().ShouldBe("header");
        signature["required"]!.GetValue<bool>().ShouldBeTrue();
        SchemesOf(paths["/api/v1/payments/gateway-callbacks"]!["post"]!).ShouldBeEmpty();
    }

    private static List<string> SchemesOf(JsonNode operation) =>
        operation["security"]?.AsArray().SelectMany(requirement => requirement!.AsObject().Select(scheme => scheme.Key)).ToList() ?? [];

    [Theory]
    [InlineData("/docs")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Documentation_and_health_answer_200(string path)
    {
        await using var api = new SeoApiFactory();

        var response = await api.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The document with object members sorted, so that only content counts, not member order.</summary>
    private static string Normalise(JsonNode? node) => Sorted(node)?.ToJsonString(Indented) ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };
}
