using System.Net;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Messaging;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Messaging;

/// <summary>In sandbox mode the adapters record every message instead of sending it; the registrar reads them.</summary>
public sealed class SandboxMessageTests
{
    private const string Messages = "/api/v1/sandbox/messages";

    [Fact]
    public async Task R29_in_sandbox_mode_the_reminder_is_recorded_once_and_listed_for_the_registrar_by_booking_and_kind()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "true" });
        var (_, journey) = await api.PaidBookingAsync();
        var (_, other) = await api.PaidBookingAsync("11:00");
        await api.DeliverAsync(new BookingReminded(journey, api.Clock.GetUtcNow()));
        await api.DeliverAsync(new BookingCalled(other, InWaitingZone: true, api.Clock.GetUtcNow()));

        await api.RunDeliveryAsync();
        await api.RunDeliveryAsync();

        var registrar = await api.RegistrarAsync();
        var page = await registrar.Client.GetJsonAsync($"{Messages}?booking={journey.BookingId}&kind=Reminder&page=1&pageSize=10");
        page.Number("total").ShouldBe(3);
        var items = page["items"]!.AsArray();
        items.Select(i => i!.Str("channel")).ShouldBe(["Sms", "Sms", "Push"], ignoreOrder: true);
        items.ShouldAllBe(i => i!.Str("receiptId") == "sandbox-" + Guid.Parse(i.Str("messageId")).ToString("N"));
        items.ShouldAllBe(i => i!.Str("text").Contains(journey.Number, StringComparison.Ordinal));
        (await registrar.Client.GetJsonAsync($"{Messages}?kind=Call")).Number("total").ShouldBe(3);
        (await registrar.Client.GetJsonAsync(Messages)).Number("total").ShouldBe(6);
        (await api.MessagesAsync(journey.BookingId)).ShouldAllBe(m => m.State == MessageState.Sent);

        await (await registrar.Client.GetAsync($"{Messages}?pageSize=0")).ShouldBeValidationProblemAsync("invalid-paging", "pageSize");
    }

    [Fact]
    public async Task The_sandbox_messages_are_the_registrars_only()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "true" });
        var carrier = await api.CarrierAsync();
        using var anonymous = api.CreateClient();

        await (await carrier.Client.GetAsync(Messages)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await anonymous.GetAsync(Messages)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Outside_sandbox_mode_the_sandbox_messages_do_not_exist()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "false" });
        var registrar = await api.RegistrarAsync();

        (await registrar.Client.GetAsync(Messages)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
