using System.Net;
using System.Net.Http.Json;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Journey;

/// <summary>What officers and the registrar do at a checkpoint beside the cameras: refuse a vehicle, say whether there is a waiting zone.</summary>
public sealed class CheckpointOperationsTests
{
    private static DateOnly Day => SeoApiFactory.Today.AddDays(2);

    [Fact]
    public async Task An_officer_refuses_entry_with_a_reason_the_booking_closes_with_it_and_the_fee_is_kept_R28()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "10:00"));
        await carrier.PayAsync(booking);
        var officer = await api.StaffAsync(await api.RegistrarAsync(), "Officer");
        var refuse = $"/api/v1/admin/bookings/{booking.Str("id")}/refuse-entry";

        var blank = await officer.Client.PostAsJsonAsync(refuse, new { reason = "  " });
        await blank.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-reason");
        (await carrier.Client.PostAsJsonAsync(refuse, new { reason = "Seal broken" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var refused = await (await officer.Client.PostAsJsonAsync(refuse, new { reason = " Seal on the trailer broken " })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        refused.Str("status").ShouldBe("RefusedEntry");
        refused.Str("refusalReason").ShouldBe("Seal on the trailer broken");
        refused["closedAt"].ShouldNotBeNull();
        var seen = await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}");
        seen.Str("status").ShouldBe("RefusedEntry");
        seen.Amount("paid").ShouldBe(booking.Amount("fee"));
        var again = await officer.Client.PostAsJsonAsync(refuse, new { reason = "Again" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task R31_the_registrar_records_whether_a_checkpoint_has_a_waiting_zone()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        const string zone = "/api/v1/admin/checkpoints/DOSTYK/waiting-zone";

        var without = await (await registrar.Client.PutAsJsonAsync(zone, new { hasWaitingZone = false })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        without.Str("code").ShouldBe("DOSTYK");
        without["hasWaitingZone"]!.GetValue<bool>().ShouldBeFalse();
        var with = await (await registrar.Client.PutAsJsonAsync(zone, new { hasWaitingZone = true })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        with["hasWaitingZone"]!.GetValue<bool>().ShouldBeTrue();

        await (await registrar.Client.PutAsJsonAsync(zone, new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "required-field");
        await (await registrar.Client.PutAsJsonAsync("/api/v1/admin/checkpoints/NOWHERE/waiting-zone", new { hasWaitingZone = true }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        (await carrier.Client.PutAsJsonAsync(zone, new { hasWaitingZone = false })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
