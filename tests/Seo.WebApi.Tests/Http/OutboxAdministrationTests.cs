using System.Net;
using Microsoft.EntityFrameworkCore;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>The registrar sees the outbox's backlog, lag and poisoned events, and replays the latter.</summary>
public sealed class OutboxAdministrationTests
{
    [Fact]
    public async Task Only_a_registrar_sees_or_replays_the_outbox()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        (await carrier.Client.GetAsync(new Uri("/api/v1/admin/outbox", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await carrier.Client.PostAsync(new Uri("/api/v1/admin/outbox/1/replay", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_backlog_its_lag_and_a_poisoned_event_show_and_a_replay_puts_it_back_in_line()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "10:00"));
        var events = (await api.SnapshotAsync()).Events;
        api.Clock.Advance(TimeSpan.FromSeconds(90));
        var poisoned = await api.ReadStoreAsync(async db =>
        {
            var first = await db.OutboxMessages.OrderBy(m => m.Sequence).FirstAsync();
            first.Attempts = 10;
            first.LastError = "projection down";
            first.PoisonedAt = api.Clock.GetUtcNow();
            await db.SaveChangesAsync();
            return first.Sequence;
        });

        var status = await registrar.Client.GetJsonAsync("/api/v1/admin/outbox");

        // Every other event written so far waits for delivery; all were written at the same instant.
        status.Number("pending").ShouldBe(events - 1);
        status.Number("poisoned").ShouldBe(1);
        status["lagSeconds"]!.GetValue<double>().ShouldBe(90, 0.001);
        var shown = status["poisonedEvents"]!.AsArray().ShouldHaveSingleItem()!;
        shown["sequence"]!.GetValue<long>().ShouldBe(poisoned);
        shown.Str("lastError").ShouldBe("projection down");
        shown.Number("attempts").ShouldBe(10);

        var replayed = await registrar.Client.PostAsync(new Uri($"/api/v1/admin/outbox/{poisoned}/replay", UriKind.Relative), null);
        replayed.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var after = await registrar.Client.GetJsonAsync("/api/v1/admin/outbox");
        after.Number("poisoned").ShouldBe(0);
        after.Number("pending").ShouldBe(events);
        (await api.ReadStoreAsync(db => db.OutboxMessages.SingleAsync(m => m.Sequence == poisoned))).Attempts.ShouldBe(0);
        var again = await registrar.Client.PostAsync(new Uri($"/api/v1/admin/outbox/{poisoned}/replay", UriKind.Relative), null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "outbox-event-not-poisoned");
        var unknown = await registrar.Client.PostAsync(new Uri("/api/v1/admin/outbox/999999/replay", UriKind.Relative), null);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "outbox-event-not-found");
    }

    [Fact]
    public async Task Readiness_is_degraded_while_the_backlog_is_older_than_its_alarm_or_an_event_is_poisoned_and_healthy_once_delivered()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "10:00"));

        var fresh = await api.ReadinessCheckAsync("outbox");
        fresh.Str("status").ShouldBe("Healthy");
        fresh["data"]!.Number("pending").ShouldBe(await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)));

        // Nothing delivered for longer than the alarm (5 minutes by default): the read models are behind.
        api.Clock.Advance(TimeSpan.FromMinutes(6));
        var behind = await api.ReadinessCheckAsync("outbox");
        behind.Str("status").ShouldBe("Degraded");
        behind.Str("description").ShouldContain("behind");
        behind["data"]!.Number("lagSeconds").ShouldBe(360);

        await api.DispatchOutboxAsync();
        (await api.ReadinessCheckAsync("outbox")).Str("status").ShouldBe("Healthy");

        await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "11:00"));
        var poisoned = await api.ReadStoreAsync(async db =>
        {
            var first = await db.OutboxMessages.Where(m => m.ProcessedAt == null).OrderBy(m => m.Sequence).FirstAsync();
            (first.Attempts, first.PoisonedAt) = (10, api.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return first.Sequence;
        });
        var set = await api.ReadinessCheckAsync("outbox");
        set.Str("status").ShouldBe("Degraded");
        set.Str("description").ShouldContain("1 poisoned event(s)");
        set["data"]!.Number("poisoned").ShouldBe(1);

        // Degraded is not unready: the instance still takes traffic.
        (await api.ReadinessAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);

        var registrar = await api.RegistrarAsync();
        (await registrar.Client.PostAsync(new Uri($"/api/v1/admin/outbox/{poisoned}/replay", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await api.DispatchOutboxAsync();
        (await api.ReadinessCheckAsync("outbox")).Str("status").ShouldBe("Healthy");
    }

    [Fact]
    public async Task Every_poisoned_event_of_a_type_is_replayed_at_once_and_the_others_stay_set_aside()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "10:00"));
        await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "11:00"));
        var (slotCounts, others) = await api.ReadStoreAsync(async db =>
        {
            var all = await db.OutboxMessages.ToListAsync();
            all.ForEach(m => (m.Attempts, m.PoisonedAt) = (10, api.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return (all.Count(m => m.Type == "SlotCountChanged"), all.Count(m => m.Type != "SlotCountChanged"));
        });
        slotCounts.ShouldBeGreaterThanOrEqualTo(2);
        others.ShouldBeGreaterThan(0);

        var replayed = await registrar.Client.PostAsync(new Uri("/api/v1/admin/outbox/replay?type=SlotCountChanged", UriKind.Relative), null);

        (await replayed.ShouldHaveStatusAsync(HttpStatusCode.OK)).Number("replayed").ShouldBe(slotCounts);
        var status = await registrar.Client.GetJsonAsync("/api/v1/admin/outbox");
        status.Number("poisoned").ShouldBe(others);
        var rest = await registrar.Client.PostAsync(new Uri("/api/v1/admin/outbox/replay", UriKind.Relative), null);
        (await rest.ShouldHaveStatusAsync(HttpStatusCode.OK)).Number("replayed").ShouldBe(others);
        (await api.ReadStoreAsync(db => db.OutboxMessages.CountAsync(m => m.PoisonedAt != null || m.Attempts != 0))).ShouldBe(0);
    }

    [Fact]
    public async Task A_bulk_replay_names_a_plain_event_type_and_is_for_registrars_only()
    {
        await using var api = new SeoApiFactory();
        var registrar = await api.RegistrarAsync();
        var carrier = await api.CarrierAsync();

        (await carrier.Client.PostAsync(new Uri("/api/v1/admin/outbox/replay", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await registrar.Client.PostAsync(new Uri("/api/v1/admin/outbox/replay?type=Slot%27%20OR%201%3D1", UriKind.Relative), null))
            .ShouldBeValidationProblemAsync("invalid-event-type", "type");
    }
}
