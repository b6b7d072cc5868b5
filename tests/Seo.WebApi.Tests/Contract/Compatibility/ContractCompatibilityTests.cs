using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;
using Xunit.Abstractions;

namespace Seo.WebApi.Tests.Contract.Compatibility;

/// <summary>
/// The committed contract keeps every promise of the released one (contracts/released/openapi.v1.json)
/// unless its info.version says otherwise. SEO_CONTRACT_BASELINE names another released document, as
/// the pipeline does with the target branch's contract for a pull request.
/// </summary>
public sealed class ContractCompatibilityTests(ITestOutputHelper output)
{
    private static readonly Lazy<JsonObject> Committed = new(() => Load(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json")));

    [Fact]
    public void The_contract_keeps_every_promise_of_the_released_version_unless_its_version_changed()
    {
        var baselinePath = Environment.GetEnvironmentVariable("SEO_CONTRACT_BASELINE") is { Length: > 0 } named
            ? named
            : Path.Combine(RepositoryRoot.Path, "contracts", "released", "openapi.v1.json");
        var released = Load(baselinePath);
        var breaking = ContractCompatibility.BreakingChanges(released, Committed.Value);
        var releasedVersion = released["info"]!["version"]!.GetValue<string>();
        var version = Committed.Value["info"]!["version"]!.GetValue<string>();

        if (version != releasedVersion)
        {
            // A new version may break: its clients are new. The note says what the old ones would meet.
            output.WriteLine($"info.version {releasedVersion} -> {version}; {breaking.Count} change(s) a {releasedVersion} client would trip over:");
            breaking.ToList().ForEach(output.WriteLine);
            return;
        }

        breaking.ShouldBeEmpty(
            $"contracts/openapi.v1.json breaks clients of the released {releasedVersion} ({baselinePath}). "
            + "Make the change additive, or change info.version (and the route prefix) for a new version.");
    }

    [Fact]
    public void Additions_a_released_client_can_ignore_are_not_breaking()
    {
        var current = Mutated(contract =>
        {
            contract["paths"]!.AsObject().Add("/api/v1/new-things", JsonNode.Parse("""{"get":{"responses":{"200":{"description":"OK"}}}}"""));
            Schema(contract, "CreateBooking")["properties"]!.AsObject().Add("note", JsonNode.Parse("""{"type":["null","string"]}"""));
            Schema(contract, "BookingDto")["properties"]!.AsObject().Add("lane", JsonNode.Parse("""{"type":"string"}"""));
            Schema(contract, "VehicleInput")["required"]!.AsArray().RemoveAt(0);
            Operation(contract, "/api/v1/bookings", "get")["parameters"]!.AsArray()
                .Add(JsonNode.Parse("""{"name":"plate","in":"query","schema":{"type":"string"}}"""));
            Operation(contract, "/api/v1/bookings/{id}/cancel", "post")["responses"]!.AsObject()
                .Add("422", JsonNode.Parse("""{"description":"Unprocessable"}"""));

            // A path parameter's name is the contract's, not the client's: the URL is the same.
            var paths = contract["paths"]!.AsObject();
            var booking = paths["/api/v1/bookings/{id}"]!.DeepClone();
            paths.Remove("/api/v1/bookings/{id}");
            paths.Add("/api/v1/bookings/{bookingId}", booking);
        });

        ContractCompatibility.BreakingChanges(Committed.Value, current).ShouldBeEmpty();
    }

    public static TheoryData<string, string> BreakingEdits => new()
    {
        { "an operation removed", "POST /api/v1/bookings: the operation is gone" },
        { "a request member made required", "request CreateBooking.cargo: is now required" },
        { "a request enum narrowed", "request BookingStatus: no longer accepts \"Cancelled\"" },
        { "a request member's length bounded", "request VehicleInput.plate: maxLength is now 8" },
        { "a request member no longer accepted", "request CreateBooking.onBehalfOf: is no longer accepted" },
        { "a query parameter made required", "GET /api/v1/bookings: the query page parameter is now required" },
        { "a response member removed", "response BookingDto.fee: is gone" },
        { "a response member made nullable", "response BookingDto.number: may now be null" },
        { "a response enum widened", "response BookingStatus: may now be \"Parked\", which the released enum does not name" },
        { "a success status changed", "POST /api/v1/bookings/{id}/cancel: succeeds with 202, which the released contract does not name" },
    };

    [Theory]
    [MemberData(nameof(BreakingEdits))]
    public void A_breaking_change_is_named_where_it_is(string edit, string expected)
    {
        var current = Mutated(contract => Edit(contract, edit));

        var breaking = ContractCompatibility.BreakingChanges(Committed.Value, current);

        breaking.ShouldContain(expected, $"after {edit}: {string.Join("; ", breaking)}");
    }

    private static void Edit(JsonObject contract, string edit)
    {
        switch (edit)
        {
            case "an operation removed":
                contract["paths"]!["/api/v1/bookings"]!.AsObject().Remove("post");
                break;
            case "a request member made required":
                Schema(contract, "CreateBooking")["required"]!.AsArray().Add("cargo");
                break;
            case "a request enum narrowed":
                var values = Schema(contract, "BookingStatus")["enum"]!.AsArray();
                values.Remove(values.Single(v => v!.GetValue<string>() == "Cancelled"));
                break;
            case "a request member's length bounded":
                Schema(contract, "VehicleInput")["properties"]!["plate"]!["maxLength"] = 8;
                break;
            case "a request member no longer accepted":
                Schema(contract, "CreateBooking")["properties"]!.AsObject().Remove("onBehalfOf");
                break;
            case "a query parameter made required":
                Operation(contract, "/api/v1/bookings", "get")["parameters"]!.AsArray()
                    .Single(p => p!["name"]!.GetValue<string>() == "page")!["required"] = true;
                break;
            case "a response member removed":
                Schema(contract, "BookingDto")["properties"]!.AsObject().Remove("fee");
                break;
            case "a response member made nullable":
                Schema(contract, "BookingDto")["properties"]!["number"]!["type"] = new JsonArray("null", "string");
                break;
            case "a response enum widened":
                Schema(contract, "BookingStatus")["enum"]!.AsArray().Add("Parked");
                break;
            case "a success status changed":
                var responses = Operation(contract, "/api/v1/bookings/{id}/cancel", "post")["responses"]!.AsObject();
                var ok = responses["200"]!.DeepClone();
                responses.Remove("200");
                responses.Add("202", ok);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "No such edit.");
        }
    }

    private static JsonObject Mutated(Action<JsonObject> edit)
    {
        var copy = Committed.Value.DeepClone().AsObject();
        edit(copy);
        return copy;
    }

    private static JsonObject Schema(JsonObject contract, string name) => contract["components"]!["schemas"]![name]!.AsObject();

    private static JsonObject Operation(JsonObject contract, string path, string method) => contract["paths"]![path]![method]!.AsObject();

    private static JsonObject Load(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();
}
