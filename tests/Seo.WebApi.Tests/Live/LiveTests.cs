using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Projections.Live;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Live;

/// <summary>
/// R4, R2.1: the officers' live view and its stream; R12, R32: the public boards. On SQLite with
/// the in-process live read model; journey changes are made on the booking aggregate in the write
/// store (its events go to the outbox as any command's) and dispatched as the dispatcher would.
/// </summary>
public sealed class LiveTests
{
    private const string Live = "/api/v1/admin/checkpoints/DOSTYK/live";
    private const string Board = "/api/v1/boards/DOSTYK";
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions OutboxJson = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A paid booking of a new truck for today at 14:00; returns its id and plate.</summary>
    private static async Task<(Guid Id, string Plate)> PaidBookingTodayAsync(SeoApiFactory api)
    {
        var truck = TestData.Next();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(truck, SeoApiFactory.Today, "14:00"));
        await carrier.PayAsync(booking);
        return (Guid.Parse(booking.Str("id")), TestData.Plate(truck));
    }

    /// <summary>Moves the booking along its journey in the write store (events to the outbox), then delivers the outbox.</summary>
    private static async Task MoveAsync(SeoApiFactory api, Guid id, Func<Booking, DateTimeOffset, Seo.Domain.Common.Result> move)
    {
        await api.ReadStoreAsync(async db =>
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == new BookingId(id));
            move(booking, api.Clock.GetUtcNow()).IsSuccess.ShouldBeTrue();
            return await db.SaveChangesAsync();
        });
        await api.DispatchOutboxAsync();
    }

    /// <summary>The waiting zone's entry camera reads the truck: it arrives (R31).</summary>
    private static Seo.Domain.Common.Result Arrive(Booking booking, DateTimeOffset now) =>
        booking.RecordRead(Seo.Domain.Devices.CameraPoint.WaitingZoneEntry, now, checkpointHasWaitingZone: true, Seo.Domain.Bookings.Journey.JourneyPolicy.Default, now)
            == Seo.Domain.Crossings.ReadOutcome.Advanced
            ? Seo.Domain.Common.Result.Success()
            : BookingErrors.IllegalTransition(booking.Status, BookingStatus.InWaitingZone);

    private static async Task<Session> OfficerAsync(SeoApiFactory api) => await api.StaffAsync(await api.RegistrarAsync(), "Officer");

    [Fact]
    public async Task R4_an_officer_sees_the_rebuilt_day_and_then_the_queue_as_vehicles_arrive()
    {
        await using var api = new SeoApiFactory();
        var (id, plate) = await PaidBookingTodayAsync(api);
        var registrar = await api.RegistrarAsync();
        var officer = await OfficerAsync(api);

        var rebuilt = await (await registrar.Client.PostAsync("/api/v1/admin/read-models/live/rebuild?checkpoint=DOSTYK", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var expected = await officer.Client.GetJsonAsync(Live);
        await MoveAsync(api, id, Arrive);
        var waiting = await officer.Client.GetJsonAsync(Live);

        (rebuilt.Number("checkpoints"), rebuilt.Number("vehicles")).ShouldBe((1, 1));
        expected["expected"]!.AsArray().Select(v => v!.Str("plate")).ShouldBe([plate]);
        expected["queue"]!.AsArray().ShouldBeEmpty();
        var queued = waiting["queue"]!.AsArray().ShouldHaveSingleItem()!;
        (queued.Str("bookingId"), queued.Str("status"), queued.Number("queuePlace")).ShouldBe((id.ToString(), "InWaitingZone", 1));
        waiting["expected"]!.AsArray().ShouldBeEmpty();
        waiting.Number64("position").ShouldBeGreaterThan(expected.Number64("position"));
        waiting["lagMilliseconds"].ShouldNotBeNull();
        waiting.Str("date").ShouldBe("2026-11-25");
    }

    [Fact]
    public async Task R4_the_live_view_is_for_officers_and_the_registrar()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        using var anonymous = api.CreateClient();
        var officer = await OfficerAsync(api);

        (await anonymous.GetAsync(Live)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await carrier.Client.GetAsync(Live)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await carrier.Client.GetAsync(Live + "/events")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await api.RegistrarAsync()).Client.GetAsync(Live)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await officer.Client.GetAsync("/api/v1/admin/checkpoints/NOWHERE/live")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        await (await officer.Client.GetAsync("/api/v1/admin/checkpoints/NOWHERE/live/events")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        await (await carrier.Client.PostAsync("/api/v1/admin/read-models/live/rebuild", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task R4_an_unreachable_live_read_model_is_503_for_the_view_and_the_board()
    {
        var unavailable = Substitute.For<ICheckpointLiveReadModel>();
        unavailable.ReadAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ReadModelUnavailableException("down"));
        unavailable.ReplayAfterAsync(Arg.Any<string>(), Arg.Any<long>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ReadModelUnavailableException("down"));
        unavailable.ReplaceAsync(Arg.Any<string>(), Arg.Any<IReadOnlyCollection<Seo.Application.Live.LiveEntry>>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ReadModelUnavailableException("down"));
        await using var api = new SeoApiFactory(services: services =>
        {
            services.RemoveAll<ICheckpointLiveReadModel>();
            services.AddSingleton(unavailable);
        });
        var officer = await OfficerAsync(api);
        using var anonymous = api.CreateClient();

        await (await officer.Client.GetAsync(Live)).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "read-model-unavailable");
        await (await officer.Client.GetAsync(Live + "/events")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "read-model-unavailable");
        await (await anonymous.GetAsync(Board)).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "read-model-unavailable");
    }

    [Fact]
    public async Task R4_the_stream_sends_a_movement_after_a_change_and_resumes_from_last_event_id()
    {
        await using var api = new SeoApiFactory();
        var (id, plate) = await PaidBookingTodayAsync(api);
        var officer = await OfficerAsync(api);
        (await (await api.RegistrarAsync()).Client.PostAsync("/api/v1/admin/read-models/live/rebuild", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var position = (await officer.Client.GetJsonAsync(Live)).Number64("position");

        SseEvent arrived;
        using (var timeout = new CancellationTokenSource(StreamTimeout))
        using (var stream = await OpenStreamAsync(officer.Client, Live + "/events", lastEventId: position, timeout.Token))
        {
            stream.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
            await MoveAsync(api, id, Arrive);
            arrived = await NextEventAsync(stream, "vehicle", timeout.Token);
        }

        // Disconnected; the vehicle is called meanwhile, and the client comes back with the id it saw.
        await MoveAsync(api, id, (b, now) => b.Call(now));
        SseEvent missed;
        using (var timeout = new CancellationTokenSource(StreamTimeout))
        using (var stream = await OpenStreamAsync(officer.Client, Live + "/events", lastEventId: arrived.Id, timeout.Token))
        {
            missed = await NextEventAsync(stream, "vehicle", timeout.Token);
        }

        var first = JsonNode.Parse(arrived.Data)!;
        (first["vehicle"].Str("plate"), first["vehicle"].Str("status"), first.Str("previousStatus")).ShouldBe((plate, "InWaitingZone", "Confirmed"));
        arrived.Id.ShouldBeGreaterThan(position);
        first.Number64("position").ShouldBe(arrived.Id);
        var second = JsonNode.Parse(missed.Data)!;
        (second["vehicle"].Str("status"), second.Str("previousStatus")).ShouldBe(("Called", "InWaitingZone"));
        missed.Id.ShouldBe(arrived.Id + 1);
    }

    [Fact]
    public async Task R4_a_resume_older_than_the_replay_buffer_is_told_to_reload_the_snapshot()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:ReadModels:Live:ReplayBuffer"] = "1" });
        var (id, _) = await PaidBookingTodayAsync(api);
        var officer = await OfficerAsync(api);
        var position = (await officer.Client.GetJsonAsync(Live)).Number64("position");
        await MoveAsync(api, id, Arrive);
        await MoveAsync(api, id, (b, now) => b.Call(now));
        var latest = (await officer.Client.GetJsonAsync(Live)).Number64("position");
        latest.ShouldBeGreaterThan(position + 1);

        using var timeout = new CancellationTokenSource(StreamTimeout);
        using var stream = await OpenStreamAsync(officer.Client, Live + "/events", lastEventId: position, timeout.Token);
        var reload = await NextEventAsync(stream, null, timeout.Token);

        reload.Type.ShouldBe("reload");
        reload.Id.ShouldBe(latest);
    }

    [Fact]
    public async Task R4_an_idle_stream_gets_heartbeat_comments()
    {
        await using var api = new SeoApiFactory();
        var officer = await OfficerAsync(api);
        using var timeout = new CancellationTokenSource(StreamTimeout);
        using var stream = await OpenStreamAsync(officer.Client, Live + "/events", lastEventId: null, timeout.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        (await reader.ReadLineAsync(timeout.Token)).ShouldStartWith("retry:");
        (await reader.ReadLineAsync(timeout.Token)).ShouldBe(string.Empty);

        // The heartbeat is timed on the app's clock: each 100 ms poll moves it past the 15 s heartbeat.
        var line = reader.ReadLineAsync(timeout.Token).AsTask();
        await Poll.UntilAsync(() =>
        {
            api.Clock.Advance(TimeSpan.FromSeconds(16));
            return Task.FromResult(line.IsCompleted);
        }, "no heartbeat comment came");

        (await line).ShouldBe(": heartbeat");
    }

    [Fact]
    public async Task R12_a_board_is_anonymous_cacheable_and_shows_masked_plates_only()
    {
        await using var api = new SeoApiFactory();
        var (id, plate) = await PaidBookingTodayAsync(api);
        await MoveAsync(api, id, Arrive);
        using var anonymous = api.CreateClient();

        var response = await anonymous.GetAsync(Board);
        var body = await response.Content.ReadAsStringAsync();
        var etag = response.Headers.ETag.ShouldNotBeNull();
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, Board);
        revalidate.Headers.IfNoneMatch.Add(etag);
        var notModified = await anonymous.SendAsync(revalidate);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().Public.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromSeconds(5));
        var queued = JsonNode.Parse(body)!["queue"]!.AsArray().ShouldHaveSingleItem()!;
        queued.Str("plate").ShouldBe(new string('*', plate.Length - 3) + plate[^3..]);
        (queued.Str("state"), queued.Str("interval"), queued.Number("place")).ShouldBe(("waiting", "14:00", 1));
        body.ShouldNotContain(plate);
        body.ShouldNotContain(id.ToString());
        body.ShouldNotContain(TestData.Vin(int.Parse(plate[..6], System.Globalization.CultureInfo.InvariantCulture)));
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);

        await MoveAsync(api, id, (b, now) => b.Call(now));
        using var again = new HttpRequestMessage(HttpMethod.Get, Board);
        again.Headers.IfNoneMatch.Add(etag);
        (await anonymous.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task R12_the_operator_may_show_whole_plates()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Boards:PlateMask"] = "None" });
        var (id, plate) = await PaidBookingTodayAsync(api);
        await MoveAsync(api, id, Arrive);
        using var anonymous = api.CreateClient();

        (await anonymous.GetJsonAsync(Board))["queue"]!.AsArray().ShouldHaveSingleItem().Str("plate").ShouldBe(plate);
    }

    [Fact]
    public async Task R12_control_and_bidi_characters_in_a_plate_never_reach_the_board_or_its_stream()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Boards:PlateMask"] = "None" });
        using var anonymous = api.CreateClient();
        var position = (await anonymous.GetJsonAsync(Board)).Number64("position");
        var start = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(5));
        var booking = new JourneyBooking(
            Guid.NewGuid(), Guid.NewGuid(), "DOSTYK", "DOSTYK-20261125-0001", "\u202E123\u2066ABC\u2069\u200F02\u061C\u0007\u001B", SeoApiFactory.Today,
            new TimeOnly(14, 0), start, start.AddHours(1), false, 1);
        var arrived = new BookingProgressed(booking, BookingStatus.Confirmed, BookingStatus.InWaitingZone, null, api.Clock.GetUtcNow());

        using var timeout = new CancellationTokenSource(StreamTimeout);
        using var stream = await OpenStreamAsync(anonymous, Board + "/events", position, timeout.Token);
        await DeliverAsync(api, arrived);
        var movement = await NextEventAsync(stream, "vehicle", timeout.Token);
        var board = await anonymous.GetAsync(Board);
        var text = await board.Content.ReadAsStringAsync();

        JsonNode.Parse(text)!["queue"]!.AsArray().ShouldHaveSingleItem().Str("plate").ShouldBe("123ABC02");
        JsonNode.Parse(movement.Data)!["vehicle"].Str("plate").ShouldBe("123ABC02");
        foreach (var shown in new[] { JsonNode.Parse(text)!.ToJsonString(Unescaped), movement.Data })
        {
            shown.ShouldNotContain("\\u202E", Case.Insensitive);
            shown.ShouldNotContain("\\u2066", Case.Insensitive);
            shown.ShouldNotContain("\\u0007", Case.Insensitive);
            shown.ShouldNotContain("\u202E");
        }
    }

    /// <summary>An event as the outbox delivers it, straight to the live projection of the running app.</summary>
    private static Task DeliverAsync(SeoApiFactory api, Seo.Domain.Common.DomainEvent domainEvent)
    {
        var projection = api.Services.GetServices<IOutboxHandler>().OfType<CheckpointLiveProjection>().Single();
        return projection.HandleAsync(
            new OutboxEnvelope(1, domainEvent.EventId, domainEvent.GetType().Name, "Booking", "id",
                JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), OutboxJson), domainEvent.OccurredAt),
            CancellationToken.None);
    }

    private static async Task<HttpResponseMessage> OpenStreamAsync(HttpClient client, string path, long? lastEventId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return response;
    }

    /// <summary>Reads events (skipping comments and the retry field) until one of <paramref name="type"/> (any when null) comes.</summary>
    private static async Task<SseEvent> NextEventAsync(HttpResponseMessage stream, string? type, CancellationToken cancellationToken)
    {
        var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(cancellationToken));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (fields.TryGetValue("event", out var eventType) && (type is null || eventType == type))
                {
                    return new SseEvent(long.Parse(fields["id"], System.Globalization.CultureInfo.InvariantCulture), eventType, fields["data"]);
                }

                fields.Clear();
                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            fields[line[..colon]] = line[(colon + 1)..].TrimStart(' ');
        }

        throw new InvalidOperationException("The stream ended before the event came.");
    }

    private sealed record SseEvent(long Id, string Type, string Data);
}

internal static class LiveJson
{
    public static long Number64(this JsonNode? node, string property) => node![property]!.GetValue<long>();
}
