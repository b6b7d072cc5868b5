using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;
using Seo.Domain.Payments;
using Seo.Infrastructure.Payments.Gateway;
using Seo.Tests.Shared;

namespace Seo.Infrastructure.Tests.Payments;

public sealed class GatewayCallbackSignatureTests
{
    [Fact]
    public void The_header_is_the_unix_time_and_the_lowercase_hex_hmac_of_time_dot_body()
    {
        // Worked out independently (HMAC-SHA256 of "1700000000.{body}" keyed with the secret's UTF-8 bytes).
        var header = GatewayCallbackSignature.Sign("""{"eventId":"e-1"}""", "0123456789abcdef0123456789abcdef", DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

        header.ShouldBe("t=1700000000,v1=b553400f7067a28805e9ff480e0b9bb81c3540b827e978715064aac068a3801a");
        GatewayCallbackSignature.HeaderName.ShouldBe("X-Gateway-Signature");
    }

    [Fact]
    public void A_callback_event_survives_the_round_trip_for_every_type()
    {
        foreach (var type in Enum.GetValues<GatewayEventType>())
        {
            var sent = new GatewayEvent("evt-1", type, Guid.NewGuid(), "pay_1", Money.Kzt(8_650.5m), TestData.Now.ToUniversalTime(), "a reason");

            GatewayCallbackBody.Parse(GatewayCallbackBody.Serialize(sent)).ShouldSucceed().ShouldBe(sent);
        }
    }

    [Fact]
    public void The_body_spells_the_contract()
    {
        var body = GatewayCallbackBody.Serialize(new GatewayEvent(
            "evt-1", GatewayEventType.PaymentSucceeded, Guid.Parse("0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10"), "pay_1", Money.Kzt(8_650m), TestData.Now, null));

        body.ShouldBe(
            """{"eventId":"evt-1","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T04:00:00Z","reason":null}""");
    }

    [Fact]
    public void A_random_secret_is_long_enough_new_each_time_and_never_shown()
    {
        var first = GatewayCallbackSecret.CreateRandom();
        var second = GatewayCallbackSecret.CreateRandom();

        first.Value.Length.ShouldBeGreaterThanOrEqualTo(PaymentGatewayOptions.MinimumCallbackSecretLength);
        first.Value.ShouldNotBe(second.Value);
        first.Tolerance.ShouldBe(TimeSpan.FromMinutes(5));
        first.ToString().ShouldNotContain(first.Value);
    }

    [Fact]
    public void A_short_secret_is_refused()
    {
        Should.Throw<ArgumentException>(() => new GatewayCallbackSecret(new string('s', 31), TimeSpan.FromMinutes(5)));
    }
}

public sealed class HmacGatewayCallbackAuthenticatorTests
{
    private const string Secret = "whsec-test-7c1e0f3a9b5d4e2f8a6c1b0d9e7f";

    private static readonly Guid IntentId = Guid.Parse("0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10");

    private readonly FakeTimeProvider clock = new(TestData.Now);

    private HmacGatewayCallbackAuthenticator Authenticator() => new(new GatewayCallbackSecret(Secret, TimeSpan.FromMinutes(5)), clock);

    private static GatewayEvent Event(GatewayEventType type = GatewayEventType.PaymentSucceeded) =>
        new("evt-42", type, IntentId, "pay_1", Money.Kzt(8_650m), TestData.Now.AddSeconds(-3).ToUniversalTime(), null);

    private string Signed(string body, TimeSpan? age = null, string secret = Secret) =>
        GatewayCallbackSignature.Sign(body, secret, clock.GetUtcNow() - (age ?? TimeSpan.Zero));

    [Fact]
    public void A_callback_signed_with_the_secret_just_now_is_believed()
    {
        var body = GatewayCallbackBody.Serialize(Event());

        Authenticator().Authenticate(body, Signed(body)).ShouldSucceed().ShouldBe(Event());
    }

    [Fact]
    public void Another_secret_is_a_forgery()
    {
        var body = GatewayCallbackBody.Serialize(Event());

        var error = Authenticator().Authenticate(body, Signed(body, secret: Secret + "x")).ShouldFailWith("gateway-signature-invalid");

        error.Kind.ShouldBe(ErrorKind.Unauthenticated);
    }

    [Fact]
    public void A_body_changed_after_signing_is_a_forgery()
    {
        var body = GatewayCallbackBody.Serialize(Event());
        var signature = Signed(body);
        var tampered = body.Replace("8650.00", "1.00", StringComparison.Ordinal);

        Authenticator().Authenticate(tampered, signature).ShouldFailWith("gateway-signature-invalid");
    }

    [Fact]
    public void A_time_changed_after_signing_is_a_forgery()
    {
        var body = GatewayCallbackBody.Serialize(Event());
        var signature = Signed(body, age: TimeSpan.FromHours(1));
        var seconds = clock.GetUtcNow().ToUnixTimeSeconds();
        var refreshed = $"t={seconds}," + signature.Split(',')[1];

        Authenticator().Authenticate(body, refreshed).ShouldFailWith("gateway-signature-invalid");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_callback_without_a_signature_is_refused(string? signature)
    {
        var error = Authenticator().Authenticate(GatewayCallbackBody.Serialize(Event()), signature).ShouldFailWith("gateway-signature-missing");

        error.Kind.ShouldBe(ErrorKind.Unauthenticated);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    [InlineData(0)]
    public void A_callback_within_the_tolerance_either_way_is_believed(int ageSeconds)
    {
        var body = GatewayCallbackBody.Serialize(Event());

        Authenticator().Authenticate(body, Signed(body, TimeSpan.FromSeconds(ageSeconds))).ShouldSucceed();
    }

    [Theory]
    [InlineData(301)]
    [InlineData(86_400)]
    [InlineData(-301)]
    [InlineData(-86_400)]
    public void A_callback_signed_too_long_ago_or_ahead_is_expired(int ageSeconds)
    {
        var body = GatewayCallbackBody.Serialize(Event());

        var error = Authenticator().Authenticate(body, Signed(body, TimeSpan.FromSeconds(ageSeconds))).ShouldFailWith("gateway-signature-expired");

        error.Kind.ShouldBe(ErrorKind.Unauthenticated);
    }

    [Fact]
    public void A_replay_later_than_the_tolerance_is_expired()
    {
        var body = GatewayCallbackBody.Serialize(Event());
        var signature = Signed(body);
        var authenticator = Authenticator();
        authenticator.Authenticate(body, signature).ShouldSucceed();

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        authenticator.Authenticate(body, signature).ShouldFailWith("gateway-signature-expired");
    }

    [Fact]
    public void One_matching_signature_among_several_is_enough_while_the_secret_rotates()
    {
        var body = GatewayCallbackBody.Serialize(Event());
        var old = Signed(body, secret: "an-old-secret-that-is-long-enough-000");
        var current = Signed(body);

        Authenticator().Authenticate(body, $"{old},{current.Split(',')[1]}").ShouldSucceed();
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("t=,v1={sig}")]
    [InlineData("t=abc,v1={sig}")]
    [InlineData("t=-{t},v1={sig}")]
    [InlineData("t={t}")]
    [InlineData("v1={sig}")]
    [InlineData("t={t},t={t},v1={sig}")]
    [InlineData("t={t},v1={sig}00")]
    [InlineData("t={t},v1=zz{sig}")]
    [InlineData("t={t},v1=")]
    [InlineData("t={t};v1={sig}")]
    [InlineData("t={t},=x,v1={sig}")]
    [InlineData("t=99999999999999999999,v1={sig}")]
    public void A_malformed_signature_header_is_refused(string form)
    {
        var body = GatewayCallbackBody.Serialize(Event());
        var signed = Signed(body);
        var header = form.Replace("{t}", signed[2..signed.IndexOf(',', StringComparison.Ordinal)], StringComparison.Ordinal)
            .Replace("{sig}", signed[(signed.IndexOf("v1=", StringComparison.Ordinal) + 3)..], StringComparison.Ordinal);

        Authenticator().Authenticate(body, header).ShouldFailWith("gateway-signature-invalid");
    }

    [Fact]
    public void A_very_long_header_is_refused_unread()
    {
        var body = GatewayCallbackBody.Serialize(Event());

        Authenticator().Authenticate(body, Signed(body) + "," + new string('x', 2_000)).ShouldFailWith("gateway-signature-invalid");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"eventId":"","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    [InlineData("""{"eventId":"e","type":"payment.settled","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"booking-1","paymentId":"pay_1","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":8650.00,"currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"1e4","currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"-5.00","currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"8650.00","currency":"KZT"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T03:59:57"}""")]
    [InlineData("""{"eventId":"e","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"8650.00","currency":"KZT","occurredAt":"yesterday"}""")]
    [InlineData("""{"eventId":"e","eventId":"f","type":"payment.succeeded","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","paymentId":"pay_1","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T03:59:57Z"}""")]
    public void A_signed_but_malformed_body_is_a_bad_request(string body)
    {
        var error = Authenticator().Authenticate(body, Signed(body)).ShouldFailWith(GatewayCallbackBody.MalformedCode);

        error.Kind.ShouldBe(ErrorKind.Validation);
    }

    [Fact]
    public void A_body_with_an_offset_time_is_read_as_that_instant()
    {
        const string body = """{"eventId":"e","type":"payment.declined","orderId":"0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10","amount":"8650.00","currency":"KZT","occurredAt":"2026-11-25T08:59:57+05:00","reason":"insufficient funds"}""";

        var gatewayEvent = Authenticator().Authenticate(body, Signed(body)).ShouldSucceed();

        gatewayEvent.Type.ShouldBe(GatewayEventType.PaymentDeclined);
        gatewayEvent.GatewayPaymentId.ShouldBeNull();
        gatewayEvent.OccurredAt.ShouldBe(TestData.Now.AddSeconds(-3));
        gatewayEvent.Reason.ShouldBe("insufficient funds");
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("kzt")]
    [InlineData(null)]
    public void An_amount_not_in_tenge_is_refused(string? currency)
    {
        var body = GatewayCallbackBody.Serialize(Event()).Replace("\"KZT\"", currency is null ? "null" : $"\"{currency}\"", StringComparison.Ordinal);

        var error = Authenticator().Authenticate(body, Signed(body)).ShouldFailWith("currency-not-accepted");

        error.Kind.ShouldBe(ErrorKind.Validation);
    }

    [Fact]
    public void A_forged_body_is_refused_before_it_is_read()
    {
        Authenticator().Authenticate("not json", Signed("something else")).ShouldFailWith("gateway-signature-invalid");
    }
}

public sealed class PaymentGatewayOptionsTests
{
    private static PaymentGatewayOptions Valid() => new()
    {
        BaseUrl = new Uri("https://acquirer.example.kz/api"),
        MerchantId = "SEO-REGISTRAR-01",
        ApiKey = "sk-live-not-shown",
    };

    private static ValidateOptionsResult Validate(PaymentGatewayOptions options) => new PaymentGatewayOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_with_an_address_and_credentials_are_valid()
    {
        var options = Valid();

        Validate(options).Succeeded.ShouldBeTrue();
        options.CallbackTolerance.ShouldBe(TimeSpan.FromMinutes(5));
        options.Timeout.ShouldBe(TimeSpan.FromSeconds(10));
        options.AttemptTimeout.ShouldBe(TimeSpan.FromSeconds(3));
        options.Retries.ShouldBe(2);
        options.RetryDelay.ShouldBe(TimeSpan.FromMilliseconds(200));
        options.BaseAddress.ShouldBe(new Uri("https://acquirer.example.kz/api/"));
        options.Callbackless.ShouldBeTrue();
    }

    private static readonly Dictionary<string, (Action<PaymentGatewayOptions> Break, string Message)> BrokenSettings = new()
    {
        ["case 1"] = (o => o.BaseUrl = null, "Seo:Payments:Gateway:BaseUrl must be an absolute http(s) URL"),
        ["case 2"] = (o => o.BaseUrl = new Uri("ftp://acquirer.example.kz"), "Seo:Payments:Gateway:BaseUrl must be an absolute http(s) URL"),
        ["case 3"] = (o => o.BaseUrl = new Uri("https://user:pass@acquirer.example.kz"), "Seo:Payments:Gateway:BaseUrl must not carry user information"),
        ["case 4"] = (o => o.MerchantId = " ", "Seo:Payments:Gateway:MerchantId is required"),
        ["case 5"] = (o => o.ApiKey = null, "Seo:Payments:Gateway:ApiKey is required"),
        ["case 6"] = (o => o.CallbackSecret = new string('s', 31), "Seo:Payments:Gateway:CallbackSecret must be at least 32 characters long (it has 31)"),
        ["case 7"] = (o => o.CallbackTolerance = TimeSpan.Zero, "Seo:Payments:Gateway:CallbackTolerance must be between 1 second and 1 hour"),
        ["case 8"] = (o => o.Timeout = TimeSpan.FromMilliseconds(5), "Seo:Payments:Gateway:Timeout must be between 10 ms and 1 day"),
        ["case 9"] = (o => o.AttemptTimeout = TimeSpan.FromSeconds(11), "Seo:Payments:Gateway:AttemptTimeout must be at least 10 ms and no longer than Timeout"),
        ["case 10"] = (o => o.Retries = 11, "Seo:Payments:Gateway:Retries must be between 0 and 10, not 11"),
        ["case 11"] = (o => o.Retries = -1, "Seo:Payments:Gateway:Retries must be between 0 and 10, not -1"),
        ["case 12"] = (o => o.RetryDelay = TimeSpan.FromMilliseconds(-1), "Seo:Payments:Gateway:RetryDelay must be between 0 and Timeout"),
    };

    public static TheoryData<string> Broken() => [.. BrokenSettings.Keys];

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_setting_is_named(string name)
    {
        var (breakIt, message) = BrokenSettings[name];
        var options = Valid();
        breakIt(options);

        var result = Validate(options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(message);
    }

    [Fact]
    public void No_message_shows_a_secret()
    {
        var options = Valid();
        options.CallbackSecret = "short-secret";
        options.Retries = 99;

        var result = Validate(options);

        result.FailureMessage.ShouldNotBeNull().ShouldNotContain("short-secret");
        result.FailureMessage.ShouldNotContain("sk-live-not-shown");
    }

    [Fact]
    public void The_configuration_is_bound_and_checked_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seo:Payments:Gateway:BaseUrl"] = "https://acquirer.example.kz",
            ["Seo:Payments:Gateway:MerchantId"] = "SEO-REGISTRAR-01",
            ["Seo:Payments:Gateway:ApiKey"] = "sk-live-not-shown",
            ["Seo:Payments:Gateway:CallbackSecret"] = new string('s', 40),
            ["Seo:Payments:Gateway:CallbackTolerance"] = "00:02:00",
            ["Seo:Payments:Gateway:Timeout"] = "00:00:20",
            ["Seo:Payments:Gateway:AttemptTimeout"] = "00:00:05",
            ["Seo:Payments:Gateway:Retries"] = "3",
            ["Seo:Payments:Gateway:RetryDelay"] = "00:00:00.500",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddHttpPaymentGateway(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<PaymentGatewayOptions>>().Value;

        options.BaseUrl.ShouldBe(new Uri("https://acquirer.example.kz"));
        options.CallbackTolerance.ShouldBe(TimeSpan.FromMinutes(2));
        options.Timeout.ShouldBe(TimeSpan.FromSeconds(20));
        options.AttemptTimeout.ShouldBe(TimeSpan.FromSeconds(5));
        options.Retries.ShouldBe(3);
        options.RetryDelay.ShouldBe(TimeSpan.FromMilliseconds(500));
        options.Callbackless.ShouldBeFalse();
        Should.NotThrow(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void A_missing_setting_stops_the_start_and_the_gateway_from_being_made()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seo:Payments:Gateway:BaseUrl"] = "https://acquirer.example.kz",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddHttpPaymentGateway(configuration).BuildServiceProvider();

        var exception = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IPaymentGateway>());

        exception.Message.ShouldContain("Seo:Payments:Gateway:MerchantId is required");
        exception.Message.ShouldContain("Seo:Payments:Gateway:ApiKey is required");
    }

    [Fact]
    public void The_callback_authenticator_takes_the_configured_secret()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seo:Payments:Gateway:CallbackSecret"] = new string('s', 40),
            ["Seo:Payments:Gateway:CallbackTolerance"] = "00:01:00",
        }).Build();
        using var services = new ServiceCollection().AddGatewayCallbackAuthenticator(configuration).BuildServiceProvider();

        services.GetRequiredService<IGatewayCallbackAuthenticator>().ShouldBeOfType<HmacGatewayCallbackAuthenticator>();
        var secret = services.GetRequiredService<GatewayCallbackSecret>();
        secret.Value.ShouldBe(new string('s', 40));
        secret.Tolerance.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData(null, "CallbackSecret is required")]
    [InlineData("too-short", "CallbackSecret must be at least 32 characters long (it has 9)")]
    public void The_callback_authenticator_needs_a_long_enough_secret(string? secret, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seo:Payments:Gateway:CallbackSecret"] = secret,
        }).Build();

        var exception = Should.Throw<OptionsValidationException>(() => new ServiceCollection().AddGatewayCallbackAuthenticator(configuration));

        exception.Message.ShouldContain(message);
        if (secret is not null)
        {
            exception.Message.ShouldNotContain(secret);
        }
    }

    [Fact]
    public void The_sandbox_can_give_the_authenticator_a_random_secret_and_sign_with_it()
    {
        var secret = GatewayCallbackSecret.CreateRandom();
        using var services = new ServiceCollection().AddGatewayCallbackAuthenticator(secret).BuildServiceProvider();
        var body = GatewayCallbackBody.Serialize(new GatewayEvent("e", GatewayEventType.RefundSucceeded, Guid.NewGuid(), "pay_1", Money.Kzt(10m), DateTimeOffset.UtcNow, null));

        var authenticated = services.GetRequiredService<IGatewayCallbackAuthenticator>()
            .Authenticate(body, GatewayCallbackSignature.Sign(body, secret.Value, TimeProvider.System.GetUtcNow()));

        authenticated.ShouldSucceed().Type.ShouldBe(GatewayEventType.RefundSucceeded);
    }
}
