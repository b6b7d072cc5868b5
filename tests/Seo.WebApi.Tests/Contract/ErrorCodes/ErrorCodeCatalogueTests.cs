using System.Text.Json;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Contract.ErrorCodes;

/// <summary>
/// <c>contracts/error-codes.v1.json</c> lists every problem code the API can answer with; the
/// contract gives it as the <c>code</c> member's <c>x-extensible-enum</c> (a client may switch on
/// these, and must expect new ones). The list is the code's: run with SEO_UPDATE_CONTRACT=1 to
/// write what the code holds, then regenerate the contract. Every answer of the API tests is
/// held to it too (TestHost/ContractTraffic), which catches a code made where this scan does not look.
/// </summary>
public sealed class ErrorCodeCatalogueTests
{
    private static string CataloguePath => Path.Combine(RepositoryRoot.Path, "contracts", "error-codes.v1.json");

    [Fact]
    public void The_catalogue_lists_exactly_the_codes_the_code_can_answer_with()
    {
        var inCode = SourceErrorCodes.In(Path.Combine(RepositoryRoot.Path, "src"));
        if (Environment.GetEnvironmentVariable("SEO_UPDATE_CONTRACT") == "1")
        {
            File.WriteAllText(CataloguePath, new JsonArray([.. inCode.Select(code => (JsonNode)code)]).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var listed = Listed();

        inCode.Except(listed).ShouldBeEmpty("codes the code answers with that the catalogue lacks (SEO_UPDATE_CONTRACT=1 writes it)");
        listed.Except(inCode).ShouldBeEmpty("codes the catalogue lists that the code no longer answers with");
        listed.ShouldBe([.. listed.Order(StringComparer.Ordinal)], "in order, so that a diff shows what changed");
    }

    [Fact]
    public void The_scan_finds_codes_of_every_kind_of_place()
    {
        var inCode = SourceErrorCodes.In(Path.Combine(RepositoryRoot.Path, "src"));

        // A domain error's literal, a constant of its class, WithErrorCode, an input problem's
        // constant, Problems.Of, a status's code and an exception's.
        inCode.ShouldContain("booking-not-found");
        inCode.ShouldContain("checks-refused");
        inCode.ShouldContain("invalid-waitlist-window");
        inCode.ShouldContain("invalid-paging");
        inCode.ShouldContain("unknown-member");
        inCode.ShouldContain("idempotency-key-reused");
        inCode.ShouldContain("unauthenticated");
        inCode.ShouldContain("malformed-request");
    }

    [Fact]
    public void The_contract_gives_the_catalogue_as_the_codes_a_problem_may_carry()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "contracts", "openapi.v1.json")))!;
        var code = contract["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["code"]!;

        code["x-extensible-enum"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(Listed());
        // Open, not closed: a new code is an addition a released client must tolerate, not a breaking change.
        code["enum"].ShouldBeNull();
    }

    internal static List<string> Listed() =>
        [.. JsonNode.Parse(File.ReadAllText(CataloguePath))!.AsArray().Select(c => c!.GetValue<string>())];
}
