using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Seo.WebApi.Tests.TestHost;
using Seo.WebApi.Throttling;

namespace Seo.WebApi.Tests.Security;

public sealed class RateLimitTests
{
    private static SeoApiFactory Api(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Seo:RateLimits:Enabled"] = "true" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new SeoApiFactory(all, services: ClientAddresses.Add);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email = "someone@example.kz") =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "not-the-password" });

    private static async Task ShouldBeRefused429Async(HttpResponseMessage response, string code, int windowSeconds)
    {
        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, code);
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, windowSeconds);
    }

    [Fact]
    public async Task Sign_in_over_its_budget_is_429_too_many_sign_ins_with_Retry_After()
    {
        await using var api = Api(("Seo:RateLimits:SignIn:PermitLimit", "3"), ("Seo:RateLimits:SignIn:Window", "00:01:00"));
        var client = ClientAddresses.From(api, "198.51.100.1");

        for (var i = 0; i < 3; i++)
        {
            await (await SignInAsync(client, $"guess{i}@example.kz")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        }

        await ShouldBeRefused429Async(await SignInAsync(client, "guess3@example.kz"), "too-many-sign-ins", 60);
    }

    [Fact]
    public async Task Registration_over_its_budget_is_429_too_many_registrations()
    {
        await using var api = Api(("Seo:RateLimits:Registration:PermitLimit", "2"), ("Seo:RateLimits:Registration:Window", "01:00:00"));
        var client = ClientAddresses.From(api, "198.51.100.2");

        for (var i = 0; i < 2; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(TestData.Next()))).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        }

        await ShouldBeRefused429Async(await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(TestData.Next())), "too-many-registrations", 3600);
    }

    [Fact]
    public async Task One_address_flooding_sign_in_leaves_another_address_its_whole_budget()
    {
        await using var api = Api(("Seo:RateLimits:SignIn:PermitLimit", "2"));
        var flooder = ClientAddresses.From(api, "203.0.113.66");
        var other = ClientAddresses.From(api, "198.51.100.3");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(flooder, $"flood{i}@example.kz");
        }

        await ShouldBeRefused429Async(await SignInAsync(flooder, "flood@example.kz"), "too-many-sign-ins", 60);
        await (await SignInAsync(other)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        await (await SignInAsync(other)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
    }

    [Fact]
    public async Task Reads_are_counted_per_account_so_a_carrier_flooding_from_one_address_leaves_another_carrier_its_budget()
    {
        await using var api = Api(("Seo:RateLimits:Reads:PermitLimit", "4"));
        var flooding = await api.CarrierAsync();
        var other = await api.CarrierAsync();
        for (var i = 0; i < 4; i++)
        {
            await (await flooding.Client.GetAsync(new Uri("/api/v1/accounts/me", UriKind.Relative))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        await ShouldBeRefused429Async(await flooding.Client.GetAsync(new Uri("/api/v1/accounts/me", UriKind.Relative)), "too-many-reads", 60);
        await (await other.Client.GetAsync(new Uri("/api/v1/accounts/me", UriKind.Relative))).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Booking_writes_have_a_budget_of_their_own_apart_from_reads()
    {
        // The carrier's own setup spends two writes of its budget: proving its IIN (a challenge, then the proof).
        await using var api = Api(("Seo:RateLimits:Writes:PermitLimit", "4"));
        var carrier = await api.CarrierAsync();
        for (var i = 0; i < 2; i++)
        {
            await (await carrier.Client.PostRawJsonAsync("/api/v1/bookings", "{}")).ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        }

        await ShouldBeRefused429Async(await carrier.Client.PostRawJsonAsync("/api/v1/bookings", "{}"), "too-many-writes", 60);
        await (await carrier.Client.GetAsync(new Uri("/api/v1/bookings", UriKind.Relative))).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_probes_spend_no_budget()
    {
        await using var api = Api(("Seo:RateLimits:Reads:PermitLimit", "1"));
        var probe = ClientAddresses.From(api, "198.51.100.4");

        for (var i = 0; i < 3; i++)
        {
            (await probe.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Loopback_is_counted_unless_exempted_by_configuration()
    {
        await using var counted = Api(("Seo:RateLimits:SignIn:PermitLimit", "1"));
        var local = ClientAddresses.From(counted, "127.0.0.1");
        await SignInAsync(local);
        await ShouldBeRefused429Async(await SignInAsync(local), "too-many-sign-ins", 60);

        await using var exempt = Api(("Seo:RateLimits:SignIn:PermitLimit", "1"), ("Seo:RateLimits:ExemptLoopback", "true"));
        var driver = ClientAddresses.From(exempt, "127.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            await (await SignInAsync(driver, $"driver{i}@example.kz")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        }
    }

    [Theory]
    [InlineData("Device", "device:")]
    [InlineData("User", "account:")]
    [InlineData("Officer", "account:")]
    public void A_signed_in_caller_pays_from_its_own_budget_a_camera_by_its_device_id(string role, string prefix)
    {
        var id = Guid.NewGuid().ToString();
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", id), new Claim(ClaimTypes.Role, role)], "test")),
        };
        context.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.5");

        RateLimiting.CallerOf(context).ShouldBe(prefix + id);
    }

    [Fact]
    public void An_anonymous_caller_pays_from_its_address_budget()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("::ffff:198.51.100.6");

        RateLimiting.CallerOf(context).ShouldBe("address:198.51.100.6");
    }
}
