using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>The whole "done when" path of the API, end to end over a real store of each kind.</summary>
public abstract class DoneWhenFlowTests
{
    /// <summary>The store every test of this class runs on; each provider has a subclass below.</summary>
    protected abstract StoreProvider Store { get; }

    private SeoApiFactory NewApi(IReadOnlyDictionary<string, string?>? settings = null) => new(settings, Store);

    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task Register_sign_in_book_pay_reschedule_twice_free_pay_the_third_and_cancel()
    {
        await using var api = NewApi();
        var anonymous = api.CreateClient();
        var n = TestData.Next();

        // Register (R15, R16): 202, the same answer whether or not the e-mail was free.
        var registered = await anonymous.PostAsJsonAsync("/api/v1/accounts", TestData.Registration(n));
        (await registered.ShouldHaveStatusAsync(HttpStatusCode.Accepted)).Str("email").ShouldBe(TestData.Email(n));

        // Token; the account, and how consent was given.
        var tokenResponse = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = TestData.Email(n), password = TestData.Password });
        var token = await tokenResponse.ShouldHaveStatusAsync(HttpStatusCode.OK);
        token.Str("tokenType").ShouldBe("Bearer");
        var carrier = await api.SignInAsync(TestData.Email(n), TestData.Password);
        var account = await carrier.Client.GetJsonAsync("/api/v1/accounts/me");
        token.Str("accountId").ShouldBe(account.Str("id"));
        account.Str("consentChannel").ShouldBe("StatePersonalDataService");

        // Prove the IIN with the owner's signing certificate (R15): until then booking is refused.
        await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(n, Tomorrow, "14:00")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "owner-identity-not-proven", "R15");
        await carrier.ProveIdentityAsync(api, iin: TestData.Iin(n));

        // The 41 checkpoints (R5) and DOSTYK's free capacity.
        var checkpoints = JsonNode.Parse(await anonymous.GetStringAsync("/api/v1/checkpoints"))!.AsArray();
        checkpoints.Count.ShouldBe(41);
        var intervals = await anonymous.AvailabilityAsync(Tomorrow);
        intervals.Count.ShouldBe(24);
        intervals.ShouldAllBe(i => i!.Number("capacity") == 20 && i.Number("free") == 20);

        // Book 14:00 tomorrow (R20): awaiting payment, number DOSTYK-yyyyMMdd-0001.
        var created = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(n, Tomorrow, "14:00"));
        var booking = await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/bookings/{booking.Str("id")}");
        booking.Str("status").ShouldBe("AwaitingPayment");
        booking.Number("sequenceNumber").ShouldBe(1);
        booking.Str("number").ShouldBe("DOSTYK-20261126-0001");
        var fee = booking.Amount("fee");
        fee.ShouldBeGreaterThan(0m);
        (await anonymous.IntervalAsync(Tomorrow, "14:00")).Number("free").ShouldBe(19);

        // Pay in the sandbox (R23).
        booking = await carrier.PayAsync(booking);
        booking.Str("status").ShouldBe("Confirmed");
        booking.Amount("paid").ShouldBe(fee);

        // Two free reschedules (R28).
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "15:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        booking.Number("freeReschedulesLeft").ShouldBe(1);
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "16:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        booking.Number("freeReschedulesLeft").ShouldBe(0);
        booking["interval"]!.Str("start").ShouldBe("16:00");

        // The third is held until its fee is paid; paying applies it.
        booking = await (await carrier.RescheduleAsync(booking, Tomorrow, "17:00")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        booking["pendingReschedule"]!["interval"]!.Str("start").ShouldBe("17:00");
        booking.Amount("amountDue").ShouldBe(booking["pendingReschedule"]!.Amount("fee"));
        booking = await carrier.PayAsync(booking);
        booking["interval"]!.Str("start").ShouldBe("17:00");
        booking["pendingReschedule"].ShouldBeNull();

        // Cancel after payment (R28): nothing refunded, capacity back.
        var paidBeforeCancel = booking.Amount("paid");
        var cancelled = await (await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        cancelled.Str("status").ShouldBe("Cancelled");
        cancelled.Amount("paid").ShouldBe(paidBeforeCancel);
        (await anonymous.AvailabilityAsync(Tomorrow)).ShouldAllBe(i => i!.Number("free") == 20);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteDoneWhenFlowTests : DoneWhenFlowTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlDoneWhenFlowTests : DoneWhenFlowTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerDoneWhenFlowTests : DoneWhenFlowTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
