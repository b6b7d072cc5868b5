using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Accounts;

/// <summary>Account lifecycle: disabling, short access tokens with rotating refresh tokens, sign-out, new passwords, TOTP.</summary>
public sealed class LifecycleTests
{
    private static async Task<JsonObject> TokenAsync(SeoApiFactory api, string email, string password, string? totpCode = null) =>
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email, password, totpCode })).ShouldHaveStatusAsync(HttpStatusCode.OK);

    private static HttpClient Bearer(SeoApiFactory api, JsonNode token)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Str("accessToken"));
        return client;
    }

    private static Task<HttpResponseMessage> RefreshAsync(SeoApiFactory api, JsonNode token) =>
        api.CreateClient().PostAsJsonAsync("/api/v1/auth/token/refresh", new { refreshToken = token.Str("refreshToken") });

    [Fact]
    public async Task A_disabled_account_loses_access_at_once_and_regains_it_only_when_enabled()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var token = await TokenAsync(api, carrier.Email, TestData.Password);
        var registrar = await api.RegistrarAsync();
        await carrier.Client.GetJsonAsync("/api/v1/accounts/me");

        var disabled = await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/disable", new { reason = "Reselling places" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        disabled["id"]!.GetValue<Guid>().ShouldBe(carrier.AccountId);
        // The very next request with a token issued before is refused: no waiting for the token to expire.
        (await carrier.Client.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await RefreshAsync(api, token)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = carrier.Email, password = TestData.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "account-disabled");
        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/disable", new { reason = "Twice" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "account-already-disabled");

        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/enable", new { reason = "Cleared" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await carrier.Client.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "old tokens stay dead");
        var again = await TokenAsync(api, carrier.Email, TestData.Password);
        await Bearer(api, again).GetJsonAsync("/api/v1/accounts/me");
    }

    [Fact]
    public async Task Disabling_needs_the_registrar_a_reason_and_an_account_and_a_registrar_cannot_disable_themselves()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var registrar = await api.RegistrarAsync();

        await (await carrier.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/disable", new { reason = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/disable", new { reason = " " }))
            .ShouldBeValidationProblemAsync("required-field", "reason");
        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{Guid.NewGuid()}/disable", new { reason = "Nobody" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "account-not-found");
        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{registrar.AccountId}/disable", new { reason = "Me" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "cannot-disable-own-account");
        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/enable", new { reason = "Not disabled" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "account-not-disabled");
        await carrier.Client.GetJsonAsync("/api/v1/accounts/me");
    }

    [Fact]
    public async Task An_account_that_is_gone_takes_its_tokens_with_it()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        await api.ReadStoreAsync(db => db.Accounts.Where(a => a.Id == new Domain.Accounts.AccountId(carrier.AccountId)).ExecuteDeleteAsync());

        (await carrier.Client.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Access_tokens_live_minutes_by_default_and_a_refresh_token_gives_the_next_pair()
    {
        // The test host keeps tokens for hours (its suites move the clock by hours); here the default applies.
        var lifetime = new Seo.WebApi.Auth.JwtOptions().Lifetime;
        lifetime.ShouldBe(TimeSpan.FromMinutes(15));
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Auth:Jwt:Lifetime"] = lifetime.ToString() });
        var carrier = await api.CarrierAsync();
        var token = await TokenAsync(api, carrier.Email, TestData.Password);

        (token["expiresAt"]!.GetValue<DateTimeOffset>() - api.Clock.GetUtcNow()).ShouldBe(TimeSpan.FromMinutes(15));
        api.Clock.Advance(TimeSpan.FromMinutes(16));
        (await Bearer(api, token).GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var refreshed = await (await RefreshAsync(api, token)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        refreshed.Str("refreshToken").ShouldNotBe(token.Str("refreshToken"));
        refreshed["accountId"]!.GetValue<Guid>().ShouldBe(carrier.AccountId);
        await Bearer(api, refreshed).GetJsonAsync("/api/v1/accounts/me");
    }

    [Fact]
    public async Task A_refresh_token_used_twice_revokes_its_whole_session()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var first = await TokenAsync(api, carrier.Email, TestData.Password);
        var second = await (await RefreshAsync(api, first)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // The first refresh token again: stolen or replayed. The session ends, whoever holds it.
        await (await RefreshAsync(api, first)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "refresh-token-reused");

        await (await RefreshAsync(api, second)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
        (await Bearer(api, second).GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // Other sessions of the account are untouched.
        await carrier.Client.GetJsonAsync("/api/v1/accounts/me");
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token/refresh", new { refreshToken = "garbage" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
    }

    [Fact]
    public async Task Concurrent_uses_of_one_refresh_token_give_one_new_pair_at_most()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var token = await TokenAsync(api, carrier.Email, TestData.Password);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RefreshAsync(api, token)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBeLessThanOrEqualTo(1);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK || a.StatusCode == HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_out_stops_the_access_token_and_the_refresh_token_at_once()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var token = await TokenAsync(api, carrier.Email, TestData.Password);
        var client = Bearer(api, token);

        (await client.PostAsync("/api/v1/auth/sign-out", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await RefreshAsync(api, token)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
        await carrier.Client.GetJsonAsync("/api/v1/accounts/me");
    }

    [Fact]
    public async Task Token_answers_are_never_stored_by_caches()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var signIn = await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = carrier.Email, password = TestData.Password });
        var token = await signIn.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var refresh = await RefreshAsync(api, token);

        signIn.Headers.CacheControl!.NoStore.ShouldBeTrue();
        refresh.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task A_new_password_needs_the_current_one_ends_the_other_sessions_and_answers_with_a_new_one()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var other = await TokenAsync(api, carrier.Email, TestData.Password);
        const string NewPassword = "a-brand-new-passphrase";

        await (await carrier.Client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = "wrong-password-1", newPassword = NewPassword }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "wrong-current-password");
        await (await carrier.Client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = TestData.Password, newPassword = "short" }))
            .ShouldBeValidationProblemAsync("weak-password", "newPassword");
        await carrier.Client.GetJsonAsync("/api/v1/accounts/me");

        var changed = await carrier.Client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = TestData.Password, newPassword = NewPassword });
        var fresh = await changed.ShouldHaveStatusAsync(HttpStatusCode.OK);

        changed.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await carrier.Client.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Bearer(api, other).GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await RefreshAsync(api, other)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
        await Bearer(api, fresh).GetJsonAsync("/api/v1/accounts/me");
        await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = carrier.Email, password = TestData.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        await TokenAsync(api, carrier.Email, NewPassword);
    }

    [Theory]
    [InlineData("Officer")]
    [InlineData("Analyst")]
    [InlineData("Registrar")]
    public async Task Staff_sign_in_with_a_TOTP_code_which_is_refused_when_missing_wrong_or_used_again(string role)
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var staff = await api.StaffAsync(registrar, role);
        var authenticator = api.Authenticators[staff.Email];
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var signIn = "/api/v1/auth/token";

        await (await api.CreateClient().PostAsJsonAsync(signIn, new { email = staff.Email, password = TestData.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "totp-required");
        var wrong = authenticator.CodeAt(api.Clock.GetUtcNow()) == "000000" ? "111111" : "000000";
        await (await api.CreateClient().PostAsJsonAsync(signIn, new { email = staff.Email, password = TestData.Password, totpCode = wrong }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-totp-code");
        var code = authenticator.CodeAt(api.Clock.GetUtcNow());
        var token = await TokenAsync(api, staff.Email, TestData.Password, code);
        token["setup"]!.AsArray().ShouldBeEmpty();

        await (await api.CreateClient().PostAsJsonAsync(signIn, new { email = staff.Email, password = TestData.Password, totpCode = code }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-totp-code");
    }

    [Fact]
    public async Task Staff_without_an_authenticator_may_only_enrol_one_and_the_secret_is_shown_once_and_stored_encrypted()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var email = "officer-new@seo.test";
        var created = await (await registrar.Client.PostAsJsonAsync("/api/v1/admin/users", new { email, role = "Officer", displayName = "Officer", password = TestData.Password }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        var officerId = new Domain.Accounts.AccountId(Guid.Parse(created["account"].Str("id")));

        var restricted = await TokenAsync(api, email, TestData.Password);
        restricted["setup"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["enrol-totp"]);
        var client = Bearer(api, restricted);
        await (await client.GetAsync("/api/v1/admin/crossings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "account-setup-required");
        await client.GetJsonAsync("/api/v1/accounts/me");

        var enrolment = await (await client.PostAsync("/api/v1/accounts/me/totp", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var secret = enrolment.Str("secret");
        enrolment.Str("otpauthUri").ShouldStartWith("otpauth://totp/Seo%3Aofficer-new%40seo.test?secret=" + secret);
        enrolment.Str("otpauthUri").ShouldContain("algorithm=SHA1&digits=6&period=30");
        var stored = await api.ReadStoreAsync(db => db.Accounts.Where(a => a.Id == officerId)
            .Select(a => EF.Property<string>(a, "PendingTotpSecret")).SingleAsync());
        stored.ShouldStartWith("pd1.");
        stored.ShouldNotContain(secret);

        var authenticator = Authenticator.FromBase32(secret);
        var confirmed = await (await client.PostAsJsonAsync("/api/v1/accounts/me/totp/confirm", new { code = authenticator.CodeAt(api.Clock.GetUtcNow()) }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        confirmed["setup"]!.AsArray().ShouldBeEmpty();
        (await client.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the restricted session ended with the enrolment");
        await Bearer(api, confirmed).GetJsonAsync("/api/v1/admin/crossings");
        await (await Bearer(api, confirmed).PostAsync("/api/v1/accounts/me/totp", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "totp-already-enrolled");
    }

    [Fact]
    public async Task The_first_registrar_without_a_configured_authenticator_must_set_a_new_password_and_enrol_before_anything_else()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Bootstrap:RegistrarTotpSecret"] = null });
        const string NewPassword = "the-first-one-chose-this";

        var first = await TokenAsync(api, SeoApiFactory.RegistrarEmail, SeoApiFactory.RegistrarPassword);

        first["setup"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["change-password", "enrol-totp"]);
        var client = Bearer(api, first);
        await (await client.GetAsync("/api/v1/admin/devices")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "account-setup-required");
        await (await client.PostAsJsonAsync("/api/v1/admin/users", new { email = "x@seo.test", role = "Officer", displayName = "X" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "account-setup-required");

        var afterPassword = await (await client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = SeoApiFactory.RegistrarPassword, newPassword = NewPassword }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        afterPassword["setup"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["enrol-totp"]);
        client = Bearer(api, afterPassword);
        await (await client.GetAsync("/api/v1/admin/devices")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "account-setup-required");

        var enrolment = await (await client.PostAsync("/api/v1/accounts/me/totp", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var authenticator = Authenticator.FromBase32(enrolment.Str("secret"));
        var ready = await (await client.PostAsJsonAsync("/api/v1/accounts/me/totp/confirm", new { code = authenticator.NextCode(api.Clock.GetUtcNow()) }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        ready["setup"]!.AsArray().ShouldBeEmpty();
        await Bearer(api, ready).GetJsonAsync("/api/v1/admin/devices");
        await TokenAsync(api, SeoApiFactory.RegistrarEmail, NewPassword, authenticator.NextCode(api.Clock.GetUtcNow()));
    }
}
