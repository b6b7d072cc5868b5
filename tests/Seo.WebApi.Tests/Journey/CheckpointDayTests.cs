using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Application.Bookings.CallVehicles;
using Seo.Application.Bookings.RemindBookings;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Journey;

/// <summary>
/// A whole day at DOSTYK (20 vehicles an hour) driven through the API and the sweeps with a fake
/// clock: trucks that come on time, early, late and never, read by the four cameras of the
/// journey. The Rules of the journey (R28–R35) must hold for every truck.
/// </summary>
[Trait("Category", "Journey")]
public sealed class CheckpointDayTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    // Two days after SeoApiFactory.Start: bookable under the 25-hour closing lead.
    private static readonly DateOnly Day = SeoApiFactory.Today.AddDays(2);

    private enum Plan
    {
        OnTime,
        Early,
        Late,
        Absent,
    }

    private sealed class Truck(int number, Plan plan)
    {
        public int Number { get; } = number;

        public Plan Plan { get; } = plan;

        public string Plate => TestData.Plate(Number);

        public Guid BookingId { get; set; }

        public DateTimeOffset StartsAt { get; set; }

        public DateTimeOffset EndsAt { get; set; }

        public string Stage { get; set; } = "Away";

        public DateTimeOffset? CalledAt { get; set; }

        public DateTimeOffset NextMoveAt { get; set; }

        public List<string> Outcomes { get; } = [];
    }

    [Theory]
    [InlineData(400, "winter", 120)]
    [InlineData(40, "summer", 60)]
    public async Task R29_R31_R34_R35_R28_a_day_at_a_checkpoint_calls_admits_and_annuls_every_truck_as_the_Rules_say(int trucks, string season, int callLeadMinutes)
    {
        var settings = new Dictionary<string, string?> { ["Seo:Journey:BookingCloses"] = "1.01:00:00" };
        if (season == "summer")
        {
            // An effective-dated season whose summer covers the day, as an operator would configure it.
            settings["Seo:Journey:CallSeasons:0:EffectiveFrom"] = "2026-01-01";
            settings["Seo:Journey:CallSeasons:0:SummerFrom"] = "11-01";
            settings["Seo:Journey:CallSeasons:0:WinterFrom"] = "12-31";
            settings["Seo:Journey:CallSeasons:0:SummerLead"] = "01:00:00";
            settings["Seo:Journey:CallSeasons:0:WinterLead"] = "02:00:00";
        }

        await using var api = new SeoApiFactory(settings);
        var registrar = await api.RegistrarAsync();
        var cameras = new Dictionary<string, Camera>();
        foreach (var point in new[] { "WaitingZoneEntry", "WaitingZoneExit", "CheckpointEntry", "BorderLine" })
        {
            cameras[point] = await api.RegisterCameraAsync(registrar, point: point);
        }

        // R11: barriers at the zone's entry and the checkpoint's entry open for admitted reads only.
        foreach (var point in new[] { "WaitingZoneEntry", "CheckpointEntry" })
        {
            await (await registrar.Client.PostAsJsonAsync(
                    "/api/v1/admin/devices", new { name = $"Barrier {point}", checkpoint = "DOSTYK", point, direction = "Exit", kind = "Barrier" }))
                .ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        var carrier = await api.CarrierAsync();
        using var anonymous = api.CreateClient();
        var day = new List<Truck>();
        for (var i = 0; i < trucks; i++)
        {
            var plan = (i % 10) switch { 0 => Plan.Absent, 1 => Plan.Late, 2 => Plan.Early, _ => Plan.OnTime };
            var truck = new Truck(TestData.Next(), plan);
            var start = string.Create(CultureInfo.InvariantCulture, $"{2 + (i / 20):00}:00");
            var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(truck.Number, Day, start)));
            truck.BookingId = Guid.Parse(booking.Str("id"));
            truck.StartsAt = DateTimeOffset.Parse(booking["interval"].Str("startsAt"), CultureInfo.InvariantCulture);
            truck.EndsAt = DateTimeOffset.Parse(booking["interval"].Str("endsAt"), CultureInfo.InvariantCulture);
            truck.NextMoveAt = plan switch
            {
                Plan.Early => truck.StartsAt.AddHours(-6),
                // After the interval and its 30-minute grace, before the no-show sweep's next firing.
                Plan.Late => truck.EndsAt.AddMinutes(35),
                Plan.Absent => DateTimeOffset.MaxValue,
                _ => truck.StartsAt.AddMinutes(-45),
            };
            day.Add(truck);
        }

        var byBooking = day.ToDictionary(t => t.BookingId);
        var from = new DateTimeOffset(Day.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5));
        var until = from.AddDays(2).AddHours(2);
        for (var now = from; now <= until; now += Step)
        {
            api.Clock.SetUtcNow(now);
            (await api.SendAsync(new RemindBookings())).IsSuccess.ShouldBeTrue();
            (await api.SendAsync(new CallVehicles())).IsSuccess.ShouldBeTrue();
            var calledNow = await api.ReadStoreAsync(db => db.Bookings.AsNoTracking().Where(b => b.CalledAt == now).Select(b => b.Id).ToListAsync());
            foreach (var id in calledNow)
            {
                byBooking[id.Value].CalledAt = now;
            }

            foreach (var truck in day.Where(t => t.NextMoveAt <= now))
            {
                await MoveAsync(truck, now, cameras);
            }

            // The no-show sweep fires every 20 minutes here (on the hour, :20, :40), so a truck may
            // turn up late before it does; one that comes after it finds no booking at all.
            if (now.Minute % 20 == 0)
            {
                (await api.SendAsync(new AnnulNoShows())).IsSuccess.ShouldBeTrue();
            }
        }

        var bookings = await api.ReadStoreAsync(db => db.Bookings.AsNoTracking().ToListAsync());
        bookings.Count.ShouldBe(trucks);
        foreach (var booking in bookings)
        {
            var truck = byBooking[booking.Id.Value];
            // R29: reminded at least 24 hours ahead, within the sweep's margin and one step of it.
            booking.RemindedAt.ShouldNotBeNull();
            (booking.Interval.StartsAt - booking.RemindedAt.Value).ShouldBeInRange(TimeSpan.FromHours(24), TimeSpan.FromHours(24) + TimeSpan.FromMinutes(5) + Step);
            // R34: called at least the season's lead ahead (120 min in winter, 60 in summer), once.
            booking.CalledAt.ShouldNotBeNull();
            (booking.Interval.StartsAt - booking.CalledAt.Value).ShouldBeInRange(TimeSpan.FromMinutes(callLeadMinutes), TimeSpan.FromMinutes(callLeadMinutes + 5) + Step);
            // R28: nobody is refunded.
            booking.Paid.ShouldBe(booking.Fee);
            switch (truck.Plan)
            {
                case Plan.OnTime or Plan.Early:
                    // R35: a truck that crossed is never annulled.
                    booking.Status.ShouldBe(BookingStatus.Completed, $"{truck.Plan} truck {truck.Plate}: {string.Join(", ", truck.Outcomes)}");
                    truck.Outcomes.ShouldBe(["Advanced", "Advanced", "Advanced", "Advanced"]);
                    booking.ArrivedAt.ShouldNotBeNull();
                    booking.LeftZoneAt!.Value.ShouldBeGreaterThanOrEqualTo(booking.CalledAt.Value);
                    break;
                case Plan.Absent:
                    booking.Status.ShouldBe(BookingStatus.Annulled);
                    booking.AnnulmentReason.ShouldBe(AnnulmentReason.NoShow);
                    booking.ClosedAt!.Value.ShouldBeGreaterThanOrEqualTo(booking.Interval.EndsAt.AddMinutes(30));
                    break;
                case Plan.Late:
                    // R28: late arrival → annulled without refund, and the barrier stays shut (the read did not advance).
                    booking.Status.ShouldBe(BookingStatus.Annulled);
                    booking.AnnulmentReason.ShouldBe(AnnulmentReason.LateArrival);
                    truck.Outcomes.ShouldBe(["Late"]);
                    break;
            }
        }

        // R31: every call list is in the queue's order; R34: each booking reminded and called once.
        var lists = await api.ReadStoreAsync(db => db.CallLists.AsNoTracking().ToListAsync());
        lists.SelectMany(l => l.Vehicles).Count().ShouldBe(trucks);
        foreach (var list in lists)
        {
            list.Vehicles.ShouldBe(list.Vehicles.Order(QueueOrder.Instance).ToList());
        }

        var events = await api.ReadStoreAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Type == "BookingReminded" || m.Type == "BookingCalled").Select(m => new { m.Type, m.AggregateId }).ToListAsync());
        events.GroupBy(e => (e.Type, e.AggregateId)).ShouldAllBe(g => g.Count() == 1);
        events.Count.ShouldBe(2 * trucks);

        // R11: one system command per admitted read at a gate with a barrier, each kept with its plate,
        // booking and reason; a late truck's refused read opened nothing and alerted the officers.
        var commands = await api.ReadStoreAsync(db => db.BarrierCommands.AsNoTracking().ToListAsync());
        var crossed = day.Count(t => t.Plan is Plan.OnTime or Plan.Early);
        commands.Count.ShouldBe(2 * crossed);
        commands.ShouldAllBe(c => c.BookingId != null && c.Plate != null && c.Reason.Length > 0 && c.AnprEventId != null);
        commands.Select(c => c.BookingId!.Value.Value).Distinct().Count().ShouldBe(crossed);
        var refusals = await api.ReadStoreAsync(db => db.CheckpointAlerts.AsNoTracking().CountAsync(a => a.Kind == Seo.Domain.Alerts.AlertKind.EntryRefused));
        refusals.ShouldBe(day.Count(t => t.Plan == Plan.Late));

        // R35: an annulled place was used up, not freed; every interval still counts its 20.
        var slots = await carrier.Client.AvailabilityAsync(Day);
        slots.Where(s => s!.Number("booked") > 0).Sum(s => s!.Number("booked")).ShouldBe(trucks);

        // The open data of the day, from the journey's events, matches what the day was.
        await api.DispatchOutboxAsync();
        var figures = (await anonymous.GetJsonAsync($"/api/v1/open-data/checkpoints/DOSTYK/days?from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}"))["days"]!.AsArray().ShouldHaveSingleItem()!;
        figures.Number("capacity").ShouldBe(480);
        figures.Number("booked").ShouldBe(trucks);
        figures.Number("arrived").ShouldBe(crossed);
        figures.Number("crossed").ShouldBe(crossed);
        figures.Number("noShows").ShouldBe(day.Count(t => t.Plan == Plan.Absent));
        figures.Number("annulledLate").ShouldBe(day.Count(t => t.Plan == Plan.Late));
        var waits = bookings.Where(b => b.EnteredAt is not null).Select(b => (b.EnteredAt!.Value - b.ArrivedAt!.Value).TotalMinutes).Order().ToList();
        var lateness = bookings.Where(b => b.CrossedAt is not null).Select(b => (b.CrossedAt!.Value - b.Interval.StartsAt).TotalMinutes).Order().ToList();
        figures["averageWaitMinutes"]!.GetValue<double>().ShouldBe(Math.Round(waits.Average(), 1));
        figures["p90WaitMinutes"]!.GetValue<double>().ShouldBe(waits[(int)Math.Ceiling(0.9 * waits.Count) - 1]);
        figures["averageBookedToCrossingMinutes"]!.GetValue<double>().ShouldBe(Math.Round(lateness.Average(), 1));
        figures["p90BookedToCrossingMinutes"]!.GetValue<double>().ShouldBe(lateness[(int)Math.Ceiling(0.9 * lateness.Count) - 1]);
    }

    private static async Task MoveAsync(Truck truck, DateTimeOffset now, Dictionary<string, Camera> cameras)
    {
        switch (truck.Stage)
        {
            case "Away":
                truck.Outcomes.Add(await ReadAsync(cameras["WaitingZoneEntry"], truck, now));
                truck.Stage = truck.Outcomes[^1] == "Advanced" ? "InZone" : "Gone";
                truck.NextMoveAt = truck.Stage == "InZone" ? now : DateTimeOffset.MaxValue;
                break;
            case "InZone" when truck.CalledAt is { } called:
                // R31, R34: a truck leaves the zone only once called, 10 minutes after the call or its arrival.
                if (now < called.AddMinutes(10))
                {
                    truck.NextMoveAt = called.AddMinutes(10);
                    return;
                }

                truck.Outcomes.Add(await ReadAsync(cameras["WaitingZoneExit"], truck, now));
                truck.Stage = "Left";
                truck.NextMoveAt = now.AddMinutes(10);
                break;
            case "InZone":
                // Waits for its call: looks again next step.
                truck.NextMoveAt = now + Step;
                break;
            case "Left":
                truck.Outcomes.Add(await ReadAsync(cameras["CheckpointEntry"], truck, now));
                truck.Stage = "Entered";
                truck.NextMoveAt = now.AddMinutes(20);
                break;
            case "Entered":
                truck.Outcomes.Add(await ReadAsync(cameras["BorderLine"], truck, now));
                truck.Stage = "Crossed";
                truck.NextMoveAt = DateTimeOffset.MaxValue;
                break;
        }
    }

    private static async Task<string> ReadAsync(Camera camera, Truck truck, DateTimeOffset now)
    {
        var response = await camera.Client.PostAsJsonAsync(
            "/api/v1/devices/anpr-events", new { eventId = Guid.NewGuid(), capturedAt = now, plate = truck.Plate, confidence = 0.97 });
        var read = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return read.Str("outcome");
    }
}
