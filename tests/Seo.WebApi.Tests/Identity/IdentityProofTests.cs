using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Identity;

/// <summary>R15, R16.3: an owner's IIN/BIN is proven with a signing certificate before its trucks are booked; organisations delegate dispatchers.</summary>
public sealed class IdentityProofTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    private readonly SeoApiFactory _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    /// <summary>A resident legal entity with BIN <paramref name="bin"/>, registered and signed in, not proven.</summary>
    private async Task<(Session Session, int N)> CompanyAsync(string bin)
    {
        var n = TestData.Next();
        var registration = TestData.Registration(n);
        registration["kind"] = "LegalEntity";
        registration["organisationName"] = "Trans Test LLP";
        registration["taxId"] = bin;
        return (await _api.RegisterAsync(registration), n);
    }

    private static async Task<JsonObject> ChallengeAsync(Session session) =>
        await (await session.Client.PostAsync("/api/v1/accounts/me/identity-proof/challenge", null)).ShouldHaveStatusAsync(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> ProveAsync(Session session, string challenge, AsymmetricAlgorithm key, params X509Certificate2[] chain) =>
        session.Client.PostAsJsonAsync("/api/v1/accounts/me/identity-proof", new
        {
            challenge,
            signature = TestCertificates.Sign(key, challenge),
            certificates = chain.Select(c => Convert.ToBase64String(c.RawData)).ToArray(),
        });

    private DateTimeOffset Now => _api.Clock.GetUtcNow();

    [Fact]
    public async Task R15_an_unproven_resident_cannot_book_its_trucks_and_books_once_the_iin_is_proven()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n));
        (await carrier.Client.GetJsonAsync("/api/v1/accounts/me")).Str("identityProof").ShouldBe("Required");
        var before = await _api.SnapshotAsync();

        var refused = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(n, Tomorrow, "10:00"));

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "owner-identity-not-proven", "R15");
        (await _api.SnapshotAsync()).ShouldBe(before);

        await carrier.ProveIdentityAsync(_api, iin: TestData.Iin(n));
        var me = await carrier.Client.GetJsonAsync("/api/v1/accounts/me");
        me.Str("identityProof").ShouldBe("Proven");
        DateTimeOffset.Parse(me.Str("identityProvenAt"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(Now);
        await carrier.BookAsync(TestData.Booking(n, Tomorrow, "10:00"));
    }

    [Fact]
    public async Task R15_a_non_resident_without_a_tax_id_books_without_a_certificate()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n, "NonResident"));

        (await carrier.Client.GetJsonAsync("/api/v1/accounts/me")).Str("identityProof").ShouldBe("NotApplicable");
        await (await carrier.Client.PostAsync("/api/v1/accounts/me/identity-proof/challenge", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-tax-id-to-prove");
        await carrier.BookAsync(TestData.Booking(n, Tomorrow, "10:00"));
    }

    [Fact]
    public async Task R16_3_a_legal_entity_is_proven_by_the_bin_in_its_certificates_ou_with_an_rsa_key()
    {
        var bin = TestData.Bin(TestData.Next());
        var (company, _) = await CompanyAsync(bin);
        var challenge = (await ChallengeAsync(company)).Str("challenge");
        using var key = RSA.Create(2048);
        using var certificate = TestCertificates.Issue(key, Now.AddDays(-1), Now.AddYears(1), iin: TestData.Iin(1), bin: bin);

        var proven = await (await ProveAsync(company, challenge, key, certificate, TestCertificates.Root)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        proven.Str("identityProof").ShouldBe("Proven");
    }

    [Fact]
    public async Task R16_3_a_certificate_with_another_iin_is_refused_and_proves_nothing()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n));

        // The next serial with a valid check digit may be the account's own: take the first that differs.
        var another = Enumerable.Range(n + 1, 20).Select(TestData.Iin).First(iin => iin != TestData.Iin(n));

        var refused = await carrier.SendIdentityProofAsync(_api, iin: another);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "identity-tax-id-mismatch", "R16.3");
        (await carrier.Client.GetJsonAsync("/api/v1/accounts/me")).Str("identityProof").ShouldBe("Required");
    }

    [Fact]
    public async Task R15_a_certificate_from_an_untrusted_root_is_refused()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n));
        var challenge = (await ChallengeAsync(carrier)).Str("challenge");
        var (root, rootKey) = TestCertificates.UntrustedRoot();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = TestCertificates.Issue(key, Now.AddDays(-1), Now.AddYears(1), iin: TestData.Iin(n), issuer: (root, rootKey));

        var refused = await ProveAsync(carrier, challenge, key, certificate, root);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "identity-certificate-untrusted", "R15");
        root.Dispose();
        rootKey.Dispose();
    }

    [Fact]
    public async Task R15_an_expired_certificate_is_refused_at_the_apps_time()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n));
        var challenge = (await ChallengeAsync(carrier)).Str("challenge");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = TestCertificates.Issue(key, Now.AddYears(-2), Now.AddDays(-1), iin: TestData.Iin(n));

        var refused = await ProveAsync(carrier, challenge, key, certificate, TestCertificates.Root);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "identity-certificate-expired", "R15");
    }

    [Fact]
    public async Task R15_a_signature_by_another_key_is_refused()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n));
        var challenge = (await ChallengeAsync(carrier)).Str("challenge");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = TestCertificates.Issue(key, Now.AddDays(-1), Now.AddYears(1), iin: TestData.Iin(n));

        var refused = await ProveAsync(carrier, challenge, otherKey, certificate, TestCertificates.Root);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "identity-signature-invalid", "R15");
    }

    [Fact]
    public async Task R15_a_certificate_whose_key_usage_excludes_signatures_is_refused()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n));
        var challenge = (await ChallengeAsync(carrier)).Str("challenge");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = TestCertificates.Issue(key, Now.AddDays(-1), Now.AddYears(1), iin: TestData.Iin(n), usage: X509KeyUsageFlags.KeyAgreement);

        var refused = await ProveAsync(carrier, challenge, key, certificate, TestCertificates.Root);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "identity-certificate-not-for-signing", "R15");
    }

    [Fact]
    public async Task R15_a_used_challenge_and_an_expired_one_are_refused_each_with_its_code()
    {
        var n = TestData.Next();
        var carrier = await _api.RegisterAsync(TestData.Registration(n));
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = TestCertificates.Issue(key, Now.AddDays(-1), Now.AddYears(1), iin: TestData.Iin(n));

        var expiring = (await ChallengeAsync(carrier)).Str("challenge");
        _api.Clock.Advance(TimeSpan.FromMinutes(5));
        await (await ProveAsync(carrier, expiring, key, certificate, TestCertificates.Root))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "identity-challenge-expired", "R15");

        var challenge = (await ChallengeAsync(carrier)).Str("challenge");
        await (await ProveAsync(carrier, challenge, key, certificate, TestCertificates.Root)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await ProveAsync(carrier, challenge, key, certificate, TestCertificates.Root))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "identity-challenge-used", "R15");
        await (await ProveAsync(carrier, expiring, key, certificate, TestCertificates.Root))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "identity-challenge-not-found", "R15");
    }

    [Fact]
    public async Task R15_certificates_that_are_not_certificates_are_400_invalid_certificate()
    {
        var carrier = await _api.RegisterAsync(TestData.Registration(TestData.Next()));
        var challenge = (await ChallengeAsync(carrier)).Str("challenge");

        var refused = await carrier.Client.PostAsJsonAsync("/api/v1/accounts/me/identity-proof", new
        {
            challenge,
            signature = Convert.ToBase64String(new byte[64]),
            certificates = new[] { Convert.ToBase64String("not a certificate"u8.ToArray()) },
        });

        await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-certificate");
    }

    [Fact]
    public async Task R15_a_second_account_proving_a_bound_bin_is_refused_and_the_first_keeps_it()
    {
        var bin = TestData.Bin(TestData.Next());
        var (first, _) = await CompanyAsync(bin);
        await first.ProveIdentityAsync(_api, iin: TestData.Iin(1), bin: bin);
        var (second, _) = await CompanyAsync(bin);

        var refused = await second.SendIdentityProofAsync(_api, iin: TestData.Iin(2), bin: bin);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "tax-id-already-proven", "R15");
        (await second.Client.GetJsonAsync("/api/v1/accounts/me")).Str("identityProof").ShouldBe("Required");
        // Stored encrypted: compared once read, not in the query.
        (await _api.ReadStoreAsync(async db => (await db.Accounts.ToListAsync()).Count(a => a.ProvenTaxId == bin))).ShouldBe(1);
    }

    [Fact]
    public async Task R15_a_dispatcher_books_the_organisations_trucks_after_delegation_and_not_after_revocation()
    {
        var bin = TestData.Bin(TestData.Next());
        var (company, _) = await CompanyAsync(bin);
        await company.ProveIdentityAsync(_api, iin: TestData.Iin(1), bin: bin);
        var n = TestData.Next();
        var dispatcher = await _api.RegisterAsync(TestData.Registration(n, "NonResident"));
        var onBehalf = TestData.Booking(n, Tomorrow, "10:00");
        onBehalf["onBehalfOf"] = company.AccountId;

        await (await dispatcher.Client.PostAsJsonAsync("/api/v1/bookings", onBehalf)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-dispatcher", "R15");

        var added = await (await company.Client.PostAsJsonAsync("/api/v1/accounts/me/dispatchers", new { accountId = dispatcher.AccountId }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        added.Str("accountId").ShouldBe(dispatcher.AccountId.ToString());
        added["active"]!.GetValue<bool>().ShouldBeTrue();
        (await dispatcher.Client.GetJsonAsync("/api/v1/accounts/me"))["dispatcherFor"]!.AsArray().Select(x => x!.GetValue<Guid>()).ShouldBe([company.AccountId]);

        var booking = await dispatcher.BookAsync(onBehalf);
        (await company.MyBookingsAsync()).Select(b => b!.Str("id")).ShouldContain(booking.Str("id"));

        await (await company.Client.DeleteAsync($"/api/v1/accounts/me/dispatchers/{dispatcher.AccountId}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var again = TestData.Booking(TestData.Next(), Tomorrow, "11:00");
        again["onBehalfOf"] = company.AccountId;
        await (await dispatcher.Client.PostAsJsonAsync("/api/v1/bookings", again)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-dispatcher", "R15");
        var list = await company.Client.GetAsync("/api/v1/accounts/me/dispatchers");
        var rows = JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray();
        rows.ShouldHaveSingleItem()!["active"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task R15_only_a_proven_legal_entity_adds_dispatchers()
    {
        var person = await _api.CarrierAsync();
        var other = await _api.RegisterAsync(TestData.Registration(TestData.Next(), "NonResident"));

        var refused = await person.Client.PostAsJsonAsync("/api/v1/accounts/me/dispatchers", new { accountId = other.AccountId });

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-an-organisation", "R15");
    }
}
