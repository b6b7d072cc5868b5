using System.Net;
using System.Net.Http.Json;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Accounts;

public sealed class AccountTests
{
    [Theory]
    [InlineData("Resident", "StatePersonalDataService")]
    [InlineData("NonResident", "UserAgreement")]
    public async Task R16_registration_signs_the_agreement_and_records_the_consent_channel(string residency, string channel)
    {
        await using var api = new SeoApiFactory();
        var n = TestData.Next();

        var response = await api.CreateClient().PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n, residency));

        var account = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe("/api/v1/accounts/me");
        account.Str("role").ShouldBe("User");
        account.Str("email").ShouldBe(TestData.Email(n));
        account.Str("residency").ShouldBe(residency);
        account.Str("consentChannel").ShouldBe(channel);
        account.Str("agreementVersion").ShouldBe("2023-07-01");
        DateTimeOffset.Parse(account.Str("agreementSignedAt"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(SeoApiFactory.Start);
        account.ContainsKey("password").ShouldBeFalse();
        account.ContainsKey("passwordHash").ShouldBeFalse();
    }

    [Fact]
    public async Task Token_is_a_bearer_token_for_the_account_and_its_role()
    {
        await using var api = new SeoApiFactory();
        var n = TestData.Next();
        var client = api.CreateClient();
        var account = await (await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = TestData.Email(n), password = TestData.Password }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        token.Str("tokenType").ShouldBe("Bearer");
        token.Str("accountId").ShouldBe(account.Str("id"));
        token.Str("role").ShouldBe("User");
        token.Str("accessToken").Split('.').Length.ShouldBe(3);
        DateTimeOffset.Parse(token.Str("expiresAt"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(SeoApiFactory.Start);
    }

    [Fact]
    public async Task Token_with_a_wrong_password_or_unknown_email_is_401_with_the_same_code()
    {
        await using var api = new SeoApiFactory();
        var n = TestData.Next();
        var client = api.CreateClient();
        await (await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = TestData.Email(n), password = "not-the-password" });
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@example.kz", password = TestData.Password });

        await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
    }

    [Fact]
    public async Task Registering_the_same_email_twice_is_409_email_taken()
    {
        await using var api = new SeoApiFactory();
        var n = TestData.Next();
        var client = api.CreateClient();
        await (await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var again = await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n));

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "email-taken");
    }

    [Fact]
    public async Task R15_registration_without_accepting_the_agreement_is_refused()
    {
        await using var api = new SeoApiFactory();
        var registration = TestData.Registration(TestData.Next());
        registration["acceptUserAgreement"] = false;

        var response = await api.CreateClient().PostAsJsonAsync("/api/v1/accounts", registration);

        await response.ShouldBeValidationProblemAsync("user-agreement-required", "acceptUserAgreement");
    }

    [Fact]
    public async Task The_account_holder_reads_their_own_account_at_the_registration_location()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var me = await carrier.Client.GetJsonAsync("/api/v1/accounts/me");

        me.Str("role").ShouldBe("User");
        me.Str("consentChannel").ShouldBe("StatePersonalDataService");
        (await api.CreateClient().GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
