using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Security;

public sealed class SignInLockoutTests
{
    private static readonly Dictionary<string, string?> ThreeFailures = new()
    {
        ["Seo:SignIn:Account:Failures"] = "3",
        ["Seo:SignIn:Account:FirstLockout"] = "00:00:30",
        ["Seo:SignIn:Address:Failures"] = "100",
    };

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });

    private static async Task<JsonObject> ShouldBeLockedAsync(HttpResponseMessage response, int retryAfterSeconds)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "sign-in-locked");
        response.Headers.GetValues("Retry-After").Single().ShouldBe(retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return problem;
    }

    [Fact]
    public async Task After_the_failure_limit_the_email_is_locked_even_for_the_right_password_and_each_further_failure_doubles_the_lockout()
    {
        await using var api = new SeoApiFactory(ThreeFailures);
        var n = TestData.Next();
        await api.CarrierAsync(n);
        var client = api.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            await (await SignInAsync(client, TestData.Email(n), "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        }

        await ShouldBeLockedAsync(await SignInAsync(client, TestData.Email(n), TestData.Password), 30);

        api.Clock.Advance(TimeSpan.FromSeconds(31));
        await (await SignInAsync(client, TestData.Email(n), "wrong-again")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        await ShouldBeLockedAsync(await SignInAsync(client, TestData.Email(n), TestData.Password), 60);

        api.Clock.Advance(TimeSpan.FromSeconds(61));
        await (await SignInAsync(client, TestData.Email(n), "still-wrong")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        await ShouldBeLockedAsync(await SignInAsync(client, TestData.Email(n), TestData.Password), 120);

        api.Clock.Advance(TimeSpan.FromSeconds(121));
        await (await SignInAsync(client, TestData.Email(n), TestData.Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Password_checks_beyond_the_gates_rate_are_503_password_check_busy_with_Retry_After_and_served_again_a_moment_later()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:SignIn:Gate:MaxPerSecond"] = "2" });
        var n = TestData.Next();
        // A full budget (two checks), then a registration and a sign-in spend it.
        api.Clock.Advance(TimeSpan.FromSeconds(5));
        var client = api.CreateClient();
        await (await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n))).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        await (await SignInAsync(client, TestData.Email(n), TestData.Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var refused = await SignInAsync(client, TestData.Email(n), TestData.Password);

        await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "password-check-busy");
        refused.Headers.GetValues("Retry-After").Single().ShouldBe("1");
        (await api.ReadStoreAsync(db => Task.FromResult(db.SignInFailureCounts.Count()))).ShouldBe(0);
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await (await SignInAsync(client, TestData.Email(n), TestData.Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_success_resets_the_emails_count()
    {
        await using var api = new SeoApiFactory(ThreeFailures);
        var n = TestData.Next();
        await api.CarrierAsync(n);
        var client = api.CreateClient();

        for (var round = 0; round < 3; round++)
        {
            await SignInAsync(client, TestData.Email(n), "wrong-password");
            await SignInAsync(client, TestData.Email(n), "wrong-password");
            await (await SignInAsync(client, TestData.Email(n), TestData.Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        (await api.ReadStoreAsync(db => Task.FromResult(db.SignInFailureCounts.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task A_locked_email_gets_the_same_answer_whether_or_not_an_account_has_it()
    {
        await using var api = new SeoApiFactory(ThreeFailures);
        var n = TestData.Next();
        await api.CarrierAsync(n);
        var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await SignInAsync(client, TestData.Email(n), "wrong-password");
            await SignInAsync(client, "nobody-here@example.kz", "wrong-password");
        }

        var known = await SignInAsync(client, TestData.Email(n), TestData.Password);
        var unknown = await SignInAsync(client, "nobody-here@example.kz", TestData.Password);

        var knownProblem = await ShouldBeLockedAsync(known, 30);
        var unknownProblem = await ShouldBeLockedAsync(unknown, 30);
        knownProblem.Remove("traceId");
        unknownProblem.Remove("traceId");
        knownProblem.ToJsonString().ShouldBe(unknownProblem.ToJsonString());
    }

    [Fact]
    public async Task An_address_is_locked_after_its_own_limit_whatever_emails_it_tries_and_other_addresses_are_not()
    {
        await using var api = new SeoApiFactory(
            new Dictionary<string, string?> { ["Seo:SignIn:Address:Failures"] = "4", ["Seo:SignIn:Address:FirstLockout"] = "00:01:00" },
            services: ClientAddresses.Add);
        var n = TestData.Next();
        await api.CarrierAsync(n);
        var guesser = ClientAddresses.From(api, "203.0.113.99");
        for (var i = 0; i < 4; i++)
        {
            await (await SignInAsync(guesser, $"spray{i}@example.kz", "password-1")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        }

        await ShouldBeLockedAsync(await SignInAsync(guesser, TestData.Email(n), TestData.Password), 60);
        await (await SignInAsync(ClientAddresses.From(api, "198.51.100.7"), TestData.Email(n), TestData.Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_instances_on_one_store_share_the_lockout()
    {
        await using var first = new SeoApiFactory(ThreeFailures);
        var n = TestData.Next();
        await first.CarrierAsync(n);
        await using var second = new SeoApiFactory(new Dictionary<string, string?>(ThreeFailures) { ["Persistence:DataDirectory"] = first.DataDirectory });

        for (var i = 0; i < 3; i++)
        {
            await SignInAsync(first.CreateClient(), TestData.Email(n), "wrong-password");
        }

        await ShouldBeLockedAsync(await SignInAsync(second.CreateClient(), TestData.Email(n), TestData.Password), 30);
    }

    [Fact]
    public async Task Concurrent_failures_are_all_counted()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:SignIn:Account:Failures"] = "20" });
        var n = TestData.Next();
        await api.CarrierAsync(n);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => SignInAsync(api.CreateClient(), TestData.Email(n), "wrong-password")));

        answers.Select(a => a.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Unauthorized);
        (await api.ReadStoreAsync(db => Task.FromResult(db.SignInFailureCounts.Single().Failures))).ShouldBe(12);
    }
}
