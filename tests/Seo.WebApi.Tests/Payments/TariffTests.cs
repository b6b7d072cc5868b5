using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Payments;

/// <summary>R25, R26: the tariff's history, kept by the registrar; fees fixed when a booking is issued.</summary>
public sealed class TariffTests
{
    private const string Path = "/api/v1/admin/tariffs";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Entry(string item, decimal value, DateOnly from, string reason = "Order No. 538 of 25 May 2023, as amended") =>
        new { item, value, effectiveFrom = Iso(from), reason };

    private static decimal InForce(JsonNode tariffs, string kind) =>
        tariffs["inForce"]!.AsArray().Single(f => f!.Str("kind") == kind).Amount("amount");

    [Fact]
    public async Task R25_a_tariff_change_between_issue_and_payment_leaves_the_issued_fee_and_prices_bookings_issued_from_its_day()
    {
        await using var api = new SeoApiFactory();
        // 23:50 in Kazakhstan: the change entered now takes effect in ten minutes, within the hold.
        api.Clock.Advance(new DateTimeOffset(2026, 11, 25, 23, 50, 0, TimeSpan.FromHours(5)) - api.Clock.GetUtcNow());
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        var tomorrow = SeoApiFactory.Today.AddDays(1);
        var before = await registrar.Client.GetJsonAsync(Path);
        InForce(before, "Booking").ShouldBe(8_650m); // 2 MRP × 4 325
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), tomorrow.AddDays(2), "10:00"));
        booking.Amount("fee").ShouldBe(8_650m);

        var entered = await (await registrar.Client.PostAsJsonAsync(Path, Entry("BookingFee", 3m, tomorrow))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        entered.Number("number").ShouldBe(before.Number("version") + 1);
        entered.Str("enteredBy").ShouldBe(registrar.AccountId.ToString());
        api.Clock.Advance(TimeSpan.FromMinutes(11));

        var paid = await carrier.PayAsync(booking);
        paid.Str("status").ShouldBe("Confirmed");
        paid.Amount("paid").ShouldBe(8_650m);
        (await carrier.BookAsync(TestData.Booking(TestData.Next(), tomorrow.AddDays(2), "11:00"))).Amount("fee").ShouldBe(12_975m); // 3 MRP × 4 325
        var after = await registrar.Client.GetJsonAsync(Path);
        after.Number("version").ShouldBe(entered.Number("number"));
        after.Str("date").ShouldBe(Iso(tomorrow));
        InForce(after, "Booking").ShouldBe(12_975m);
        InForce(await registrar.Client.GetJsonAsync($"{Path}?date={Iso(SeoApiFactory.Today)}"), "Booking").ShouldBe(8_650m);
    }

    [Fact]
    public async Task R26_a_new_MRP_value_for_a_new_year_prices_every_fee_from_that_day_and_the_history_keeps_every_entry_with_who_and_when()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var newYear = new DateOnly(2027, 1, 1);

        await (await registrar.Client.PostAsJsonAsync(Path, Entry("Mrp", 4_500m, newYear, "Law on the republican budget for 2027"))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var tariffs = await registrar.Client.GetJsonAsync($"{Path}?date={Iso(newYear)}");
        InForce(tariffs, "Booking").ShouldBe(9_000m);
        InForce(tariffs, "PaidReschedule").ShouldBe(9_000m);
        InForce(tariffs, "Expedited").ShouldBe(45_000m);
        var fee = tariffs["inForce"]!.AsArray().Single(f => f!.Str("kind") == "Booking")!;
        fee["mrp"]!.GetValue<decimal>().ShouldBe(2m);
        fee["mrpValue"]!.GetValue<decimal>().ShouldBe(4_500m);
        var history = tariffs["revisions"]!.AsArray();
        history.Select(r => r!.Number("number")).ShouldBe(Enumerable.Range(1, history.Count));
        history.Take(history.Count - 1).ShouldAllBe(r => r!["enteredBy"] == null);
        var last = history[^1]!;
        last.Str("item").ShouldBe("Mrp");
        last.Str("reason").ShouldBe("Law on the republican budget for 2027");
        last.Str("enteredBy").ShouldBe(registrar.AccountId.ToString());
        (await api.ReadStoreAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.Action == "tariff.entered" && e.Actor == registrar.AccountId.ToString())))).ShouldBe(1);
    }

    [Fact]
    public async Task R25_an_entry_for_today_or_the_past_out_of_range_or_without_its_source_is_400_with_its_code_and_changes_nothing()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var version = (await registrar.Client.GetJsonAsync(Path)).Number("version");

        (await (await registrar.Client.PostAsJsonAsync(Path, Entry("BookingFee", 3m, SeoApiFactory.Today))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "tariff-not-in-the-future"))
            .Str("rule").ShouldBe("R25");
        await (await registrar.Client.PostAsJsonAsync(Path, Entry("BookingFee", 0m, SeoApiFactory.Today.AddDays(5)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-tariff-value");
        await (await registrar.Client.PostAsJsonAsync(Path, Entry("Mrp", 4_325.001m, SeoApiFactory.Today.AddDays(5)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-tariff-value");
        await (await registrar.Client.PostAsJsonAsync(Path, Entry("BookingFee", 3m, SeoApiFactory.Today.AddDays(5), " "))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        await (await registrar.Client.PostAsJsonAsync(Path, new { item = "Parking", value = 3m, effectiveFrom = Iso(SeoApiFactory.Today.AddDays(5)), reason = "x" }))
            .ShouldHaveStatusAsync(HttpStatusCode.BadRequest);

        (await registrar.Client.GetJsonAsync(Path)).Number("version").ShouldBe(version);
    }

    [Fact]
    public async Task Only_the_registrar_reads_or_enters_the_tariff()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var entry = Entry("BookingFee", 3m, SeoApiFactory.Today.AddDays(5));

        (await carrier.Client.GetAsync(Path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await carrier.Client.PostAsJsonAsync(Path, entry)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.CreateClient().GetAsync(Path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.CreateClient().PostAsJsonAsync(Path, entry)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

/// <summary>Entries racing for the next number: each is 201 with its own number or 409 concurrent-change, none lost or doubled.</summary>
public abstract class TariffConcurrencyTests
{
    protected abstract StoreProvider Store { get; }

    [Fact]
    public async Task Parallel_entries_take_distinct_consecutive_numbers_or_are_refused_409_to_enter_again()
    {
        await using var api = new SeoApiFactory(store: Store);
        var registrar = await api.RegistrarAsync();
        var version = (await registrar.Client.GetJsonAsync("/api/v1/admin/tariffs")).Number("version");

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(async i =>
        {
            using var response = await registrar.Client.PostAsJsonAsync("/api/v1/admin/tariffs", new
            {
                item = "ExpeditedFee", value = 10m + i, effectiveFrom = "2027-01-01", reason = $"Entry {i}",
            });
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || (a.StatusCode == HttpStatusCode.Conflict && a.Body.Str("code") == "concurrent-change"));
        var numbers = answers.Where(a => a.StatusCode == HttpStatusCode.Created).Select(a => a.Body.Number("number")).Order().ToList();
        numbers.ShouldNotBeEmpty();
        numbers.ShouldBe(Enumerable.Range(version + 1, numbers.Count));
        var history = (await registrar.Client.GetJsonAsync("/api/v1/admin/tariffs"))["revisions"]!.AsArray();
        history.Count.ShouldBe(version + numbers.Count);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteTariffConcurrencyTests : TariffConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlTariffConcurrencyTests : TariffConcurrencyTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}
