using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Contract;

/// <summary>
/// What generated clients (NSwag, Kiota, openapi-typescript) and schema validators need from the
/// committed contract, held for every schema, operation and parameter rather than for examples.
/// </summary>
public sealed class ContractFidelityTests
{
    private static readonly JsonObject Document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json")))!.AsObject();
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private static JsonObject Schemas => Document["components"]!["schemas"]!.AsObject();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => Methods.Contains(o.Key))
            .Select(o => (path.Key, o.Key, o.Value!.AsObject())));

    [Fact]
    public void Every_page_of_a_listing_has_the_one_envelope()
    {
        string[] envelope = ["items", "page", "pageSize", "total", "totalPages"];
        var pages = Schemas.Where(s => s.Value!["properties"]?["items"] is not null && s.Value["properties"]?["page"] is not null).ToList();

        pages.Count.ShouldBeGreaterThanOrEqualTo(12);
        foreach (var (name, schema) in pages)
        {
            var properties = schema!["properties"]!.AsObject();
            var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
            required.ShouldBeSubsetOf(properties.Select(p => p.Key));
            envelope.ShouldBeSubsetOf(required, $"{name} lacks part of the envelope");
            properties["items"]!["type"]!.GetValue<string>().ShouldBe("array", name);
            foreach (var number in envelope[1..])
            {
                properties[number]!["type"]!.GetValue<string>().ShouldBe("integer", $"{name}.{number}");
            }
        }
    }

    [Fact]
    public void Every_JSON_request_and_success_has_an_example_that_matches_its_schema()
    {
        var missing = new List<string>();
        var wrong = new List<string>();
        foreach (var (path, method, operation) in Operations)
        {
            var bodies = new List<(string What, JsonObject? Media)>();
            if (operation["requestBody"]?["content"]?["application/json"] is JsonObject request)
            {
                bodies.Add(("request", request));
            }

            bodies.AddRange(operation["responses"]!.AsObject()
                .Where(r => r.Key.StartsWith('2') && r.Value?["content"]?["application/json"] is not null)
                .Select(r => (r.Key, r.Value!["content"]!["application/json"] as JsonObject)));
            foreach (var (what, media) in bodies)
            {
                var where = $"{method.ToUpperInvariant()} {path} {what}";
                if (media!["example"] is not { } example)
                {
                    missing.Add(where);
                }
                else if (media["schema"] is { } schema)
                {
                    wrong.AddRange(ContractTraffic.Contract.Instance.Mismatches(schema, example, where));
                }
            }
        }

        missing.ShouldBeEmpty("Record them: SEO_RECORD_EXAMPLES=1 dotnet test tests/Seo.WebApi.Tests, then SEO_UPDATE_CONTRACT=1 for the contract.");
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Every_problem_answer_has_an_example_of_its_status_that_matches_the_problem_schema()
    {
        var examples = Document["components"]!["examples"]!.AsObject();
        var missing = new List<string>();
        foreach (var (path, method, operation) in Operations)
        {
            foreach (var (status, answer) in operation["responses"]!.AsObject())
            {
                if (answer?["content"]?["application/problem+json"] is not JsonObject problem)
                {
                    continue;
                }

                var named = problem["examples"]?.AsObject().Select(e => e.Value!["$ref"]!.GetValue<string>()).ToList() ?? [];
                if (!named.Contains($"#/components/examples/problem-{status}"))
                {
                    missing.Add($"{method.ToUpperInvariant()} {path} {status}");
                }
            }
        }

        missing.ShouldBeEmpty("Record them: SEO_RECORD_EXAMPLES=1 dotnet test tests/Seo.WebApi.Tests, then SEO_UPDATE_CONTRACT=1 for the contract.");
        var problemSchema = new JsonObject { ["$ref"] = "#/components/schemas/ProblemDetails" };
        foreach (var (name, example) in examples.Where(e => e.Key.StartsWith("problem-", StringComparison.Ordinal)))
        {
            ContractTraffic.Contract.Instance.Mismatches(problemSchema, example!["value"]!, name).ShouldBeEmpty();
            example["value"]!["status"]!.GetValue<int>().ShouldBe(int.Parse(name["problem-".Length..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Every_enum_is_a_string_enum_and_lists_no_null()
    {
        var enums = Schemas.Where(s => s.Value!["enum"] is not null).ToList();

        enums.ShouldNotBeEmpty();
        enums.Where(s => s.Value!["type"]?.GetValue<string>() != "string").Select(s => s.Key).ShouldBeEmpty();
        enums.Where(s => s.Value!["enum"]!.AsArray().Any(name => name is null)).Select(s => s.Key).ShouldBeEmpty();
    }

    [Fact]
    public void A_request_body_requires_only_what_it_needs_and_never_a_null()
    {
        var requestSchemas = RequestSchemaNames();
        var requiredButNullable = requestSchemas
            .Select(name => (name, schema: Schemas[name]!.AsObject()))
            .SelectMany(s => (s.schema["required"]?.AsArray() ?? []).Select(member => $"{s.name}.{member}")
                .Where(qualified => Nullable(s.schema["properties"]![qualified.Split('.')[1]]!)))
            .ToList();

        requestSchemas.ShouldContain("CreateBooking");
        requiredButNullable.ShouldBeEmpty();
        Required("CreateBooking").ShouldBe(["checkpoint", "vehicle", "drivers"], ignoreOrder: true);
        Required("RescheduleRequest").ShouldBe(["date", "start"], ignoreOrder: true);
        Required("DriverInput").ShouldNotContain("patronymic");
        Required("VehicleInput").ShouldNotContain("trailerPlate");
    }

    [Fact]
    public void A_booking_request_is_an_interval_or_the_first_free_one_R16()
    {
        var booking = Schemas["CreateBooking"]!;

        booking["dependentRequired"]!["date"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["start"]);
        booking["dependentRequired"]!["start"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["date"]);
        booking["description"]!.GetValue<string>().ShouldContain("firstFreeFrom");
        // No oneOf of required lists: NSwag would make the class of one branch and lose the other members.
        booking["oneOf"].ShouldBeNull();
        booking["properties"]!["start"]!["pattern"]!.GetValue<string>().ShouldBe("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    }

    [Fact]
    public void Every_operation_says_who_may_call_it_and_a_secured_one_declares_401_and_403()
    {
        Operations.Where(o => o.Operation["security"] is null).Select(o => $"{o.Method} {o.Path}").ShouldBeEmpty();

        var secured = Operations.Where(o => o.Operation["security"]!.AsArray().Count > 0).ToList();
        secured.Count.ShouldBeGreaterThan(90);
        secured.Where(o => o.Operation["responses"]!["401"] is null || o.Operation["responses"]!["403"] is null)
            .Select(o => $"{o.Method} {o.Path}").ShouldBeEmpty();
        Operation("post", "/api/v1/auth/token")["security"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void Every_operation_that_reads_JSON_declares_415_and_every_answer_is_in_status_order()
    {
        var withBody = Operations.Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null).ToList();

        withBody.ShouldNotBeEmpty();
        withBody.Where(o => o.Operation["responses"]!["415"] is null).Select(o => $"{o.Method} {o.Path}").ShouldBeEmpty();
        foreach (var (path, method, operation) in Operations)
        {
            var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            statuses.ShouldBe(statuses.Order(StringComparer.Ordinal).ToList(), $"{method} {path}");
        }
    }

    [Fact]
    public void A_POST_declares_the_Idempotency_Key_it_takes_and_the_replay_header_of_its_answer()
    {
        var booking = Operation("post", "/api/v1/bookings");
        var key = booking["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "Idempotency-Key")!;

        key["in"]!.GetValue<string>().ShouldBe("header");
        (key["required"]?.GetValue<bool>() ?? false).ShouldBeFalse();
        key["schema"]!["maxLength"]!.GetValue<int>().ShouldBe(200);
        booking["responses"]!["201"]!["headers"]!["Idempotency-Replayed"].ShouldNotBeNull();
        booking["responses"]!["409"].ShouldNotBeNull();
        // Signing in is never replayed: a stored token answer would outlive a password change.
        (Operation("post", "/api/v1/auth/token")["parameters"]?.AsArray() ?? []).ShouldNotContain(p => p!["name"]!.GetValue<string>() == "Idempotency-Key");
        Operations.Count(o => o.Method == "post" && (o.Operation["parameters"]?.AsArray() ?? []).Any(p => p!["name"]!.GetValue<string>() == "Idempotency-Key"))
            .ShouldBeGreaterThan(30);
    }

    [Fact]
    public void Every_parameter_is_described_and_the_crossing_search_is_typed_camelCase()
    {
        Operations.SelectMany(o => (o.Operation["parameters"]?.AsArray() ?? []).Select(p => (o, p: p!.AsObject())))
            .Where(x => string.IsNullOrWhiteSpace(x.p["description"]?.GetValue<string>()))
            .Select(x => $"{x.o.Method} {x.o.Path} {x.p["name"]}")
            .ShouldBeEmpty();

        var search = Operation("get", "/api/v1/admin/crossings")["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);
        search.Keys.ShouldBe(["plate", "plateMatch", "vin", "bookingNumber", "checkpoint", "direction", "matched", "from", "to", "sort", "page", "pageSize"]);
        search["page"]["type"]!.GetValue<string>().ShouldBe("integer");
        search["matched"]["type"]!.GetValue<string>().ShouldBe("boolean");
        search["from"]["format"]!.GetValue<string>().ShouldBe("date-time");
        search["plateMatch"]["enum"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["exact", "prefix", "fuzzy"]);
    }

    [Fact]
    public void A_problem_types_its_extensions_and_the_document_names_a_server()
    {
        var problem = Schemas["ProblemDetails"]!["properties"]!;

        problem["code"]!["pattern"]!.GetValue<string>().ShouldBe("^[a-z0-9]+(-[a-z0-9]+)*$");
        problem["checks"]!["items"]!["required"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["check", "name", "source"]);
        problem["checkRecordId"]!["format"]!.GetValue<string>().ShouldBe("uuid");
        Document["servers"]!.AsArray().Single()!["url"]!.GetValue<string>().ShouldBe("/");
    }

    private static JsonObject Operation(string method, string path) => Document["paths"]![path]![method]!.AsObject();

    private static List<string> Required(string schema) =>
        Schemas[schema]!["required"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    private static bool Nullable(JsonNode member) =>
        member["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() == "null")
        || (member["oneOf"]?.AsArray() ?? []).Any(branch => branch!["type"]?.GetValue<string>() == "null");

    /// <summary>The component schemas a request body reaches, directly or through its members.</summary>
    private static List<string> RequestSchemaNames()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>(Operations
            .Select(o => o.Operation["requestBody"]?["content"]?["application/json"]?["schema"])
            .OfType<JsonNode>());
        while (pending.TryPop(out var node))
        {
            foreach (var reference in References(node))
            {
                if (reached.Add(reference))
                {
                    pending.Push(Schemas[reference]!);
                }
            }
        }

        return reached.Where(name => Schemas[name]!["properties"] is not null).ToList();
    }

    private static IEnumerable<string> References(JsonNode node) =>
        System.Text.RegularExpressions.Regex.Matches(node.ToJsonString(), "#/components/schemas/([A-Za-z0-9_]+)").Select(m => m.Groups[1].Value);
}
