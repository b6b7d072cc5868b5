using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Contract;

/// <summary>The check every API test's traffic goes through refuses what breaks the contract, and only that.</summary>
public sealed class ContractTrafficTests
{
    private static readonly ContractTraffic.Contract Contract = ContractTraffic.Contract.Instance;
    private const string Booking = "/api/v1/bookings/6a0f5a0e-0000-4000-8000-000000000001";

    [Fact]
    public void A_problem_that_matches_its_schema_passes()
    {
        var violations = Check("GET", Booking, 404, "application/problem+json",
            """{"type":"urn:seo:problem:not-found","status":404,"detail":"No such booking.","code":"not-found","traceId":"x"}""");

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void A_status_the_operation_does_not_declare_is_a_violation()
    {
        var violations = Check("GET", "/api/v1/checkpoints", 409, "application/problem+json", """{"code":"conflict"}""");

        violations.ShouldHaveSingleItem().ShouldStartWith("status 409 is not declared");
    }

    [Fact]
    public void A_body_that_breaks_its_schema_is_a_violation()
    {
        // The problem's code is kebab-case, and a problem always has one.
        Check("GET", Booking, 404, "application/problem+json", """{"code":"Not Kebab"}""").ShouldNotBeEmpty();
        Check("GET", Booking, 404, "application/problem+json", """{"status":404}""").ShouldNotBeEmpty();
        // A checkpoint without the members it always has.
        Check("GET", "/api/v1/checkpoints", 200, "application/json", """[{"code":"DOSTYK"}]""").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_missing_required_header_is_a_violation()
    {
        var response = new DefaultHttpContext().Response;
        response.StatusCode = 429;
        response.ContentType = "application/problem+json";

        Contract.Check(Contract.Find("GET", "/api/v1/checkpoints")!, response, Encoding.UTF8.GetBytes("""{"code":"too-many-requests"}"""), null)
            .ShouldContain("required header Retry-After is missing");
    }

    [Fact]
    public void A_successful_request_whose_body_breaks_the_request_schema_is_a_violation()
    {
        using var reschedule = JsonDocument.Parse("""{"date":"2027-03-01","start":"9 am"}""");
        var response = new DefaultHttpContext().Response;
        response.StatusCode = 200;

        Contract.Check(Contract.Find("POST", "/api/v1/bookings/6a0f5a0e-0000-4000-8000-000000000001/reschedule")!, response, [], reschedule.RootElement)
            .ShouldContain(v => v.StartsWith("request", StringComparison.Ordinal));
    }

    [Fact]
    public void A_literal_path_wins_over_a_template_that_also_matches_it()
    {
        Contract.Find("POST", "/api/v1/payments/gateway-callbacks")!["operationId"]!.GetValue<string>().ShouldBe("AcceptGatewayCallback");
        Contract.Find("GET", "/health/live").ShouldBeNull();
    }

    private static List<string> Check(string method, string path, int status, string contentType, string body)
    {
        var response = new DefaultHttpContext().Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers.RetryAfter = "5";
        return Contract.Check(Contract.Find(method, path)!, response, Encoding.UTF8.GetBytes(body), null);
    }
}
