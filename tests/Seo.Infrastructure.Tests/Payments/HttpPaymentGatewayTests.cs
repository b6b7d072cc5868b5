using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Domain.Payments;
using Seo.Infrastructure.Payments.Gateway;
using Seo.Tests.Shared;

namespace Seo.Infrastructure.Tests.Payments;

public sealed class HttpPaymentGatewayTests : IAsyncLifetime
{
    private const string ApiKey = "sk-test-4f1c9a27d3b84e6f9a0c";
    private const string MerchantId = "SEO-REGISTRAR-01";

    private static readonly Guid IntentId = Guid.Parse("0196f0c2-7a4e-7b1d-9c3e-5a8b2d4f6e10");

    private readonly FakeTimeProvider clock = new(TestData.Now);
    private readonly ConcurrentQueue<string> logLines = new();
    private StubAcquirer acquirer = null!;
    private ServiceProvider? services;

    public async Task InitializeAsync() => acquirer = await StubAcquirer.StartAsync();

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await acquirer.DisposeAsync();
    }

    /// <summary>The adapter as its registration builds it, on <see cref="clock"/>: its timeouts fire only when the test moves the clock.</summary>
    private IPaymentGateway Gateway(int retries = 2, string timeout = "00:00:10", string attemptTimeout = "00:00:03", Uri? baseUrl = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seo:Payments:Gateway:BaseUrl"] = (baseUrl ?? acquirer.BaseUrl).ToString(),
            ["Seo:Payments:Gateway:MerchantId"] = MerchantId,
            ["Seo:Payments:Gateway:ApiKey"] = ApiKey,
            ["Seo:Payments:Gateway:Retries"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Seo:Payments:Gateway:RetryDelay"] = "00:00:00",
            ["Seo:Payments:Gateway:Timeout"] = timeout,
            ["Seo:Payments:Gateway:AttemptTimeout"] = attemptTimeout,
        }).Build();
        services = new ServiceCollection()
            .AddLogging(builder => builder.AddProvider(new LogCollector(logLines)).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(clock)
            .AddHttpPaymentGateway(configuration)
            .BuildServiceProvider();
        return services.GetRequiredService<IPaymentGateway>();
    }

    private static GatewayPaymentRequest Request(string key = "intent-1:start") =>
        new(IntentId, key, Money.Kzt(8_650m), "Booking fee DOSTYK-20261201-0001", "DOSTYK-20261201-0001", TestData.Now.AddMinutes(15));

    private static string Payment(string status, string? id = "pay_1", string? page = null, string? reason = null, string amount = "8650.00", string currency = "KZT") =>
        JsonSerializer.Serialize(new { id, status, paymentPageUrl = page, failureReason = reason, amount, currency });

    private static Func<ReceivedCall, HttpContext, Task> Always(int status, string body) => (_, context) => StubAnswers.Reply(context, status, body);

    [Fact]
    public async Task A_payment_settled_at_once_succeeds_with_the_gateways_id_and_amount()
    {
        acquirer.Answer = Always(201, Payment("succeeded"));

        var payment = await Gateway().StartAsync(Request(), CancellationToken.None);

        payment.ShouldBe(new GatewayPayment(GatewayPaymentStatus.Succeeded, "pay_1", Amount: Money.Kzt(8_650m)));
    }

    [Fact]
    public async Task The_order_carries_the_intent_the_amount_as_a_decimal_string_in_tenge_and_the_credentials()
    {
        acquirer.Answer = Always(201, Payment("succeeded"));

        await Gateway().StartAsync(Request("intent-1:start"), CancellationToken.None);

        var call = acquirer.Received.ShouldHaveSingleItem();
        call.Method.ShouldBe("POST");
        call.PathAndQuery.ShouldBe("/v1/payments");
        call.Authorization.ShouldBe($"Bearer {ApiKey}");
        call.MerchantId.ShouldBe(MerchantId);
        call.IdempotencyKey.ShouldBe("intent-1:start");
        using var body = JsonDocument.Parse(call.Body);
        var order = body.RootElement;
        order.GetProperty("orderId").GetString().ShouldBe(IntentId.ToString());
        order.GetProperty("amount").ValueKind.ShouldBe(JsonValueKind.String);
        order.GetProperty("amount").GetString().ShouldBe("8650.00");
        order.GetProperty("currency").GetString().ShouldBe("KZT");
        order.GetProperty("description").GetString().ShouldBe("Booking fee DOSTYK-20261201-0001");
        order.GetProperty("payerReference").GetString().ShouldBe("DOSTYK-20261201-0001");
        order.GetProperty("payBefore").GetDateTimeOffset().ShouldBe(TestData.Now.AddMinutes(15));
        order.GetProperty("callbackless").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_payment_awaiting_its_payer_comes_with_the_page_to_pay_on()
    {
        acquirer.Answer = Always(201, Payment("awaiting_payer", page: "https://pay.example.kz/p/pay_1"));

        var payment = await Gateway().StartAsync(Request(), CancellationToken.None);

        payment.Status.ShouldBe(GatewayPaymentStatus.AwaitingPayer);
        payment.GatewayPaymentId.ShouldBe("pay_1");
        payment.PaymentPage.ShouldBe(new Uri("https://pay.example.kz/p/pay_1"));
    }

    [Fact]
    public async Task A_payment_awaiting_its_payer_without_a_page_is_unavailable()
    {
        acquirer.Answer = Always(201, Payment("awaiting_payer"));

        await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway().StartAsync(Request(), CancellationToken.None));
    }

    [Fact]
    public async Task A_declined_answer_is_a_decline_with_the_gateways_reason()
    {
        acquirer.Answer = Always(200, Payment("declined", reason: "insufficient funds"));

        var payment = await Gateway().StartAsync(Request(), CancellationToken.None);

        payment.Status.ShouldBe(GatewayPaymentStatus.Declined);
        payment.FailureReason.ShouldBe("insufficient funds");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(402)]
    [InlineData(422)]
    public async Task A_4xx_refusal_is_a_decline_with_its_reason_and_is_not_retried(int status)
    {
        acquirer.Answer = Always(status, """{"failureReason":"card blocked"}""");

        var payment = await Gateway().StartAsync(Request(), CancellationToken.None);

        payment.Status.ShouldBe(GatewayPaymentStatus.Declined);
        payment.FailureReason.ShouldBe("card blocked");
        acquirer.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task A_4xx_refusal_without_a_readable_reason_says_the_status()
    {
        acquirer.Answer = Always(402, "<html>payment required</html>");

        var payment = await Gateway().StartAsync(Request(), CancellationToken.None);

        payment.Status.ShouldBe(GatewayPaymentStatus.Declined);
        payment.FailureReason.ShouldBe("the gateway refused it (HTTP 402)");
    }

    [Fact]
    public async Task A_5xx_then_success_is_retried_with_the_same_idempotency_key_and_body()
    {
        acquirer.Answer = (call, context) => call.Ordinal == 1 ? StubAnswers.Reply(context, 503, "{}") : StubAnswers.Reply(context, 201, Payment("succeeded"));

        var payment = await Gateway().StartAsync(Request("intent-1:start"), CancellationToken.None);

        payment.Status.ShouldBe(GatewayPaymentStatus.Succeeded);
        var calls = acquirer.Received.ToArray();
        calls.Length.ShouldBe(2);
        calls.ShouldAllBe(c => c.IdempotencyKey == "intent-1:start");
        calls[1].Body.ShouldBe(calls[0].Body);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(408)]
    public async Task A_transient_failure_that_never_recovers_is_unavailable_after_the_retries(int status)
    {
        acquirer.Answer = Always(status, Payment("succeeded"));

        var exception = await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway(retries: 2).StartAsync(Request(), CancellationToken.None));

        exception.Message.ShouldContain($"HTTP {status}");
        acquirer.Calls.ShouldBe(3);
        acquirer.Received.Select(c => c.IdempotencyKey).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Attempts_that_time_out_are_retried_then_unavailable()
    {
        acquirer.Answer = (_, context) => StubAnswers.Hang(context);
        var start = Gateway(retries: 2, timeout: "00:00:10", attemptTimeout: "00:00:03").StartAsync(Request(), CancellationToken.None);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await acquirer.NextArrivalAsync()).Ordinal.ShouldBe(attempt);
            clock.Advance(TimeSpan.FromSeconds(3));
        }

        var exception = await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => start);
        exception.Message.ShouldContain("did not answer within 3 s per attempt");
        acquirer.Calls.ShouldBe(3);
    }

    [Fact]
    public async Task The_total_timeout_ends_the_call_even_with_retries_left()
    {
        acquirer.Answer = (_, context) => StubAnswers.Hang(context);
        var start = Gateway(retries: 5, timeout: "00:00:05", attemptTimeout: "00:00:03").StartAsync(Request(), CancellationToken.None);

        await acquirer.NextArrivalAsync();
        clock.Advance(TimeSpan.FromSeconds(3));
        await acquirer.NextArrivalAsync();
        clock.Advance(TimeSpan.FromSeconds(2));

        await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => start);
        acquirer.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task An_unreachable_gateway_is_unavailable()
    {
        var closed = new Uri($"http://127.0.0.1:{ClosedPort.Next()}/");

        var exception = await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway(retries: 1, baseUrl: closed).StartAsync(Request(), CancellationToken.None));

        exception.Message.ShouldContain("could not be reached");
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_unavailability()
    {
        acquirer.Answer = (_, context) => StubAnswers.Hang(context);
        using var cancellation = new CancellationTokenSource();
        var start = Gateway().StartAsync(Request(), cancellation.Token);

        await acquirer.NextArrivalAsync();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => start);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"id\":\"pay_1\",\"status\":\"succeeded\",")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"id\":\"pay_1\",\"status\":\"succeeded\",\"amount\":8650.00,\"currency\":\"KZT\"}")]
    [InlineData("{\"id\":\"pay_1\",\"status\":\"succeeded\",\"amount\":\"8650.00\"}")]
    [InlineData("{\"id\":\"pay_1\",\"status\":\"succeeded\",\"amount\":\"8650.00\",\"currency\":\"USD\"}")]
    [InlineData("{\"id\":\"pay_1\",\"status\":\"succeeded\",\"amount\":\"8,650.00\",\"currency\":\"KZT\"}")]
    [InlineData("{\"id\":\"pay_1\",\"status\":\"succeeded\",\"amount\":\"-8650.00\",\"currency\":\"KZT\"}")]
    [InlineData("{\"id\":\"pay_1\",\"status\":\"settled\",\"amount\":\"8650.00\",\"currency\":\"KZT\"}")]
    [InlineData("{\"status\":\"succeeded\",\"amount\":\"8650.00\",\"currency\":\"KZT\"}")]
    public async Task A_malformed_answer_is_unavailable(string body)
    {
        acquirer.Answer = Always(201, body);

        await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway().StartAsync(Request(), CancellationToken.None));
        acquirer.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task An_answer_about_another_amount_is_unavailable()
    {
        acquirer.Answer = Always(201, Payment("succeeded", amount: "865.00"));

        var exception = await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway().StartAsync(Request(), CancellationToken.None));

        exception.Message.ShouldContain("865.00 KZT where 8650.00 KZT was asked");
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Refused_credentials_are_unavailable_not_a_decline(int status)
    {
        acquirer.Answer = Always(status, """{"failureReason":"bad key"}""");

        var exception = await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway().StartAsync(Request(), CancellationToken.None));

        exception.Message.ShouldContain("credentials");
        acquirer.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task The_api_key_is_in_no_exception_and_no_log_line()
    {
        var failures = new List<Exception>();
        var answers = new Func<ReceivedCall, HttpContext, Task>[]
        {
            Always(401, "{}"),
            Always(503, ApiKey),
            Always(201, "{\"id\":\"" + ApiKey + "\""),
            Always(201, Payment("settled")),
            Always(201, Payment("succeeded", amount: "1.00")),
        };
        var gateway = Gateway(retries: 1);
        foreach (var answer in answers)
        {
            acquirer.Answer = answer;
            failures.Add(await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => gateway.StartAsync(Request(), CancellationToken.None)));
        }

        acquirer.Answer = Always(200, "{}");
        failures.Add(await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => gateway.FindAsync(IntentId, CancellationToken.None)));

        failures.ShouldAllBe(e => !e.ToString().Contains(ApiKey));
        logLines.ShouldNotBeEmpty();
        logLines.ShouldAllBe(line => !line.Contains(ApiKey));
    }

    [Fact]
    public async Task Finding_a_payment_asks_by_the_intent_and_reads_its_status()
    {
        acquirer.Answer = Always(200, Payment("reversed", reason: "chargeback"));

        var payment = await Gateway().FindAsync(IntentId, CancellationToken.None);

        payment.Status.ShouldBe(GatewayPaymentStatus.Reversed);
        payment.GatewayPaymentId.ShouldBe("pay_1");
        payment.Amount.ShouldBe(Money.Kzt(8_650m));
        var call = acquirer.Received.ShouldHaveSingleItem();
        call.Method.ShouldBe("GET");
        call.PathAndQuery.ShouldBe($"/v1/payments?orderId={IntentId}");
        call.Authorization.ShouldBe($"Bearer {ApiKey}");
        call.MerchantId.ShouldBe(MerchantId);
        call.IdempotencyKey.ShouldBeNull();
    }

    [Fact]
    public async Task A_payment_the_gateway_does_not_know_is_unknown()
    {
        acquirer.Answer = Always(404, "{}");

        var payment = await Gateway().FindAsync(IntentId, CancellationToken.None);

        payment.ShouldBe(new GatewayPayment(GatewayPaymentStatus.Unknown, null));
        acquirer.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Finding_through_a_5xx_is_unavailable()
    {
        acquirer.Answer = Always(500, "{}");

        await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway(retries: 1).FindAsync(IntentId, CancellationToken.None));
        acquirer.Calls.ShouldBe(2);
    }

    private static GatewayRefundRequest Refund() => new(IntentId, "pay/1", "intent-1:refund", Money.Kzt(8_650m), "cancelled by the carrier");

    [Fact]
    public async Task A_refund_succeeds_with_its_id_and_sends_the_full_amount_under_its_key()
    {
        acquirer.Answer = Always(201, """{"id":"ref_1","status":"succeeded"}""");

        var refund = await Gateway().RefundAsync(Refund(), CancellationToken.None);

        refund.ShouldBe(new GatewayRefund(true, "ref_1"));
        var call = acquirer.Received.ShouldHaveSingleItem();
        call.Method.ShouldBe("POST");
        call.PathAndQuery.ShouldBe("/v1/payments/pay%2F1/refunds");
        call.IdempotencyKey.ShouldBe("intent-1:refund");
        call.Authorization.ShouldBe($"Bearer {ApiKey}");
        using var body = JsonDocument.Parse(call.Body);
        body.RootElement.GetProperty("amount").GetString().ShouldBe("8650.00");
        body.RootElement.GetProperty("currency").GetString().ShouldBe("KZT");
        body.RootElement.GetProperty("reason").GetString().ShouldBe("cancelled by the carrier");
    }

    [Fact]
    public async Task A_failed_refund_says_why()
    {
        acquirer.Answer = Always(200, """{"id":"ref_1","status":"failed","failureReason":"payment already refunded"}""");

        var refund = await Gateway().RefundAsync(Refund(), CancellationToken.None);

        refund.ShouldBe(new GatewayRefund(false, "ref_1", "payment already refunded"));
    }

    [Fact]
    public async Task A_refused_refund_is_a_failed_refund()
    {
        acquirer.Answer = Always(409, """{"failureReason":"payment not settled"}""");

        var refund = await Gateway().RefundAsync(Refund(), CancellationToken.None);

        refund.ShouldBe(new GatewayRefund(false, null, "payment not settled"));
    }

    [Fact]
    public async Task A_refund_retried_after_a_5xx_keeps_its_key()
    {
        acquirer.Answer = (call, context) => call.Ordinal == 1 ? StubAnswers.Reply(context, 502, "") : StubAnswers.Reply(context, 201, """{"id":"ref_1","status":"succeeded"}""");

        var refund = await Gateway().RefundAsync(Refund(), CancellationToken.None);

        refund.Succeeded.ShouldBeTrue();
        acquirer.Received.Select(c => c.IdempotencyKey).ShouldBe(["intent-1:refund", "intent-1:refund"]);
    }

    [Theory]
    [InlineData("""{"id":"ref_1","status":"pending"}""")]
    [InlineData("""{"status":"succeeded"}""")]
    [InlineData("oops")]
    public async Task A_malformed_refund_answer_is_unavailable(string body)
    {
        acquirer.Answer = Always(200, body);

        await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => Gateway().RefundAsync(Refund(), CancellationToken.None));
    }

    [Fact]
    public void The_typed_client_is_made_afresh_for_each_use()
    {
        var first = Gateway();

        services!.GetRequiredService<IPaymentGateway>().ShouldNotBeSameAs(first);
        first.ShouldBeOfType<HttpPaymentGateway>();
    }

    /// <summary>Every formatted log line of every category.</summary>
    private sealed class LogCollector(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}
