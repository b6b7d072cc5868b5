using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Bookings.ExpireHolds;
using Seo.Application.Common.Ports;
using Seo.Domain.Ledger;
using Seo.Infrastructure.Payments.Gateway;
using Seo.Infrastructure.Payments.Sandbox;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Payments;

/// <summary>
/// R23, R27, R28: payments outside the transaction, confirmed by signed callbacks or the
/// reconciliation, through the sandbox acquirer on its payment page — each callback counted once
/// whatever its fate (docs/payments.md).
/// </summary>
public sealed class PaymentFlowTests
{
    private const string CallbackPath = "/api/v1/payments/gateway-callbacks";

    private static readonly Dictionary<string, string?> PaymentPage = new() { ["Seo:Payments:Sandbox:Approval"] = "PaymentPage" };

    private static DateOnly Day => SeoApiFactory.Today.AddDays(5);

    private static async Task<(Session Carrier, JsonObject Booking, JsonObject Payment)> OpenAsync(SeoApiFactory api, Session? carrier = null, int? truck = null)
    {
        carrier ??= await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(truck ?? TestData.Next(), Day, "10:00"));
        var response = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);
        var payment = await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/payments/{payment.Str("id")}");
        return (carrier, booking, payment);
    }

    private static async Task<JsonArray> AcquirerAsync(Session registrar, JsonNode payment, string action, string delivery = "Now")
    {
        var response = await registrar.Client.PostAsync($"/api/v1/sandbox/acquirer/payments/{payment.Str("gatewayPaymentId")}/{action}?delivery={delivery}", null);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsArray();
    }

    private static Task<int> EntriesAsync(SeoApiFactory api, JournalEntryKind kind) =>
        api.ReadStoreAsync(db => db.JournalEntries.CountAsync(e => e.Kind == kind));

    private static Task<HttpResponseMessage> CallbackAsync(HttpClient client, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CallbackPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Gateway-Signature", signature);
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task R23_the_payer_approves_on_the_acquirers_page_the_signed_callback_confirms_the_booking_and_the_receipts_state_it()
    {
        await using var api = new SeoApiFactory(PaymentPage);
        var (carrier, booking, payment) = await OpenAsync(api);
        payment.Str("status").ShouldBe("Pending");
        payment.Amount("amount").ShouldBe(8_650m);
        payment.Number("tariffVersion").ShouldBe(booking.Number("tariffVersion"));
        var page = payment.Str("paymentPage");
        page.ShouldStartWith("/sandbox/acquirer/payments/SBX-");
        (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted, "asking again finds the same payment");
        (await api.ReadStoreAsync(db => db.PaymentIntents.CountAsync())).ShouldBe(1);

        var anonymous = api.CreateClient();
        var shown = await anonymous.GetAsync(page);
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        shown.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("form-action 'self'");
        (await shown.Content.ReadAsStringAsync()).ShouldContain("8,650.00 KZT");
        var approved = await anonymous.PostAsync($"{page}/approve", null);
        (await approved.Content.ReadAsStringAsync()).ShouldContain("Succeeded");

        var paid = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        paid.Str("status").ShouldBe("Confirmed");
        paid.Amount("paid").ShouldBe(8_650m);
        var settled = await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}");
        settled.Str("status").ShouldBe("Succeeded");
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);

        var receipt = await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}/receipt");
        receipt.Str("number").ShouldStartWith("SEO-P-20261125-");
        receipt.Str("payer").ShouldBe(carrier.AccountId.ToString());
        receipt.Amount("amount").ShouldBe(8_650m);
        receipt.Number("tariffVersion").ShouldBe(booking.Number("tariffVersion"));
        receipt.Str("bookingId").ShouldBe(booking.Str("id"));
        receipt.Str("gatewayReference").ShouldBe(payment.Str("gatewayPaymentId"));
        var printed = await carrier.Client.GetAsync($"/api/v1/payments/{payment.Str("id")}/receipt/print");
        printed.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await printed.Content.ReadAsStringAsync()).ShouldContain(receipt.Str("number"));
        await (await carrier.Client.GetAsync($"/api/v1/payments/{payment.Str("id")}/receipt?kind=Refund")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "receipt-not-found");
        var stranger = await api.CarrierAsync();
        await (await stranger.Client.GetAsync($"/api/v1/payments/{payment.Str("id")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "payment-not-found");
    }

    [Fact]
    public async Task R23_a_payment_the_acquirer_declines_charges_nothing_and_stays_open_for_another_try()
    {
        await using var api = new SeoApiFactory(PaymentPage);
        var registrar = await api.RegistrarAsync();
        var (carrier, booking, payment) = await OpenAsync(api);

        var declined = await AcquirerAsync(registrar, payment, "decline");

        declined.Select(d => d!.Number("status")).ShouldBe([200]);
        (await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}")).Str("status").ShouldBe("Pending");
        var unpaid = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        unpaid.Str("status").ShouldBe("AwaitingPayment");
        unpaid.Amount("paid").ShouldBe(0m);
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(0);

        // Another try is another payment at the acquirer; this one the payer approves.
        var retry = await (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null)).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        retry.Str("gatewayPaymentId").ShouldNotBe(payment.Str("gatewayPaymentId"));
        await AcquirerAsync(registrar, retry, "approve");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Amount("paid").ShouldBe(8_650m);
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);
    }

    [Fact]
    public async Task R23_a_callback_delivered_twice_counts_the_payment_once()
    {
        await using var api = new SeoApiFactory(PaymentPage);
        var registrar = await api.RegistrarAsync();
        var (carrier, booking, payment) = await OpenAsync(api);

        var delivered = await AcquirerAsync(registrar, payment, "approve", "Twice");

        delivered.Select(d => d!.Number("status")).ShouldBe([200, 200]);
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Amount("paid").ShouldBe(8_650m);
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.ReceivedGatewayEvents.CountAsync())).ShouldBe(1);
        var again = await CallbackAsync(api.CreateClient(), "{}", null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "gateway-signature-missing");
    }

    [Fact]
    public async Task R23_a_forged_or_late_callback_is_refused_and_changes_nothing_and_the_reconciliation_finds_the_payment()
    {
        await using var api = new SeoApiFactory(PaymentPage);
        var registrar = await api.RegistrarAsync();
        var (carrier, booking, payment) = await OpenAsync(api);
        (await AcquirerAsync(registrar, payment, "approve", "Hold")).ShouldBeEmpty();
        var held = (await registrar.Client.GetFromJsonAsync<JsonArray>("/api/v1/sandbox/acquirer/callbacks"))!.Single()!;
        var body = held.Str("body");
        var signature = held.Str("signature");
        var gateway = api.CreateClient();

        await (await CallbackAsync(gateway, body, null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "gateway-signature-missing");
        await (await CallbackAsync(gateway, body.Replace("8650.00", "1.00", StringComparison.Ordinal), signature))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "gateway-signature-invalid");
        var forged = GatewayCallbackSignature.Sign(body, new string('x', 40), api.Clock.GetUtcNow());
        await (await CallbackAsync(gateway, body, forged)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "gateway-signature-invalid");
        api.Clock.Advance(TimeSpan.FromMinutes(6));
        await (await CallbackAsync(gateway, body, signature)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "gateway-signature-expired");

        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("AwaitingPayment");
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(0);
        (await api.ReadStoreAsync(db => db.ReceivedGatewayEvents.CountAsync())).ShouldBe(0);

        var report = await (await registrar.Client.PostAsync("/api/v1/admin/payments/reconciliation", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        report.Number("settled").ShouldBe(1);
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("Confirmed");
        var fresh = GatewayCallbackSignature.Sign(body, api.Services.GetRequiredService<GatewayCallbackSecret>().Value, api.Clock.GetUtcNow());
        (await (await CallbackAsync(gateway, body, fresh)).ShouldHaveStatusAsync(HttpStatusCode.OK))["duplicate"]!.GetValue<bool>()
            .ShouldBeFalse("the event itself was never received; the payment it reports was counted already");
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);
        (await (await CallbackAsync(gateway, body, fresh)).ShouldHaveStatusAsync(HttpStatusCode.OK))["duplicate"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task R27_a_chargeback_delivered_before_the_success_counts_the_payment_once_and_its_debt_blocks_booking_until_paid_through_the_gateway()
    {
        await using var api = new SeoApiFactory(PaymentPage);
        var registrar = await api.RegistrarAsync();
        var (carrier, booking, payment) = await OpenAsync(api);
        await AcquirerAsync(registrar, payment, "approve", "Hold");
        await AcquirerAsync(registrar, payment, "reverse", "Hold");

        var released = await registrar.Client.PostAsync("/api/v1/sandbox/acquirer/callbacks/release?reverseOrder=true", null);

        var delivered = JsonNode.Parse(await released.Content.ReadAsStringAsync())!.AsArray();
        delivered.Select(d => d!.Str("type")).ShouldBe(["PaymentReversed", "PaymentSucceeded"]);
        delivered.Select(d => d!.Number("status")).ShouldBe([200, 200]);
        (await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}")).Str("status").ShouldBe("Reversed");
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);
        (await EntriesAsync(api, JournalEntryKind.Reversal)).ShouldBe(1);
        var me = await carrier.Client.GetJsonAsync("/api/v1/accounts/me");
        me.Amount("debt").ShouldBe(8_650m);
        var blocked = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Day, "11:00"));
        await blocked.ShouldBeProblemAsync(HttpStatusCode.Conflict, "account-blocked-for-debt", "R27");

        var settlement = await (await carrier.Client.PostAsync("/api/v1/accounts/me/debt/payment", null)).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        settlement.Str("purpose").ShouldBe("DebtSettlement");
        settlement.Amount("amount").ShouldBe(8_650m);
        await AcquirerAsync(registrar, settlement, "approve");

        (await carrier.Client.GetJsonAsync("/api/v1/accounts/me")).Amount("debt").ShouldBe(0m);
        (await EntriesAsync(api, JournalEntryKind.DebtSettlement)).ShouldBe(1);
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "11:00"));
        var balance = await registrar.Client.GetJsonAsync($"/api/v1/admin/ledger/balance?carrier={carrier.AccountId}");
        balance["balanced"]!.GetValue<bool>().ShouldBeTrue();
        Balance(balance, "CarrierDebts").ShouldBe(0m);
    }

    [Fact]
    public async Task R23_a_crash_between_the_gateways_success_and_our_commit_is_recovered_by_the_reconciliation_and_counted_once()
    {
        var crash = new CrashAfterGateway();
        await using var api = new SeoApiFactory(services: services =>
            services.AddSingleton<IPaymentGateway>(provider => crash.Around(provider.GetRequiredService<SandboxAcquirer>())));
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        crash.Armed = true;

        var crashed = await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null);

        crashed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        crash.Taken.ShouldBe(1, "the gateway took the money before the process died");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("AwaitingPayment");
        api.Clock.Advance(TimeSpan.FromMinutes(3));
        var report = await (await registrar.Client.PostAsync("/api/v1/admin/payments/reconciliation", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        report.Number("settled").ShouldBe(1);
        var again = await (await registrar.Client.PostAsync("/api/v1/admin/payments/reconciliation", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        again.Number("asked").ShouldBe(0);

        var paid = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        paid.Str("status").ShouldBe("Confirmed");
        paid.Amount("paid").ShouldBe(8_650m);
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);
        await (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "nothing-to-pay");
        crash.Taken.ShouldBe(1);
    }

    [Fact]
    public async Task R23_a_payer_retrying_after_the_crash_finds_the_same_gateway_payment_and_pays_once()
    {
        var crash = new CrashAfterGateway();
        await using var api = new SeoApiFactory(services: services =>
            services.AddSingleton<IPaymentGateway>(provider => crash.Around(provider.GetRequiredService<SandboxAcquirer>())));
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        crash.Armed = true;
        (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/payment", null)).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);

        var paid = await carrier.PayAsync(booking);

        paid.Str("status").ShouldBe("Confirmed");
        crash.Taken.ShouldBe(1, "the retry carried the same idempotency key and found the payment already taken");
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);
    }

    [Fact]
    public async Task R23_a_fee_paid_after_the_hold_ran_out_takes_the_place_again_when_it_is_free()
    {
        await using var api = new SeoApiFactory(PaymentPage);
        var registrar = await api.RegistrarAsync();
        var (carrier, booking, payment) = await OpenAsync(api);
        api.Clock.Advance(TimeSpan.FromMinutes(16));
        (await api.SendAsync(new ExpireHolds())).Value.ShouldBe(1);

        await AcquirerAsync(registrar, payment, "approve");

        var late = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        late.Str("status").ShouldBe("Confirmed");
        late.Amount("paid").ShouldBe(8_650m);
        var settled = await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}");
        settled.Str("status").ShouldBe("Succeeded");
        settled["refund"].ShouldBeNull();
        await api.DispatchOutboxAsync();
        (await registrar.Client.IntervalAsync(Day, "10:00")).Number("booked").ShouldBe(1);
    }

    [Fact]
    public async Task R23_payments_racing_their_holds_expiry_each_confirm_their_booking_on_one_place_counted_once()
    {
        const int Payers = 8;
        await using var api = new SeoApiFactory(PaymentPage);
        var registrar = await api.RegistrarAsync();
        var opened = new List<(Session Carrier, JsonObject Booking, JsonObject Payment)>();
        for (var i = 0; i < Payers; i++)
        {
            opened.Add(await OpenAsync(api));
        }

        api.Clock.Advance(TimeSpan.FromMinutes(16));

        // The expiry sweep and every payer's approval at once: whichever commits first, the other sees it. A
        // sweep or a callback that loses to a concurrent change is refused whole and comes again, as the
        // scheduler and the gateway do: the sweep on its next run, the money through the reconciliation.
        var sweep = Task.Run(() => api.SendAsync(new ExpireHolds()));
        await Task.WhenAll(opened.Select(o => Task.Run(() => AcquirerAsync(registrar, o.Payment, "approve"))));
        await sweep;
        (await api.SendAsync(new ExpireHolds())).IsSuccess.ShouldBeTrue();
        api.Clock.Advance(TimeSpan.FromMinutes(3));
        await (await registrar.Client.PostAsync("/api/v1/admin/payments/reconciliation", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        foreach (var (carrier, booking, payment) in opened)
        {
            (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("Confirmed");
            var settled = await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}");
            settled.Str("status").ShouldBe("Succeeded");
            settled["refund"].ShouldBeNull();
        }

        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(Payers);
        (await EntriesAsync(api, JournalEntryKind.Refund)).ShouldBe(0);
        await api.DispatchOutboxAsync();
        (await registrar.Client.IntervalAsync(Day, "10:00")).Number("booked").ShouldBe(Payers);
    }

    [Fact]
    public async Task R21_R28_a_fee_paid_after_the_hold_ran_out_when_the_vehicle_was_booked_again_is_refunded_for_the_systems_fault()
    {
        await using var api = new SeoApiFactory(PaymentPage);
        var registrar = await api.RegistrarAsync();
        var truck = TestData.Next();
        var (carrier, booking, payment) = await OpenAsync(api, truck: truck);
        api.Clock.Advance(TimeSpan.FromMinutes(16));
        var rebooked = await carrier.BookAsync(TestData.Booking(truck, Day, "12:00"));

        await AcquirerAsync(registrar, payment, "approve");

        var refunded = await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}");
        refunded.Str("status").ShouldBe("Refunded");
        refunded["refund"]!.Str("fault").ShouldBe("System");
        refunded["refund"]!.Str("reason").ShouldContain("R21");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("Expired");
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{rebooked.Str("id")}")).Str("status").ShouldBe("AwaitingPayment");
        (await EntriesAsync(api, JournalEntryKind.Payment)).ShouldBe(1);
        (await EntriesAsync(api, JournalEntryKind.Refund)).ShouldBe(1);
        var receipt = await carrier.Client.GetJsonAsync($"/api/v1/payments/{payment.Str("id")}/receipt?kind=Refund");
        receipt.Str("number").ShouldStartWith("SEO-R-");
        receipt.Str("fault").ShouldBe("System");
    }

    [Fact]
    public async Task R28_the_registrar_refunds_only_for_the_systems_or_the_states_fault_with_the_reason_only_once_and_withdraws_the_unused_booking()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        await carrier.PayAsync(booking);
        var payment = (await carrier.Client.GetFromJsonAsync<JsonArray>($"/api/v1/payments?bookingId={booking.Str("id")}"))!.Single()!;
        var path = $"/api/v1/admin/payments/{payment.Str("id")}/refund";

        await (await registrar.Client.PostAsJsonAsync(path, new { fault = "User", reason = "Changed plans" })).ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        await (await registrar.Client.PostAsJsonAsync(path, new { fault = "State", reason = "" })).ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        await (await carrier.Client.PostAsJsonAsync(path, new { fault = "State", reason = "Checkpoint closed" })).ShouldHaveStatusAsync(HttpStatusCode.Forbidden);
        (await EntriesAsync(api, JournalEntryKind.Refund)).ShouldBe(0);

        var refunded = await (await registrar.Client.PostAsJsonAsync(path, new { fault = "State", reason = "Checkpoint closed by the state" })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        refunded.Str("status").ShouldBe("Refunded");
        refunded["refund"]!.Str("reason").ShouldBe("Checkpoint closed by the state");
        await (await registrar.Client.PostAsJsonAsync(path, new { fault = "State", reason = "Again" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "payment-not-refundable", "R28");
        (await EntriesAsync(api, JournalEntryKind.Refund)).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "payment.refund-requested"))).ShouldBe(1);

        // The vehicle had not come: the refunded booking is withdrawn and its place is free again.
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Str("status").ShouldBe("Cancelled");
        await api.DispatchOutboxAsync();
        (await registrar.Client.IntervalAsync(Day, "10:00")).Number("booked").ShouldBe(0);
    }

    internal static decimal Balance(JsonNode trialBalance, string account) =>
        decimal.Parse(trialBalance["accounts"]!.AsArray().Single(a => a!.Str("account") == account)!.Str("balance"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The process dies right after the gateway answered: the answer is never recorded.</summary>
    private sealed class CrashAfterGateway
    {
        public bool Armed { get; set; }

        private readonly HashSet<string> _taken = [];

        /// <summary>How many distinct payments the gateway took.</summary>
        public int Taken => _taken.Count;

        public IPaymentGateway Around(IPaymentGateway gateway) => new Crashing(gateway, this);

        private sealed class Crashing(IPaymentGateway gateway, CrashAfterGateway crash) : IPaymentGateway
        {
            public async Task<GatewayPayment> StartAsync(GatewayPaymentRequest request, CancellationToken cancellationToken)
            {
                var answer = await gateway.StartAsync(request, cancellationToken);
                if (answer.Status == GatewayPaymentStatus.Succeeded)
                {
                    crash._taken.Add(answer.GatewayPaymentId!);
                }

                if (crash.Armed)
                {
                    crash.Armed = false;
                    throw new InvalidOperationException("The process died after the gateway took the money.");
                }

                return answer;
            }

            public Task<GatewayPayment> FindAsync(Guid intentId, CancellationToken cancellationToken) => gateway.FindAsync(intentId, cancellationToken);

            public Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken) => gateway.RefundAsync(request, cancellationToken);
        }
    }
}
