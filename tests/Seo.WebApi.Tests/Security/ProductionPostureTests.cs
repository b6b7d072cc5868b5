using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Security;

public sealed class ProductionPostureTests
{
    private static readonly Uri Public = new("https://seo.example");

    /// <summary>Production declared a demo: it may run on the stand-ins, and everything else is as in production.</summary>
    private static SeoApiFactory ProductionDemo(params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Seo:Demo:Enabled"] = "true" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new SeoApiFactory(all, services: ClientAddresses.Add, environment: "Production");
    }

    private static HttpClient Client(SeoApiFactory api, Uri? baseAddress = null, bool followRedirects = false) =>
        api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress ?? Public, AllowAutoRedirect = followRedirects });

    [Fact]
    public async Task Production_refuses_to_start_on_the_simulated_registries_and_the_sandbox_acquirer_naming_the_demo_setting()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "true" }, environment: "Production");

        var refused = Should.Throw<InvalidOperationException>(() => api.CreateClient());

        refused.Message.ShouldContain("Seo:Demo:Enabled=true");
        refused.Message.ShouldContain("simulated registries");
        refused.Message.ShouldContain("Seo:Registries:Gateway:BaseUrl");
        refused.Message.ShouldContain("Seo:Sandbox:Enabled=false");
        refused.Message.ShouldContain("sandbox acquirer");
        refused.Message.ShouldContain("Seo:Payments:Gateway:BaseUrl");
    }

    [Fact]
    public async Task R24_production_on_real_adapters_refuses_to_start_without_the_bank_details_a_remittance_needs()
    {
        await using var api = new SeoApiFactory(
            new Dictionary<string, string?>
            {
                ["Seo:Registries:Gateway:BaseUrl"] = "https://registries.example/",
                ["Seo:Payments:Gateway:BaseUrl"] = "https://acquirer.example/",
                ["Seo:Remittance:RegistrarBin"] = "123456789012",
            },
            environment: "Production");

        var refused = Should.Throw<InvalidOperationException>(() => api.CreateClient());

        refused.Message.ShouldContain("R24");
        refused.Message.ShouldContain("Seo:Remittance:RegistrarAccount");
        refused.Message.ShouldContain("Seo:Remittance:BudgetClassificationCode");
        refused.Message.ShouldContain("Seo:Remittance:PaymentPurposeCode");
        refused.Message.ShouldNotContain("Seo:Remittance:RegistrarBin");
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public async Task Development_and_testing_run_on_the_stand_ins_without_the_demo_flag(string environment)
    {
        await using var api = new SeoApiFactory(environment: environment);

        (await api.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Production_redirects_plain_http_to_https_and_answers_https_with_HSTS()
    {
        await using var api = ProductionDemo();

        var plain = await Client(api, new Uri("http://seo.example")).GetAsync(new Uri("/api/v1/checkpoints", UriKind.Relative));
        var secure = await Client(api).GetAsync(new Uri("/api/v1/checkpoints", UriKind.Relative));

        plain.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        plain.Headers.Location.ShouldBe(new Uri("https://seo.example/api/v1/checkpoints"));
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000; includeSubDomains");
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_its_forwarded_scheme_counts_and_an_untrusted_senders_does_not()
    {
        await using var api = ProductionDemo(
            ("Seo:Hosting:ForwardedHeaders:Enabled", "true"),
            ("Seo:Hosting:ForwardedHeaders:KnownProxies:0", "10.0.0.5"));

        var viaProxy = ClientAddresses.From(api, "10.0.0.5", new Uri("http://seo.example"));
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");
        var spoofing = ClientAddresses.From(api, "192.0.2.50", new Uri("http://seo.example"));
        spoofing.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        (await viaProxy.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await spoofing.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/v1/checkpoints")]
    [InlineData("/api/v1/no-such-path")]
    [InlineData("/api/v1/accounts/me")]
    public async Task Every_answer_carries_the_security_headers_and_no_Server_header(string path)
    {
        await using var api = ProductionDemo();

        var response = await Client(api).GetAsync(new Uri(path, UriKind.Relative));

        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("geolocation=()");
        response.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Kestrel_is_told_not_to_send_a_Server_header()
    {
        await using var api = ProductionDemo();

        api.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.ShouldBeFalse();
    }

    [Fact]
    public async Task Token_answers_right_or_wrong_may_not_be_stored_by_any_cache()
    {
        await using var api = ProductionDemo();
        var client = Client(api);

        var issued = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = SeoApiFactory.RegistrarEmail, password = SeoApiFactory.RegistrarPassword, totpCode = RegistrarCode(api) });
        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = SeoApiFactory.RegistrarEmail, password = "wrong-password" });

        issued.StatusCode.ShouldBe(HttpStatusCode.OK);
        issued.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
    }

    [Theory]
    [InlineData("/docs")]
    [InlineData("/openapi/v1.json")]
    public async Task Production_publishes_the_API_reference_only_when_configured(string path)
    {
        await using var hidden = ProductionDemo();
        await using var published = ProductionDemo(("Seo:Hosting:ApiReference", "true"));

        (await Client(hidden, followRedirects: true).GetAsync(new Uri(path, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Client(published, followRedirects: true).GetAsync(new Uri(path, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_readiness_says_only_whether_the_API_is_ready_and_the_registrar_sees_each_store()
    {
        await using var api = ProductionDemo();

        var anonymous = await (await Client(api).GetAsync(new Uri("/health/ready", UriKind.Relative))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var registrar = Client(api);
        var token = await (await registrar.PostAsJsonAsync("/api/v1/auth/token", new { email = SeoApiFactory.RegistrarEmail, password = SeoApiFactory.RegistrarPassword, totpCode = RegistrarCode(api) }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        registrar.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        var detailed = await (await registrar.GetAsync(new Uri("/health/ready", UriKind.Relative))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        anonymous.ToJsonString().ShouldBe(new JsonObject { ["status"] = "Healthy" }.ToJsonString());
        detailed["checks"]!.AsArray().Select(c => c.Str("name")).ShouldContain("write-store:Sqlite");
    }

    /// <summary>The configured first registrar signs in with its authenticator's code, as staff do.</summary>
    private static string RegistrarCode(SeoApiFactory api) =>
        Authenticator.FromBase32(SeoApiFactory.RegistrarTotpSecret).CodeAt(api.Clock.GetUtcNow());
}
