using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Common.Ports;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.ReadModels;

/// <summary>
/// GET availability reads the availability read model, fed from the outbox and rebuilt from the
/// ledger; the same tests run against the in-process model and against a real Redis.
/// </summary>
public abstract class AvailabilityReadModelTests
{
    protected static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    private const string SourceHeader = Seo.WebApi.Endpoints.CheckpointEndpoints.AvailabilitySourceHeader;

    /// <summary>Settings that choose this suite's read model.</summary>
    protected abstract Dictionary<string, string?> ReadModelSettings();

    protected SeoApiFactory Api(Dictionary<string, string?>? more = null)
    {
        var settings = ReadModelSettings();
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new SeoApiFactory(settings, dispatchBeforeAvailability: false);
    }

    protected static async Task<JsonObject> IntervalAsync(HttpClient client, DateOnly date, string start, string expectedSource = "read-model")
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await client.GetAsync(new Uri($"/api/v1/checkpoints/DOSTYK/availability?from={day}&to={day}", UriKind.Relative));
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.GetValues(SourceHeader).ShouldBe([expectedSource]);
        return body["intervals"]!.AsArray().Single(i => i!.Str("start") == start)!.AsObject();
    }

    /// <summary>What the read model holds for DOSTYK on the date, straight from the port.</summary>
    protected static async Task<IReadOnlyList<SlotCount>> ReadModelAsync(SeoApiFactory api, DateOnly from, DateOnly to)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAvailabilityReadModel>().ReadAsync("DOSTYK", from, to, CancellationToken.None);
    }

    /// <summary>The ledger's rows that ever changed (version above 0), as the read model should hold them.</summary>
    protected static Task<List<SlotCount>> ChangedLedgerRowsAsync(SeoApiFactory api, DateOnly from, DateOnly to) => api.ReadStoreAsync(async db =>
        (await db.CapacitySlots.AsNoTracking()
            .Where(s => s.Checkpoint == "DOSTYK" && s.Day >= from.DayNumber && s.Day <= to.DayNumber && s.Version > 0)
            .OrderBy(s => s.Day).ThenBy(s => s.StartMinute)
            .ToListAsync())
        .Select(s => new SlotCount(s.Checkpoint, DateOnly.FromDayNumber(s.Day), s.StartMinute, s.Capacity, s.Booked, s.PriorityBooked, s.Version))
        .ToList());

    protected static async Task WipeAsync(SeoApiFactory api, DateOnly date)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAvailabilityReadModel>().ReplaceDayAsync("DOSTYK", date, [], CancellationToken.None);
    }

    [Fact]
    public async Task A_booking_shows_in_availability_once_its_event_is_dispatched()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        // Not yet projected: the query reads the read model, not the ledger.
        (await IntervalAsync(carrier.Client, Tomorrow, "14:00")).Number("booked").ShouldBe(0);

        (await api.DispatchOutboxAsync()).ShouldBeGreaterThan(0);

        var interval = await IntervalAsync(carrier.Client, Tomorrow, "14:00");
        interval.Number("booked").ShouldBe(1);
        interval.Number("free").ShouldBe(19);
        (await ReadModelAsync(api, Tomorrow, Tomorrow)).ShouldBe(await ChangedLedgerRowsAsync(api, Tomorrow, Tomorrow));
    }

    [Fact]
    public async Task A_cancellation_gives_the_place_back_in_availability_once_dispatched()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        await api.DispatchOutboxAsync();
        (await carrier.Client.PostAsync(new Uri($"/api/v1/bookings/{booking.Str("id")}/cancel", UriKind.Relative), null)).IsSuccessStatusCode.ShouldBeTrue();

        await api.DispatchOutboxAsync();

        (await IntervalAsync(carrier.Client, Tomorrow, "14:00")).Number("booked").ShouldBe(0);
        (await ReadModelAsync(api, Tomorrow, Tomorrow)).ShouldBe(await ChangedLedgerRowsAsync(api, Tomorrow, Tomorrow));
    }

    [Fact]
    public async Task A_rebuild_after_the_read_model_was_wiped_shows_the_bookings_again()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var registrar = await api.RegistrarAsync();
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "15:00"));
        await api.DispatchOutboxAsync();
        await WipeAsync(api, Tomorrow);
        (await IntervalAsync(carrier.Client, Tomorrow, "14:00")).Number("booked").ShouldBe(0);

        var response = await registrar.Client.PostAsync(new Uri("/api/v1/admin/read-models/availability/rebuild?checkpoint=DOSTYK", UriKind.Relative), null);

        var rebuilt = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        // Yesterday to the horizon (day 90), and the one opened day's 24 ledger rows.
        rebuilt.Number("days").ShouldBe(92);
        rebuilt.Number("intervals").ShouldBe(24);
        rebuilt["checkpoints"]!.AsArray().ShouldHaveSingleItem()!.Str("from").ShouldBe(SeoApiFactory.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        (await IntervalAsync(carrier.Client, Tomorrow, "14:00")).Number("booked").ShouldBe(1);
        (await IntervalAsync(carrier.Client, Tomorrow, "15:00")).Number("booked").ShouldBe(1);
        var stored = await ReadModelAsync(api, Tomorrow, Tomorrow);
        stored.Where(c => c.Version > 0).ShouldBe(await ChangedLedgerRowsAsync(api, Tomorrow, Tomorrow));
    }

    [Fact]
    public async Task A_rebuild_of_all_checkpoints_by_default_covers_yesterday_to_the_horizon()
    {
        await using var api = Api();
        var registrar = await api.RegistrarAsync();

        var response = await registrar.Client.PostAsync(new Uri("/api/v1/admin/read-models/availability/rebuild", UriKind.Relative), null);

        var rebuilt = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        rebuilt["checkpoints"]!.AsArray().Count.ShouldBe(41);
        rebuilt.Number("days").ShouldBe(41 * 92);
    }

    [Fact]
    public async Task A_rebuild_sent_with_an_Idempotency_Key_runs_outside_the_key_s_transaction_and_stores_no_answer()
    {
        await using var api = Api();
        var registrar = await api.RegistrarAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/read-models/availability/rebuild?checkpoint=DOSTYK");
        request.Headers.Add("Idempotency-Key", "rebuild-1");

        var response = await registrar.Client.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await api.ReadStoreAsync(db => db.IdempotencyRecords.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_rebuild_is_for_registrars_and_refuses_an_unknown_checkpoint_or_a_bad_range()
    {
        await using var api = Api();
        var carrier = await api.CarrierAsync();
        var registrar = await api.RegistrarAsync();
        var path = "/api/v1/admin/read-models/availability/rebuild";

        (await carrier.Client.PostAsync(new Uri(path, UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.CreateClient().PostAsync(new Uri(path, UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await registrar.Client.PostAsync(new Uri($"{path}?checkpoint=NOWHERE", UriKind.Relative), null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
        await (await registrar.Client.PostAsync(new Uri($"{path}?from=2026-12-05&to=2026-12-01", UriKind.Relative), null))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-date-range");
        await (await registrar.Client.PostAsync(new Uri($"{path}?from=2026-11-01", UriKind.Relative), null))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-date-range");
        await (await registrar.Client.PostAsync(new Uri($"{path}?to=2027-06-01", UriKind.Relative), null))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-date-range");
    }
}

[Trait("ReadModel", "InProcess")]
public sealed class InProcessAvailabilityReadModelTests : AvailabilityReadModelTests
{
    protected override Dictionary<string, string?> ReadModelSettings() => [];

    [Fact]
    public async Task The_in_process_read_model_is_rebuilt_at_start_before_the_first_request()
    {
        var data = Path.Combine(Path.GetTempPath(), "seo-webapi-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = Api(new() { ["Persistence:DataDirectory"] = data }))
            {
                var carrier = await first.CarrierAsync();
                await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
            }

            // A new process over the same file: nothing was dispatched, the model started empty.
            await using var second = Api(new() { ["Persistence:DataDirectory"] = data });

            (await IntervalAsync(second.CreateClient(), Tomorrow, "14:00")).Number("booked").ShouldBe(1);
            (await ReadModelAsync(second, Tomorrow, Tomorrow)).Where(c => c.Version > 0).ShouldBe(await ChangedLedgerRowsAsync(second, Tomorrow, Tomorrow));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Readiness_names_the_in_process_read_model()
    {
        await using var api = Api();

        var response = await api.ReadinessAsync();

        var report = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        report["checks"]!.AsArray().Single(c => c!.Str("name") == "read-model:availability:InProcess")!.Str("status").ShouldBe("Healthy");
    }
}
