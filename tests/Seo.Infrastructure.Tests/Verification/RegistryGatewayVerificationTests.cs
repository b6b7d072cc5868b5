using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Verification;
using Seo.Infrastructure.Verification.Gateway;

namespace Seo.Infrastructure.Tests.Verification;

public sealed class RegistryGatewayVerificationTests : IAsyncLifetime
{
    private const string ApiKey = "test-key-not-a-secret";

    private readonly FakeTimeProvider clock = new(TestData.Now);
    private StubGateway gateway = null!;
    private ServiceProvider? services;

    public async Task InitializeAsync() => gateway = await StubGateway.StartAsync();

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await gateway.DisposeAsync();
    }

    private static VerificationSubject Subject() =>
        new(
            new BookingOwner(AccountId.New(), OwnerKind.LegalEntity, Residency.Resident, "Kazakh Trans LLP", "123456789012"),
            TestData.Truck(),
            [TestData.Driver(), TestData.Driver("Бекова")],
            TestData.BookedDate,
            new Cargo(true, "10000000/011226/0000001", "VET-KZ-2026-42"),
            PriorityCategory.LiveAnimals);

    private static CheckRequirement[] Checks(params RegistryCheck[] checks) => [.. checks.Select(c => new CheckRequirement(c, CheckEffect.Blocking))];

    /// <summary>The adapter as DI builds it, with its HttpClient pipeline on real time and <see cref="clock"/> for CheckedAt and the deadline.</summary>
    private RegistryGatewayVerification Adapter(int retries = 0, TimeSpan? timeout = null, TimeSpan? deadline = null, TimeProvider? deadlineClock = null)
    {
        var options = new RegistryGatewayOptions
        {
            BaseUrl = gateway.BaseUrl,
            ApiKey = ApiKey,
            Retries = retries,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
            Deadline = deadline ?? TimeSpan.FromSeconds(10),
        };
        services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddRegistryGateway(options).BuildServiceProvider();
        return ActivatorUtilities.CreateInstance<RegistryGatewayVerification>(services, deadlineClock ?? clock);
    }

    private static Task Reply(HttpContext context, string body) => StubAnswers.Reply(context, 200, body);

    [Fact]
    public async Task Each_verdict_is_mapped_and_the_checks_run_concurrently()
    {
        // Each call waits until all three have arrived: run one after another, they would never answer.
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gateway.Answer = async (check, _, context) =>
        {
            if (Interlocked.Increment(ref arrived) == 3)
            {
                allArrived.SetResult();
            }

            try
            {
                await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(4), context.RequestAborted);
            }
            catch (TimeoutException)
            {
                await StubAnswers.Reply(context, 503, "{}");
                return;
            }

            await Reply(context, check switch
            {
                1 => StubGateway.Verdict("passed", source: "gateway: accounts"),
                2 => StubGateway.Verdict("failed", "not registered", "REF-2", "gateway: vehicles"),
                _ => StubGateway.Verdict("notApplicable", source: "gateway: veterinary"),
            });
        };

        var outcomes = await Adapter().VerifyAsync(
            Subject(), Checks(RegistryCheck.UserAccountExists, RegistryCheck.VehicleRegistered, RegistryCheck.VeterinaryPhytosanitaryCertificates), CancellationToken.None);

        outcomes.Select(o => (o.Check, o.Verdict, o.Source)).ShouldBe(
        [
            (RegistryCheck.UserAccountExists, CheckVerdict.Passed, "gateway: accounts"),
            (RegistryCheck.VehicleRegistered, CheckVerdict.Failed, "gateway: vehicles"),
            (RegistryCheck.VeterinaryPhytosanitaryCertificates, CheckVerdict.NotApplicable, "gateway: veterinary"),
        ]);
        outcomes.ShouldAllBe(o => o.CheckedAt == TestData.Now);
    }

    [Fact]
    public async Task A_failed_check_carries_its_reason_and_reference()
    {
        gateway.Answer = (_, _, context) => Reply(context, StubGateway.Verdict("failed", "tax debt of 12 000 KZT", "KGD-2026-000123", "gateway: KGD"));

        var outcome = (await Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.NoTaxDebt), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Check.ShouldBe(RegistryCheck.NoTaxDebt);
        outcome.Verdict.ShouldBe(CheckVerdict.Failed);
        outcome.Reason.ShouldBe("tax debt of 12 000 KZT");
        outcome.Reference.ShouldBe("KGD-2026-000123");
        outcome.Source.ShouldBe("gateway: KGD");
    }

    [Fact]
    public async Task A_5xx_that_recovers_after_a_retry_is_believed()
    {
        gateway.Answer = (_, call, context) => call == 1 ? StubAnswers.Reply(context, 503, "{}") : Reply(context, StubGateway.Verdict("passed"));

        var outcome = (await Adapter(retries: 2).VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Verdict.ShouldBe(CheckVerdict.Passed);
        gateway.CallsTo(2).ShouldBe(2);
    }

    [Fact]
    public async Task A_5xx_that_never_recovers_is_unavailable_after_the_retries()
    {
        gateway.Answer = (_, _, context) => StubAnswers.Reply(context, 500, StubGateway.Verdict("passed"));

        var outcome = (await Adapter(retries: 2).VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcome.Reason.ShouldNotBeNull().ShouldContain("HTTP 500");
        gateway.CallsTo(2).ShouldBe(3);
    }

    [Fact]
    public async Task A_4xx_is_unavailable_and_not_retried()
    {
        gateway.Answer = (_, _, context) => StubAnswers.Reply(context, 400, StubGateway.Verdict("passed"));

        var outcome = (await Adapter(retries: 2).VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcome.Reason.ShouldNotBeNull().ShouldContain("HTTP 400");
        gateway.CallsTo(2).ShouldBe(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_check_that_does_not_answer_in_time_is_unavailable_within_the_deadline(int retries)
    {
        gateway.Answer = (check, _, context) => check == 4 ? StubAnswers.Hang(context) : Reply(context, StubGateway.Verdict("passed"));
        // Each attempt's timeout is long enough for a loaded agent to make the call at all, and the
        // deadline longer than every attempt.
        var deadline = TimeSpan.FromSeconds(10);
        var verification = Adapter(retries: retries, timeout: TimeSpan.FromSeconds(1), deadline: deadline, deadlineClock: TimeProvider.System);

        var elapsed = Stopwatch.StartNew();
        var outcomes = await verification.VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered, RegistryCheck.VehicleNotWanted), CancellationToken.None);
        elapsed.Stop();

        outcomes[0].Verdict.ShouldBe(CheckVerdict.Passed);
        outcomes[1].Verdict.ShouldBe(CheckVerdict.Unavailable);

        // The attempts the adapter made, counted as they left it. The stub's own count is no measure:
        // on a loaded agent a timed-out attempt can be cut off before the stub has read it.
        outcomes[1].Reason.ShouldNotBeNull().ShouldContain($"no answer within 1 s, {retries + 1} attempt(s)");
        gateway.CallsTo(4).ShouldBeGreaterThanOrEqualTo(1);
        elapsed.Elapsed.ShouldBeLessThan(deadline);
    }

    [Fact]
    public async Task The_deadline_cuts_off_a_check_still_waiting_and_keeps_the_answers_in_time()
    {
        gateway.Answer = (check, _, context) => check == 4 ? StubAnswers.Hang(context) : Reply(context, StubGateway.Verdict("passed"));
        var verification = Adapter(timeout: TimeSpan.FromSeconds(30), deadline: TimeSpan.FromMilliseconds(300), deadlineClock: TimeProvider.System);

        var elapsed = Stopwatch.StartNew();
        var outcomes = await verification.VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered, RegistryCheck.VehicleNotWanted), CancellationToken.None);
        elapsed.Stop();

        outcomes[0].Verdict.ShouldBe(CheckVerdict.Passed);
        outcomes[1].Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcomes[1].Reason.ShouldNotBeNull().ShouldContain("deadline of 0.3 s");
        elapsed.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"verdict\":\"passed\",")]
    [InlineData("[\"passed\"]")]
    [InlineData("{\"verdict\":true,\"source\":\"x\"}")]
    public async Task A_malformed_answer_is_unavailable(string body)
    {
        gateway.Answer = (_, _, context) => Reply(context, body);

        var outcome = (await Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcome.Reason.ShouldNotBeNull().ShouldContain("not valid JSON");
    }

    [Theory]
    [InlineData("{\"source\":\"x\"}", "no verdict")]
    [InlineData("{\"verdict\":null,\"source\":\"x\"}", "no verdict")]
    [InlineData("{\"verdict\":\"ok\",\"source\":\"x\"}", "'ok' is not passed")]
    [InlineData("{\"verdict\":\"passed\"}", "does not name its source")]
    [InlineData("{\"verdict\":\"failed\",\"source\":\"x\"}", "failed without a reason")]
    [InlineData("null", "empty")]
    public async Task An_answer_missing_its_verdict_or_fields_is_unavailable(string body, string reason)
    {
        gateway.Answer = (_, _, context) => Reply(context, body);

        var outcome = (await Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcome.Reason.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public async Task The_api_key_is_sent_as_a_header_with_the_subject_in_the_body()
    {
        await Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.DriverNotWanted), CancellationToken.None);

        var (check, apiKey, body) = gateway.Received.ShouldHaveSingleItem();
        check.ShouldBe(5);
        apiKey.ShouldBe(ApiKey);
        body.GetProperty("check").GetInt32().ShouldBe(5);
        body.GetProperty("checkName").GetString().ShouldBe("driverNotWanted");
        body.GetProperty("owner").GetProperty("residency").GetString().ShouldBe("resident");
        body.GetProperty("owner").GetProperty("taxId").GetString().ShouldBe("123456789012");
        body.GetProperty("vehicle").GetProperty("plate").GetString().ShouldBe("123ABC02");
        body.GetProperty("vehicle").GetProperty("vin").GetString().ShouldBe(TestData.Vin);
        body.GetProperty("vehicle").GetProperty("country").GetString().ShouldBe("KZ");
        body.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("documentNumber").GetString()).ShouldBe(["N1234567", "N1234567"]);
        body.GetProperty("bookedDate").GetString().ShouldBe("2026-12-01");
    }

    [Fact]
    public async Task R18_the_cargo_its_papers_the_priority_ground_and_each_drivers_phone_are_sent()
    {
        await Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.CustomsDeclarations), CancellationToken.None);

        var (_, _, body) = gateway.Received.ShouldHaveSingleItem();
        var cargo = body.GetProperty("cargo");
        cargo.GetProperty("underVeterinaryOrPhytosanitaryControl").GetBoolean().ShouldBeTrue();
        cargo.GetProperty("customsDeclaration").GetString().ShouldBe("10000000/011226/0000001");
        cargo.GetProperty("veterinaryCertificate").GetString().ShouldBe("VET-KZ-2026-42");
        body.GetProperty("priority").GetString().ShouldBe("liveAnimals");
        body.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("phone").GetString())
            .ShouldBe([TestData.Driver().Phone.Value, TestData.Driver("Бекова").Phone.Value]);
    }

    [Fact]
    public async Task R20_a_passed_checks_validUntil_is_kept_as_its_term()
    {
        gateway.Answer = (_, _, context) => Reply(context, "{\"verdict\":\"passed\",\"source\":\"gateway: insurance\",\"validUntil\":\"2026-12-15\"}");

        var outcome = (await Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.LiabilityInsurance), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Verdict.ShouldBe(CheckVerdict.Passed);
        outcome.ValidUntil.ShouldBe(new DateOnly(2026, 12, 15));
    }

    [Theory]
    [InlineData("\"15.12.2026\"")]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"2026-12-15T00:00:00Z\"")]
    [InlineData("\"\"")]
    [InlineData("20261215")]
    public async Task R20_a_malformed_validUntil_makes_the_check_unavailable(string validUntil)
    {
        gateway.Answer = (_, _, context) => Reply(context, "{\"verdict\":\"passed\",\"source\":\"gateway: insurance\",\"validUntil\":" + validUntil + "}");

        var outcome = (await Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.LiabilityInsurance), CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcome.ValidUntil.ShouldBeNull();
    }

    [Fact]
    public async Task Nothing_passes_unless_the_gateway_said_so()
    {
        // Every check of R18 ends a different wrong way; none of them may come back passed.
        string?[] wrongAnswers = ["{}", "{\"verdict\":\"PASS\",\"source\":\"x\"}", "{\"verdict\":\"passed\"}", "", "<html>ok</html>", "{\"verdict\":\"passed\",\"source\":\"x\"", null];
        gateway.Answer = (check, _, context) => wrongAnswers[check % wrongAnswers.Length] is { } body
            ? (check % 3 == 0 ? StubAnswers.Reply(context, 502, StubGateway.Verdict("passed")) : Reply(context, body))
            : StubAnswers.Hang(context);
        var all = VerificationPolicy.RequirementsFor(Residency.Resident);

        var outcomes = await Adapter(timeout: TimeSpan.FromMilliseconds(300)).VerifyAsync(Subject(), all, CancellationToken.None);

        outcomes.Count.ShouldBe(18);
        outcomes.ShouldAllBe(o => o.Verdict == CheckVerdict.Unavailable && o.Reason != null);
        new VerificationReport(all, outcomes).Decide().IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public async Task A_check_that_keeps_failing_opens_its_own_circuit_and_no_other_and_readiness_names_it()
    {
        gateway.Answer = (check, _, context) => check == 9 ? StubAnswers.Reply(context, 500, "{}") : Reply(context, StubGateway.Verdict("passed"));
        var verification = Adapter();
        var checks = Checks(RegistryCheck.VehicleRegistered, RegistryCheck.NoTaxDebt);
        var health = services!.GetRequiredService<HealthCheckService>();
        async Task<HealthReportEntry> GatewayEntry() => (await health.CheckHealthAsync(check => check.Name == "registry-gateway")).Entries["registry-gateway"];
        (await GatewayEntry()).Status.ShouldBe(HealthStatus.Healthy);
        for (var i = 0; i < 5; i++)
        {
            (await verification.VerifyAsync(Subject(), checks, CancellationToken.None))[1].Reason.ShouldNotBeNull().ShouldContain("HTTP 500");
        }

        var outcomes = await verification.VerifyAsync(Subject(), checks, CancellationToken.None);

        outcomes[0].Verdict.ShouldBe(CheckVerdict.Passed);
        outcomes[1].Verdict.ShouldBe(CheckVerdict.Unavailable);
        outcomes[1].Reason.ShouldNotBeNull().ShouldContain("circuit");
        gateway.CallsTo(9).ShouldBe(5);
        gateway.CallsTo(2).ShouldBe(6);

        var readiness = await GatewayEntry();
        readiness.Status.ShouldBe(HealthStatus.Degraded);
        readiness.Description.ShouldNotBeNull().ShouldContain("NoTaxDebt (Open)");
        readiness.Description.ShouldNotContain(nameof(RegistryCheck.VehicleRegistered));
        readiness.Data.ShouldContainKeyAndValue(nameof(RegistryCheck.NoTaxDebt), "Open");
    }

    [Fact]
    public async Task The_callers_cancellation_is_thrown_not_reported_as_unavailable()
    {
        gateway.Answer = (_, _, context) => StubAnswers.Hang(context);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Adapter().VerifyAsync(Subject(), Checks(RegistryCheck.VehicleRegistered), cancelled.Token));
    }
}
