using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Seo.WebApi.Tests.TestHost;

/// <summary>A signed-in client: its account and an HttpClient carrying its bearer token.</summary>
public sealed record Session(Guid AccountId, string Email, string Role, HttpClient Client);

/// <summary>Small client helpers over the REST API.</summary>
public static class Api
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Registers a resident individual carrier with a valid IIN, signs in and proves the IIN (R15).</summary>
    public static async Task<Session> CarrierAsync(this SeoApiFactory api, int? n = null)
    {
        var id = n ?? TestData.Next();
        var session = await api.RegisterAsync(TestData.Registration(id));
        await session.ProveIdentityAsync(api, iin: TestData.Iin(id));
        return session;
    }

    /// <summary>Registers a resident legal entity with BIN <see cref="TestData.Bin"/>, signs in and proves the BIN (R15).</summary>
    public static async Task<Session> OrganisationAsync(this SeoApiFactory api, int n)
    {
        var registration = TestData.Registration(n);
        registration["kind"] = "LegalEntity";
        registration["organisationName"] = "Operator LLP";
        registration["taxId"] = TestData.Bin(n);
        var session = await api.RegisterAsync(registration);
        await session.ProveIdentityAsync(api, iin: TestData.Iin(n), bin: TestData.Bin(n));
        return session;
    }

    /// <summary>Registers (202, the neutral answer) and signs in with the registration's e-mail and password.</summary>
    public static async Task<Session> RegisterAsync(this SeoApiFactory api, JsonObject registration)
    {
        using var anonymous = api.CreateClient();
        var accepted = await anonymous.PostAsJsonAsync("/api/v1/accounts", registration);
        await accepted.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        return await api.SignInAsync(registration.Str("email"), registration.Str("password"));
    }

    /// <summary>R15: asks for a challenge and signs it with a fresh key certified by the tests' root for the IIN or BIN given.</summary>
    public static async Task<HttpResponseMessage> SendIdentityProofAsync(this Session session, SeoApiFactory api, string? iin = null, string? bin = null)
    {
        var challenge = await (await session.Client.PostAsync("/api/v1/accounts/me/identity-proof/challenge", null)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var now = api.Clock.GetUtcNow();
        using var certificate = TestCertificates.Issue(key, now.AddDays(-1), now.AddYears(1), iin, bin);
        return await session.Client.PostAsJsonAsync("/api/v1/accounts/me/identity-proof", new
        {
            challenge = challenge.Str("challenge"),
            signature = TestCertificates.Sign(key, challenge.Str("challenge")),
            certificates = new[] { Convert.ToBase64String(certificate.RawData), Convert.ToBase64String(TestCertificates.Root.RawData) },
        });
    }

    /// <summary>Sandbox mode: proves the account's own IIN/BIN with a certificate the sandbox test root issues over a fresh key.</summary>
    public static async Task ProveWithSandboxCertificateAsync(this Session session)
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var issued = await (await session.Client.PostAsJsonAsync("/api/v1/sandbox/identity-certificates", new { publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        var challenge = await (await session.Client.PostAsync("/api/v1/accounts/me/identity-proof/challenge", null)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var proven = await (await session.Client.PostAsJsonAsync("/api/v1/accounts/me/identity-proof", new
        {
            challenge = challenge.Str("challenge"),
            signature = TestCertificates.Sign(key, challenge.Str("challenge")),
            certificates = issued["certificates"],
        })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        proven.Str("identityProof").ShouldBe("Proven");
    }

    public static async Task ProveIdentityAsync(this Session session, SeoApiFactory api, string? iin = null, string? bin = null)
    {
        var proven = await (await session.SendIdentityProofAsync(api, iin, bin)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        proven.Str("identityProof").ShouldBe("Proven");
    }

    /// <summary>The readiness report in detail, one entry per store: a registrar's view (anonymous callers see only the status).</summary>
    public static async Task<HttpResponseMessage> ReadinessAsync(this SeoApiFactory api) =>
        await (await api.RegistrarAsync()).Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

    /// <summary>One entry of the detailed readiness report, by its name.</summary>
    public static async Task<JsonNode> ReadinessCheckAsync(this SeoApiFactory api, string name)
    {
        var report = JsonNode.Parse(await (await api.ReadinessAsync()).Content.ReadAsStringAsync())!;
        return report["checks"]!.AsArray().Single(check => check!["name"]!.GetValue<string>() == name)!;
    }

    public static Task<Session> RegistrarAsync(this SeoApiFactory api) =>
        api.SignInAsync(SeoApiFactory.RegistrarEmail, SeoApiFactory.RegistrarPassword);

    /// <summary>
    /// Signs in as a user or staff member. Staff (officers, registrars, analysts) sign in with a
    /// TOTP code: from the registrar's configured secret, or — at a staff member's first sign-in —
    /// from an authenticator enrolled here, as its holder would (POST /accounts/me/totp, then confirm).
    /// </summary>
    public static async Task<Session> SignInAsync(this SeoApiFactory api, string email, string password)
    {
        if (email.Equals(SeoApiFactory.RegistrarEmail, StringComparison.OrdinalIgnoreCase))
        {
            api.Authenticators.TryAdd(email, Authenticator.FromBase32(SeoApiFactory.RegistrarTotpSecret));
        }

        var authenticator = api.Authenticators.GetValueOrDefault(email);
        var code = authenticator?.NextCode(api.Clock.GetUtcNow());
        if (authenticator is not null && code is null && authenticator.LastToken is { } last)
        {
            // Every code of the window was used (the fake clock stands still): the last session stands in.
            return api.SessionOf(email, last);
        }

        using var anonymous = api.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password, totpCode = code });
        var token = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        if (token["setup"]!.AsArray().Any(step => step!.GetValue<string>() == "enrol-totp"))
        {
            token = await api.EnrolAuthenticatorAsync(email, token);
        }

        if (api.Authenticators.TryGetValue(email, out var enrolled))
        {
            enrolled.LastToken = token;
        }

        return api.SessionOf(email, token);
    }

    /// <summary>Enrols an authenticator for a signed-in account whose token asks for it, and returns the token answer of the confirmation.</summary>
    public static async Task<JsonObject> EnrolAuthenticatorAsync(this SeoApiFactory api, string email, JsonObject token)
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Str("accessToken"));
        var enrolment = await (await client.PostAsync("/api/v1/accounts/me/totp", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var authenticator = Authenticator.FromBase32(enrolment.Str("secret"));
        api.Authenticators[email] = authenticator;
        var confirmed = await client.PostAsJsonAsync("/api/v1/accounts/me/totp/confirm", new { code = authenticator.NextCode(api.Clock.GetUtcNow()) });
        return await confirmed.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>A client carrying the access token of a token answer.</summary>
    public static Session SessionOf(this SeoApiFactory api, string email, JsonObject token)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Str("accessToken"));
        return new Session(Guid.Parse(token.Str("accountId")), email, token.Str("role"), client);
    }

    public static async Task<JsonObject> BookAsync(this Session session, JsonObject body)
    {
        var response = await session.Client.PostAsJsonAsync("/api/v1/bookings", body);
        return await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonObject> PayAsync(this Session session, JsonNode booking)
    {
        var response = await session.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);
        return await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> RescheduleAsync(this Session session, JsonNode booking, DateOnly date, string start) =>
        session.Client.PostAsJsonAsync(
            $"/api/v1/bookings/{booking.Str("id")}/reschedule",
            new { date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), start });

    /// <summary>Uploads a priority list (R6) as the registrar; <paramref name="vehicles"/> are plate/country/VIN objects.</summary>
    public static Task<HttpResponseMessage> UploadPriorityListAsync(this HttpClient client, string kind, JsonArray vehicles, int? expectedVersion = null) =>
        client.PutAsJsonAsync($"/api/v1/admin/priority-lists/{kind}", new JsonObject { ["vehicles"] = vehicles, ["expectedVersion"] = expectedVersion });

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>The intervals of one checkpoint-local date.</summary>
    public static async Task<JsonArray> AvailabilityAsync(this HttpClient client, DateOnly date, string checkpoint = "DOSTYK")
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var availability = await client.GetJsonAsync($"/api/v1/checkpoints/{checkpoint}/availability?from={day}&to={day}");
        return availability["intervals"]!.AsArray();
    }

    /// <summary>One interval's row of the availability answer.</summary>
    public static async Task<JsonObject> IntervalAsync(this HttpClient client, DateOnly date, string start, string checkpoint = "DOSTYK")
    {
        var intervals = await client.AvailabilityAsync(date, checkpoint);
        return intervals.Single(i => i!.Str("start") == start)!.AsObject();
    }

    public static async Task<JsonArray> MyBookingsAsync(this Session session)
    {
        var page = await session.Client.GetJsonAsync("/api/v1/bookings?pageSize=100");
        return page["items"]!.AsArray();
    }

    /// <summary>Sends raw text as JSON, for bodies a serializer would never produce.</summary>
    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts an RFC 9457 problem with the given status, code and (optionally) rule.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code, string? rule = null)
    {
        var problem = await response.ShouldHaveStatusAsync(status);
        response.Content.Headers.ContentType.ShouldNotBeNull().MediaType.ShouldBe(ProblemJson);
        problem.Number("status").ShouldBe((int)status);
        problem.Str("code").ShouldBe(code, problem.ToJsonString());
        if (rule is not null)
        {
            problem.Str("rule").ShouldBe(rule);
        }

        return problem;
    }

    /// <summary>A 400 validation problem with its per-field <c>errors</c> map naming <paramref name="field"/>.</summary>
    public static async Task<JsonObject> ShouldBeValidationProblemAsync(this HttpResponseMessage response, string code, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        var errors = problem["errors"].ShouldBeOfType<JsonObject>();
        errors.ContainsKey(field).ShouldBeTrue($"errors names {string.Join(", ", errors.Select(e => e.Key))}");
        errors[field]!.AsArray().Count.ShouldBeGreaterThan(0);
        return problem;
    }

    public static string Str(this JsonNode? node, string property) =>
        Member(node, property).GetValue<string>();

    public static int Number(this JsonNode? node, string property) =>
        Member(node, property).GetValue<int>();

    public static decimal Amount(this JsonNode? node, string property)
    {
        var money = Member(node, property);
        money.Str("currency").ShouldBe("KZT");
        // Exact money: a decimal string with its two tiyn digits, never a JSON number.
        var amount = money["amount"]!.GetValue<string>();
        amount.ShouldMatch(Seo.Application.Common.Mapping.TengeAmountJsonConverter.Pattern);
        return decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static JsonNode Member(JsonNode? node, string property) =>
        node is null
            ? throw new ShouldAssertException($"Expected an object with '{property}', got null")
            : node[property] ?? throw new ShouldAssertException($"'{property}' is missing in {node.ToJsonString()}");
}
