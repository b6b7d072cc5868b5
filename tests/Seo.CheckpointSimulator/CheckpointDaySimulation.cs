using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Seo.CheckpointSimulator;

/// <summary>
/// Plays a day at one checkpoint through a sandbox API, as its users would: the carrier books and
/// pays every truck; then, with the sandbox clock moved forward a step at a time (the API runs its
/// sweeps at each move), the trucks come on time, early, late or never; the four cameras of the
/// journey read them; the barriers collect and acknowledge their commands; a truck in the waiting
/// zone watches its booking for the call. At the end the day is read back and checked against the
/// Rules (R28, R29, R31, R34, R35, R11) and the messages the sandbox recorded.
/// </summary>
/// <param name="newClient">Makes a client of the API: a real one for a running API, the test server's in tests.</param>
public sealed class CheckpointDaySimulation(Func<HttpClient> newClient, SimulationOptions options)
{
    private const string DeviceKeyHeader = "X-Device-Key";
    private static readonly string[] CameraPoints = ["WaitingZoneEntry", "WaitingZoneExit", "CheckpointEntry", "BorderLine"];
    private static readonly string[] BarrierPoints = ["WaitingZoneEntry", "CheckpointEntry"];

    private readonly Dictionary<string, HttpClient> _cameras = [];
    private readonly List<HttpClient> _barriers = [];
    private int _requests;
    private int _reads;
    private int _barrierCommands;
    private readonly List<Guid> _deviceIds = [];
    private LiveLagProbe? _probe;

    public async Task<DayReport> RunAsync(CancellationToken cancellationToken)
    {
        var setup = Stopwatch.StartNew();
        using var registrarClient = newClient();
        var credentials = new RegistrarCredentials(options.RegistrarEmail, options.RegistrarPassword, options.RegistrarTotpSecret)
        {
            ServerClock = options.ServerClock ?? (() => TimeProvider.System.GetUtcNow()),
        };
        var registrar = new Session(registrarClient, options.RegistrarEmail, options.RegistrarPassword, credentials.NextTotpCode);
        await SignInRegistrarAsync(registrar, cancellationToken);
        var now = await ClockAsync(registrar, cancellationToken);

        // Three days ahead: past the closing lead before an interval (R29, 25 h by default) and the day's reminders.
        var day = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(5)).DateTime).AddDays(3);
        var places = await PlacesAsync(registrar, day, cancellationToken);
        var fleet = new LoadFleet(Random.Shared.Next(10_000_000, 99_999_999), options.Trucks);
        await SimulatedRegistrySetup.PutOnFileAsync(
            newClient, credentials, fleet, Math.Min(options.Concurrency, 16), cancellationToken);
        await RegisterDevicesAsync(registrar, cancellationToken);
        using var carrierClient = newClient();
        var carrier = await RegisterCarrierAsync(carrierClient, fleet, cancellationToken);
        setup.Stop();

        var booking = Stopwatch.StartNew();
        var trucks = Enumerable.Range(0, options.Trucks).Select(i => new SimulatedTruck(i, SimulatedTruck.PlanOf(i))).ToList();
        await Parallel.ForEachAsync(
            trucks,
            new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken },
            async (truck, ct) => await BookAndPayAsync(carrier, fleet, truck, places[truck.Index], day, ct));
        booking.Stop();

        await using var probe = options.MeasureLiveLag ? new LiveLagProbe(registrarClient, registrar.Token, options.Checkpoint) : null;
        if (probe is not null)
        {
            await probe.StartAsync(cancellationToken);
            _probe = probe;
        }

        var journey = Stopwatch.StartNew();
        var moves = await PlayAsync(registrar, carrier, fleet, trucks, cancellationToken);
        journey.Stop();

        var lag = probe is null ? null : await probe.SummariseAsync(TimeSpan.FromSeconds(10), cancellationToken);
        try
        {
            var timings = new Timings(setup.Elapsed, booking.Elapsed, journey.Elapsed, moves);
            return await ReportAsync(registrar, carrier, trucks, day, timings, lag, cancellationToken);
        }
        finally
        {
            // Revoked, the day's devices leave the checkpoint as they found it: a barrier left
            // registered would be told to open for the next run's trucks and never answer.
            foreach (var id in _deviceIds)
            {
                await registrar.SendAsync(HttpMethod.Delete, $"/api/v1/admin/devices/{id}", null, HttpStatusCode.NoContent, CancellationToken.None);
            }

            foreach (var device in _cameras.Values.Concat(_barriers))
            {
                device.Dispose();
            }
        }
    }

    private sealed record Timings(TimeSpan Setup, TimeSpan Booking, TimeSpan Journey, int ClockMoves);

    /// <summary>Reads the day back: every booking of the carrier and every message the sandbox recorded for them.</summary>
    private async Task<DayReport> ReportAsync(
        Session registrar, Session carrier, List<SimulatedTruck> trucks, DateOnly day, Timings timings, LagSummary? lag, CancellationToken cancellationToken)
    {
        var bookings = new Dictionary<Guid, JsonElement>();
        for (var page = 1; bookings.Count < trucks.Count; page++)
        {
            var items = (await carrier.GetJsonAsync($"/api/v1/bookings?page={page}&pageSize=100", cancellationToken)).GetProperty("items");
            if (items.GetArrayLength() == 0)
            {
                break;
            }

            foreach (var item in items.EnumerateArray())
            {
                bookings[item.GetProperty("id").GetGuid()] = item;
            }
        }

        var ours = trucks.Select(t => t.BookingId).ToHashSet();
        var messages = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = (await registrar.GetJsonAsync($"/api/v1/sandbox/messages?page={page}&pageSize=200", cancellationToken)).GetProperty("items");
            messages.AddRange(items.EnumerateArray().Where(m => m.TryGetProperty("bookingId", out var id) && id.ValueKind == JsonValueKind.String && ours.Contains(id.GetGuid())));
            if (items.GetArrayLength() < 200)
            {
                break;
            }
        }

        var check = new DayCheck(trucks, bookings, messages);
        return new DayReport(
            options.Checkpoint,
            day,
            trucks.Count,
            check.Outcomes(),
            check.LeadRange("calledAt", TimeSpan.FromMinutes(1)),
            check.LeadRange("remindedAt", TimeSpan.FromHours(1)),
            _barrierCommands,
            messages.GroupBy(m => m.Str("kind")).ToDictionary(g => g.Key, g => g.Count()),
            check.DuplicateMessages(),
            _reads,
            _requests,
            timings.ClockMoves,
            timings.Setup,
            timings.Booking,
            timings.Journey,
            lag,
            check.Failures(_barrierCommands));
    }

    private async Task SignInRegistrarAsync(Session registrar, CancellationToken cancellationToken)
    {
        try
        {
            await registrar.SignInAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new SimulationSetupException($"The registrar {options.RegistrarEmail} could not sign in: {e.Message}");
        }
    }

    private static async Task<DateTimeOffset> ClockAsync(Session registrar, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sandbox/clock");
        request.Headers.Authorization = new("Bearer", registrar.Token);
        using var response = await registrar.Client.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new SimulationSetupException(
                "The API's sandbox is off (GET /api/v1/sandbox/clock is 404): run it in the Development environment on the embedded default, " +
                "as `dotnet run --project src/WebApi` does.");
        }

        response.EnsureSuccessStatusCode();
        var clock = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        return clock.Instant("now")!.Value;
    }

    /// <summary>One place per truck: the day's intervals in order, as many trucks in each as it has free places.</summary>
    private async Task<List<string>> PlacesAsync(Session registrar, DateOnly day, CancellationToken cancellationToken)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var availability = await registrar.GetJsonAsync($"/api/v1/checkpoints/{options.Checkpoint}/availability?from={date}&to={date}", cancellationToken);
        var places = availability.GetProperty("intervals").EnumerateArray()
            .Where(i => i.GetProperty("bookable").GetBoolean())
            .SelectMany(i => Enumerable.Repeat(i.Str("start"), i.GetProperty("free").GetInt32()))
            .Take(options.Trucks)
            .ToList();
        if (places.Count < options.Trucks)
        {
            throw new SimulationSetupException($"{options.Checkpoint} has {places.Count} free places on {date}, fewer than the {options.Trucks} trucks asked for.");
        }

        return places;
    }

    private async Task RegisterDevicesAsync(Session registrar, CancellationToken cancellationToken)
    {
        foreach (var point in CameraPoints)
        {
            _cameras[point] = await RegisterDeviceAsync(registrar, $"Simulated camera {point}", point, "AnprCamera", cancellationToken);
        }

        foreach (var point in BarrierPoints)
        {
            _barriers.Add(await RegisterDeviceAsync(registrar, $"Simulated barrier {point}", point, "Barrier", cancellationToken));
        }
    }

    private async Task<HttpClient> RegisterDeviceAsync(Session registrar, string name, string point, string kind, CancellationToken cancellationToken)
    {
        var created = await registrar.PostJsonAsync(
            "/api/v1/admin/devices", new { name, checkpoint = options.Checkpoint, point, direction = "Exit", kind }, HttpStatusCode.Created, cancellationToken);
        _deviceIds.Add(created.GetProperty("device").GetProperty("id").GetGuid());
        var device = newClient();
        device.DefaultRequestHeaders.Add(DeviceKeyHeader, created.Str("apiKey"));
        return device;
    }

    /// <summary>A resident legal entity whose BIN the registry setup put on file, so its trucks pass the checks of R19.</summary>
    private static async Task<Session> RegisterCarrierAsync(HttpClient client, LoadFleet fleet, CancellationToken cancellationToken)
    {
        var email = $"simulator-{Guid.NewGuid():N}@example.kz";
        const string password = "checkpoint-simulator";
        await client.PostJsonAsync("/api/v1/accounts", new
        {
            email,
            password,
            kind = "LegalEntity",
            residency = "Resident",
            organisationName = "Checkpoint Simulator LLP",
            taxId = fleet.OwnerBin,
            phone = "+77011234567",
            acceptUserAgreement = true,
            consentToPersonalDataProcessing = true,
        }, HttpStatusCode.Accepted, cancellationToken);
        var carrier = new Session(client, email, password);
        await carrier.SignInAsync(cancellationToken);
        // R15: the owner proves its BIN with a certificate from the sandbox test root.
        await SandboxIdentityProof.ProveAsync(client, carrier.Token, cancellationToken);
        return carrier;
    }

    private async Task BookAndPayAsync(Session carrier, LoadFleet fleet, SimulatedTruck truck, string start, DateOnly day, CancellationToken cancellationToken)
    {
        var booked = await carrier.PostJsonAsync("/api/v1/bookings", new
        {
            checkpoint = options.Checkpoint,
            date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            start,
            vehicle = new { kind = "SemiTrailerTractor", countryOfRegistration = "KZ", plate = fleet.Plate(truck.Index), vin = fleet.Vin(truck.Index) },
            drivers = new[]
            {
                new
                {
                    residency = "Resident",
                    surname = "Driver",
                    givenName = "Simulated",
                    dateOfBirth = "1985-05-05",
                    phone = LoadFleet.DriverPhone,
                    email = "driver@example.kz",
                    document = new { type = "IdentityCard", issuingCountry = "KZ", number = LoadFleet.DriverDocument, expiresOn = "2031-01-01" },
                },
            },
        }, HttpStatusCode.Created, cancellationToken);
        truck.BookingId = booked.GetProperty("id").GetGuid();
        truck.StartsAt = booked.GetProperty("interval").Instant("startsAt")!.Value;
        truck.EndsAt = booked.GetProperty("interval").Instant("endsAt")!.Value;
        await carrier.PostJsonAsync($"/api/v1/bookings/{truck.BookingId}/payment", null, HttpStatusCode.OK, cancellationToken);
        truck.PlanArrival();
    }

    /// <summary>From before the first reminder (24 h ahead) until the last interval's grace has long passed.</summary>
    private async Task<int> PlayAsync(Session registrar, Session carrier, LoadFleet fleet, List<SimulatedTruck> trucks, CancellationToken cancellationToken)
    {
        var from = Align(trucks.Min(t => t.StartsAt) - TimeSpan.FromHours(24.5));
        var until = trucks.Max(t => t.EndsAt) + TimeSpan.FromHours(2);
        var moves = 0;
        for (var now = from; now <= until; now += options.Step)
        {
            // The no-show sweep comes every 20 minutes, as a scheduler firing might: a late truck can
            // turn up (35 minutes after its interval) before it, and is refused as late (R28).
            await MoveClockAsync(registrar, now, annulNoShows: now.Minute % 20 == 0, cancellationToken);
            moves++;
            var due = trucks.Where(t => t.NextMoveAt <= now).ToList();
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken },
                async (truck, ct) => await MoveAsync(carrier, fleet, truck, now, ct));
            await OperateBarriersAsync(cancellationToken);
            await SettleAsync(registrar, cancellationToken);
        }

        // The last moves' messages were made once their events were dispatched: one more move sends them.
        await MoveClockAsync(registrar, until + options.Step, annulNoShows: true, cancellationToken);
        return moves + 1;
    }

    /// <summary>
    /// Waits until the API has dispatched every event of the step to the read models and the
    /// messages (GET /admin/outbox shows nothing pending), so that the clock never moves on past
    /// what the real minutes would have let settle: the simulated day runs faster than a real one,
    /// not faster than the API.
    /// </summary>
    private async Task SettleAsync(Session registrar, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Interlocked.Increment(ref _requests);
            if ((await registrar.GetJsonAsync("/api/v1/admin/outbox", cancellationToken)).GetProperty("pending").GetInt32() == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    private DateTimeOffset Align(DateTimeOffset moment)
    {
        var step = options.Step.Ticks;
        return new DateTimeOffset(moment.UtcTicks / step * step, TimeSpan.Zero).ToOffset(moment.Offset);
    }

    /// <summary>Returns how many messages the move delivered.</summary>
    private async Task<int> MoveClockAsync(Session registrar, DateTimeOffset to, bool annulNoShows, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var clock = await registrar.PostJsonAsync("/api/v1/sandbox/clock", new { to, annulNoShows }, HttpStatusCode.OK, cancellationToken);
        return clock.GetProperty("swept").GetProperty("messagesDelivered").GetInt32();
    }

    private async Task MoveAsync(Session carrier, LoadFleet fleet, SimulatedTruck truck, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (truck.Stage)
        {
            case TruckStage.Away:
                var arrived = await ReadAsync("WaitingZoneEntry", fleet, truck, now, cancellationToken);
                truck.Stage = arrived ? TruckStage.InZone : TruckStage.Gone;
                truck.NextMoveAt = arrived ? now : DateTimeOffset.MaxValue;
                break;
            case TruckStage.InZone:
                // R34: the driver watches the booking in the cabinet and leaves the zone 10 minutes after the call.
                truck.CalledAt ??= await CalledAtAsync(carrier, truck, cancellationToken);
                if (truck.CalledAt is not { } called)
                {
                    truck.NextMoveAt = now + options.Step;
                }
                else if (now < called.AddMinutes(10))
                {
                    truck.NextMoveAt = called.AddMinutes(10);
                }
                else
                {
                    await ReadAsync("WaitingZoneExit", fleet, truck, now, cancellationToken);
                    truck.Stage = TruckStage.LeftZone;
                    truck.NextMoveAt = now.AddMinutes(10);
                }

                break;
            case TruckStage.LeftZone:
                await ReadAsync("CheckpointEntry", fleet, truck, now, cancellationToken);
                truck.Stage = TruckStage.Entered;
                truck.NextMoveAt = now.AddMinutes(20);
                break;
            case TruckStage.Entered:
                await ReadAsync("BorderLine", fleet, truck, now, cancellationToken);
                truck.Stage = TruckStage.Crossed;
                truck.NextMoveAt = DateTimeOffset.MaxValue;
                break;
            default:
                truck.NextMoveAt = DateTimeOffset.MaxValue;
                break;
        }
    }

    private async Task<DateTimeOffset?> CalledAtAsync(Session carrier, SimulatedTruck truck, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return (await carrier.GetJsonAsync($"/api/v1/bookings/{truck.BookingId}", cancellationToken)).Instant("calledAt");
    }

    /// <summary>The camera at <paramref name="point"/> reads the truck; true when the read moved its booking on.</summary>
    private async Task<bool> ReadAsync(string point, LoadFleet fleet, SimulatedTruck truck, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var eventId = Guid.NewGuid();
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _reads);
        var read = await _cameras[point].PostJsonAsync(
            "/api/v1/devices/anpr-events", new { eventId, capturedAt = now, plate = fleet.Plate(truck.Index), confidence = 0.97 }, HttpStatusCode.Created, cancellationToken);
        _probe?.Answered(eventId);
        var outcome = read.Str("outcome");
        lock (truck.Outcomes)
        {
            truck.Outcomes.Add(outcome);
        }

        return outcome == "Advanced";
    }

    /// <summary>Each barrier collects what it was told (R11) and acknowledges it as done.</summary>
    private async Task OperateBarriersAsync(CancellationToken cancellationToken)
    {
        foreach (var barrier in _barriers)
        {
            Interlocked.Increment(ref _requests);
            var instructions = await barrier.GetJsonAsync("/api/v1/devices/barrier-commands?wait=0", cancellationToken);
            foreach (var command in instructions.GetProperty("commands").EnumerateArray())
            {
                Interlocked.Increment(ref _requests);
                await barrier.PostJsonAsync($"/api/v1/devices/barrier-commands/{command.Str("id")}/ack", new { outcome = "Done" }, HttpStatusCode.OK, cancellationToken);
                _barrierCommands++;
            }
        }
    }
}
