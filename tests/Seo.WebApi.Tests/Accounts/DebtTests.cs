using System.Net;
using System.Net.Http.Json;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Accounts;

/// <summary>R27: a user with a debt is blocked from booking until it is paid in full.</summary>
public sealed class DebtTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task R27_a_debt_blocks_booking_until_paid_in_full()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var registrar = await api.RegistrarAsync();
        var debt = $"/api/v1/admin/accounts/{carrier.AccountId}/debt";

        var recorded = await (await registrar.Client.PostAsJsonAsync(debt, new { amount = 10_000m, reason = "Unpaid passage fee" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        recorded["blockedForDebt"]!.GetValue<bool>().ShouldBeTrue();

        var blocked = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Tomorrow, "10:00"));
        (await blocked.ShouldBeProblemAsync(HttpStatusCode.Conflict, "account-blocked-for-debt")).Str("rule").ShouldBe("R27");
        (await carrier.Client.IntervalAsync(Tomorrow, "10:00")).Number("booked").ShouldBe(0);

        await (await registrar.Client.PostAsJsonAsync($"{debt}/settlements", new { amount = 6_000m })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var stillBlocked = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), Tomorrow, "10:00"));
        await stillBlocked.ShouldBeProblemAsync(HttpStatusCode.Conflict, "account-blocked-for-debt");

        var settled = await (await registrar.Client.PostAsJsonAsync($"{debt}/settlements", new { amount = 4_000m })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        settled["blockedForDebt"]!.GetValue<bool>().ShouldBeFalse();
        (await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "10:00"))).Str("status").ShouldBe("AwaitingPayment");
    }

    [Fact]
    public async Task R27_only_the_registrar_records_debts_and_a_bad_amount_is_400()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var registrar = await api.RegistrarAsync();
        var debt = $"/api/v1/admin/accounts/{carrier.AccountId}/debt";

        await (await carrier.Client.PostAsJsonAsync(debt, new { amount = 1m, reason = "self" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await registrar.Client.PostAsJsonAsync(debt, new { amount = -5m, reason = "negative" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-amount");
        await (await registrar.Client.PostAsJsonAsync($"/api/v1/admin/accounts/{Guid.NewGuid()}/debt", new { amount = 5m, reason = "nobody" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "account-not-found");
        (await carrier.Client.GetJsonAsync("/api/v1/accounts/me"))["blockedForDebt"]!.GetValue<bool>().ShouldBeFalse();
    }
}
