using Microsoft.EntityFrameworkCore;
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

        (await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted)).Str("email").ShouldBe(TestData.Email(n));
        var account = await (await api.SignInAsync(TestData.Email(n), TestData.Password)).Client.GetJsonAsync("/api/v1/accounts/me");
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
        await (await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n))).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        var account = await (await api.SignInAsync(TestData.Email(n), TestData.Password)).Client.GetJsonAsync("/api/v1/accounts/me");

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
        await (await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n))).ShouldHaveStatusAsync(HttpStatusCode.Accepted);

        var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = TestData.Email(n), password = "not-the-password" });
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@example.kz", password = TestData.Password });

        await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
    }

    [Fact]
    public async Task Registering_a_taken_email_answers_exactly_as_a_fresh_one_keeps_the_holders_account_and_tells_the_holder()
    {
        await using var api = new SeoApiFactory();
        var n = TestData.Next();
        var client = api.CreateClient();
        var first = await client.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n));
        var firstBody = await first.Content.ReadAsStringAsync();
        var impostor = TestData.Registration(n);
        impostor["password"] = "another-long-passphrase";

        var again = await client.PostAsJsonAsync("/api/v1/accounts", impostor);

        again.StatusCode.ShouldBe(first.StatusCode);
        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await again.Content.ReadAsStringAsync()).ShouldBe(firstBody);
        again.Headers.Location.ShouldBe(first.Headers.Location);
        again.Content.Headers.ContentType!.MediaType.ShouldBe(first.Content.Headers.ContentType!.MediaType);
        // The holder still signs in with their own password; the impostor's is refused.
        await api.SignInAsync(TestData.Email(n), TestData.Password);
        await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = TestData.Email(n), password = "another-long-passphrase" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        var notices = await api.ReadStoreAsync(db => db.OutboundMessages.Where(m => m.Kind == Seo.Domain.Messaging.MessageKind.RegistrationAttempt).ToListAsync());
        notices.ShouldHaveSingleItem().Text.ShouldContain("tried to register");
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("qwertyuiop")]
    [InlineData("carrier-and-carrier")]
    public async Task A_weak_or_common_password_or_one_with_the_emails_name_is_refused_and_makes_nothing(string password)
    {
        await using var api = new SeoApiFactory();
        var registration = TestData.Registration(TestData.Next());
        registration["email"] = "carrier@example.kz";
        registration["password"] = password;

        var response = await api.CreateClient().PostAsJsonAsync("/api/v1/accounts", registration);

        await response.ShouldBeValidationProblemAsync("weak-password", "password");
        (await api.ReadStoreAsync(db => db.Accounts.CountAsync(a => a.Role == Seo.Domain.Accounts.Role.User))).ShouldBe(0);
    }

    [Theory]
    [InlineData("Individual", "000000000000", "invalid-iin")]
    [InlineData("LegalEntity", "000000000000", "invalid-bin")]
    public async Task A_tax_id_of_all_zeros_is_refused_though_its_check_digit_passes(string kind, string taxId, string code)
    {
        await using var api = new SeoApiFactory();
        var registration = TestData.Registration(TestData.Next());
        registration["kind"] = kind;
        registration["organisationName"] = "Zero LLP";
        registration["taxId"] = taxId;

        var response = await api.CreateClient().PostAsJsonAsync("/api/v1/accounts", registration);

        await response.ShouldBeValidationProblemAsync(code, "taxId");
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
