using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Domain.Ledger;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Payments;

/// <summary>R24, R27: the double-entry books, the remittance to the budget within three days, its alert.</summary>
public sealed class LedgerTests
{
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);

    private static DateOnly Day => SeoApiFactory.Today.AddDays(5);

    private static void AdvanceTo(SeoApiFactory api, DateTimeOffset when) => api.Clock.Advance(when - api.Clock.GetUtcNow());

    private static async Task PayOneBookingAsync(SeoApiFactory api)
    {
        var carrier = await api.CarrierAsync();
        await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00")));
    }

    private static Task<JsonNode> RemittanceHealthAsync(SeoApiFactory api) => api.ReadinessCheckAsync("remittance");

    [Fact]
    public async Task R24_money_received_on_day_1_is_remitted_on_day_3_within_the_limit_with_its_payment_order_file()
    {
        await using var api = new SeoApiFactory();
        await PayOneBookingAsync(api);
        AdvanceTo(api, new DateTimeOffset(2026, 11, 27, 23, 0, 0, Kazakhstan));
        var registrar = await api.RegistrarAsync();
        (await RemittanceHealthAsync(api)).Str("status").ShouldBe("Healthy");
        var before = await registrar.Client.GetJsonAsync("/api/v1/admin/remittances/report?from=2026-11-25&to=2026-11-27");
        before["overdue"].ShouldBeNull();

        var batch = await (await registrar.Client.PostAsync("/api/v1/admin/remittances", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        batch.Str("number").ShouldBe("RB-2026-11-27");
        batch.Amount("amount").ShouldBe(8_650m);
        batch.Number("entries").ShouldBe(1);
        var file = Path.Combine(api.DataDirectory, "remittances", batch.Str("fileName"));
        File.Exists(file).ShouldBeTrue();
        var written = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        written.Str("format").ShouldBe("seo-payment-order/1");
        written.Str("amount").ShouldBe("8650.00");
        var order = await registrar.Client.GetJsonAsync($"/api/v1/admin/remittances/{batch.Str("number")}/payment-order");
        order.Str("number").ShouldBe("RB-2026-11-27");
        order.Str("currency").ShouldBe("KZT");
        var again = await (await registrar.Client.PostAsync("/api/v1/admin/remittances", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        again.Str("id").ShouldBe(batch.Str("id"), "a second run the same day finds the day's batch");
        (await api.ReadStoreAsync(db => db.JournalEntries.CountAsync(e => e.Kind == JournalEntryKind.Remittance))).ShouldBe(1);
        (await api.ReadStoreAsync(db => db.JournalEntries.CountAsync(e => e.Kind == JournalEntryKind.Payment && e.RemittanceId != null))).ShouldBe(1);
        var balance = await registrar.Client.GetJsonAsync("/api/v1/admin/ledger/balance");
        balance["balanced"]!.GetValue<bool>().ShouldBeTrue();
        balance.Amount("unremitted").ShouldBe(0m);
        PaymentFlowTests.Balance(balance, "Collection").ShouldBe(0m);
        var report = await registrar.Client.GetJsonAsync("/api/v1/admin/remittances/report?from=2026-11-25&to=2026-11-27");
        var received = report["days"]!.AsArray().Single(d => d!.Str("day") == "2026-11-25")!;
        received.Amount("received").ShouldBe(8_650m);
        received.Str("unremitted").ShouldBe("0.00");
        (await RemittanceHealthAsync(api)).Str("status").ShouldBe("Healthy");
    }

    [Fact]
    public async Task R24_money_still_unremitted_on_day_4_is_overdue_in_the_report_and_degrades_health_until_remitted()
    {
        await using var api = new SeoApiFactory();
        await PayOneBookingAsync(api);
        AdvanceTo(api, new DateTimeOffset(2026, 11, 28, 0, 30, 0, Kazakhstan));
        var registrar = await api.RegistrarAsync();

        var report = await registrar.Client.GetJsonAsync("/api/v1/admin/remittances/report");
        var overdue = report["overdue"]!;
        overdue.Str("receivedOn").ShouldBe("2026-11-25");
        overdue.Str("dueBy").ShouldBe("2026-11-27");
        overdue.Number("daysLate").ShouldBe(1);
        var health = await RemittanceHealthAsync(api);
        health.Str("status").ShouldBe("Degraded");
        health.Str("description").ShouldContain("R24");

        await (await registrar.Client.PostAsync("/api/v1/admin/remittances", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await registrar.Client.GetJsonAsync("/api/v1/admin/remittances/report"))["overdue"].ShouldBeNull();
        (await RemittanceHealthAsync(api)).Str("status").ShouldBe("Healthy");
    }

    [Fact]
    public async Task R24_nothing_received_remits_nothing_and_a_report_range_over_92_days_is_refused()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();

        (await registrar.Client.PostAsync("/api/v1/admin/remittances", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await registrar.Client.GetAsync("/api/v1/admin/remittances/report?from=2026-01-01&to=2026-11-25"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-report-range");
        await (await registrar.Client.GetAsync("/api/v1/admin/remittances/RB-2026-01-01/payment-order"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "remittance-not-found");
        var carrier = await api.CarrierAsync();
        (await carrier.Client.GetAsync("/api/v1/admin/ledger/balance")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// A seeded random run of 1,000 operations — debts paid through the gateway, refunds, chargebacks
    /// — after which the books balance and each account's balance is what the operations say.
    /// </summary>
    [Fact]
    public async Task R24_R27_R28_the_books_balance_after_a_random_run_of_1000_payments_refunds_and_chargebacks()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carriers = new List<Session>();
        for (var i = 0; i < 4; i++)
        {
            carriers.Add(await api.CarrierAsync());
        }

        var random = new Random(707);
        var debts = carriers.ToDictionary(c => c.AccountId, _ => 0m);
        var succeeded = new List<(Guid Id, Session Carrier, decimal Amount, string GatewayPaymentId)>();
        decimal recorded = 0, collected = 0, refunded = 0, reversed = 0;
        for (var operation = 0; operation < 1_000; operation++)
        {
            var roll = random.NextDouble();
            if (succeeded.Count == 0 || roll < 0.5)
            {
                var carrier = carriers[random.Next(carriers.Count)];
                var amount = random.Next(100, 5_000_000) / 100m;
                await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{carrier.AccountId}/debt", new { amount, reason = "Fee for a passage without booking" }))
                    .ShouldHaveStatusAsync(HttpStatusCode.OK);
                recorded += amount;
                var payment = await (await carrier.Client.PostAsync("/api/v1/accounts/me/debt/payment", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
                var paid = payment.Amount("amount");
                paid.ShouldBe(debts[carrier.AccountId] + amount);
                debts[carrier.AccountId] = 0;
                collected += paid;
                succeeded.Add((Guid.Parse(payment.Str("id")), carrier, paid, payment.Str("gatewayPaymentId")));
                continue;
            }

            var index = random.Next(succeeded.Count);
            var (id, owner, taken, gatewayPaymentId) = succeeded[index];
            succeeded.RemoveAt(index);
            if (roll < 0.75)
            {
                var refund = await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/payments/{id}/refund", new { fault = "System", reason = "Charged by mistake" }))
                    .ShouldHaveStatusAsync(HttpStatusCode.OK);
                refund.Str("status").ShouldBe("Refunded");
                refunded += taken;
            }
            else
            {
                var chargeback = await registrar.Client.PostAsync($"/api/v1/sandbox/acquirer/payments/{gatewayPaymentId}/reverse", null);
                chargeback.StatusCode.ShouldBe(HttpStatusCode.OK, await chargeback.Content.ReadAsStringAsync());
                reversed += taken;
                debts[owner.AccountId] += taken;
            }
        }

        var books = await registrar.Client.GetJsonAsync("/api/v1/admin/ledger/balance");
        books["balanced"]!.GetValue<bool>().ShouldBeTrue();
        books.Amount("totalDebits").ShouldBe(books.Amount("totalCredits"));
        PaymentFlowTests.Balance(books, "Collection").ShouldBe(collected - refunded - reversed);
        PaymentFlowTests.Balance(books, "BudgetPayable").ShouldBe(-(recorded - refunded), "a liability: credit balance");
        PaymentFlowTests.Balance(books, "CarrierDebts").ShouldBe(debts.Values.Sum());
        foreach (var carrier in carriers)
        {
            var own = await registrar.Client.GetJsonAsync($"/api/v1/admin/ledger/balance?carrier={carrier.AccountId}");
            own["balanced"]!.GetValue<bool>().ShouldBeTrue();
            PaymentFlowTests.Balance(own, "CarrierDebts").ShouldBe(debts[carrier.AccountId]);
            (await carrier.Client.GetJsonAsync("/api/v1/accounts/me")).Amount("debt").ShouldBe(debts[carrier.AccountId]);
        }

        var entries = await api.ReadStoreAsync(db => db.JournalEntries.AsNoTracking().ToListAsync());
        entries.Count.ShouldBeGreaterThan(1_000, "every payment posts its debt and its settlement; refunds and chargebacks one each");
        entries.ShouldAllBe(e => e.Lines.Sum(l => l.DebitTiyn) == e.Lines.Sum(l => l.CreditTiyn));
    }
}
