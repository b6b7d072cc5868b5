using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>
/// The rush when a new day enters the 90-day horizon (R22, docs/fair-release.md): does a client
/// sending 100× more requests get more places than its share? Against a running API in sandbox
/// mode with the draw's opening window on, the driver moves the sandbox clock to the moment the
/// next day enters the horizon, then, during its window, N fair clients (each its own account
/// and owner, one request per vehicle) and one greedy client (100× a fair client's requests:
/// many vehicles, each sent several times, as fast as the API answers) ask for the day. It moves
/// the clock past the window, waits for the draw to be published, checks it (the seed against
/// its commitment, every entry key, the round-robin order) and reports per client the requests
/// sent, the entries taken, the places won, and the share: places / clients, of which nobody
/// may get more than ⌈places / clients⌉. Exit code 1 when the greedy client got more than that,
/// the draw does not verify, or a request failed with 5xx.
///
///   dotnet run -c Release --project tests/Seo.LoadBenchmarks -- rush [baseUrl] [fairClients] [vehiclesPerFairClient] [multiplier] [checkpoint]
///       [--registrar-email EMAIL] --registrar-password PASSWORD --registrar-totp-secret BASE32
///   defaults: http://127.0.0.1:5080 9 3 100 DOSTYK
///
/// Start the API fresh (its sandbox clock not moved yet: the first registrar code is computed on
/// the real time), with a small capacity so the day is oversubscribed, and with the per-account
/// caps off so that only the draw stands between the greedy client and the places
/// (docs/performance.md gives the command).
/// </summary>
internal static class Rush
{
    private static readonly TimeSpan CheckpointOffset = TimeSpan.FromHours(5);
    private const int GreedyConcurrency = 32;

    public static async Task<int> RunAsync(string[] args)
    {
        var (registrar, positional) = RegistrarCredentials.Parse(args);
        var baseUrl = new Uri(positional.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080");
        var fairClients = int.Parse(positional.ElementAtOrDefault(1) ?? "9", CultureInfo.InvariantCulture);
        var vehiclesPerFair = int.Parse(positional.ElementAtOrDefault(2) ?? "3", CultureInfo.InvariantCulture);
        var multiplier = int.Parse(positional.ElementAtOrDefault(3) ?? "100", CultureInfo.InvariantCulture);
        var checkpoint = positional.ElementAtOrDefault(4) ?? "DOSTYK";
        if (!baseUrl.IsLoopback)
        {
            Console.Error.WriteLine("The load driver only targets an API on this machine (loopback).");
            return 2;
        }

        if (fairClients is < 1 or > 100 || vehiclesPerFair is < 1 or > 20 || multiplier is < 2 or > 1000)
        {
            Console.Error.WriteLine("fairClients: 1..100, vehiclesPerFairClient: 1..20, multiplier: 2..1000");
            return 2;
        }

        if (registrar is null)
        {
            Console.Error.WriteLine("The registrar's password is needed (--registrar-password or SEO_LOAD_REGISTRAR_PASSWORD), with its TOTP secret.");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        var ct = cancel.Token;
        using var handler = new SocketsHttpHandler();
        HttpClient NewClient() => new(handler, disposeHandler: false) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

        // The greedy client sends multiplier × a fair client's requests: a third as many vehicles, each sent three times.
        var greedyRequests = multiplier * vehiclesPerFair;
        var greedyVehicles = Math.Max(1, greedyRequests / 3);
        var runBase = Random.Shared.Next(1_000_000, 9_000_000) * 10;
        var clients = Enumerable.Range(0, fairClients)
            .Select(i => new Client($"fair-{i + 1}", new LoadFleet(runBase + (10 * (i + 1)), vehiclesPerFair), vehiclesPerFair))
            .Append(new Client("greedy", new LoadFleet(runBase, greedyVehicles), greedyRequests))
            .ToList();

        // 1. The registrar moves the sandbox clock to the moment the next day enters the horizon.
        using var sandbox = NewClient();
        sandbox.DefaultRequestHeaders.Authorization = new("Bearer", await SimulatedRegistrySetup.RegistrarTokenAsync(sandbox, registrar, ct));
        var serverNow = (await sandbox.GetFromJsonAsync<JsonElement>("/api/v1/sandbox/clock", ct)).GetProperty("now").GetDateTimeOffset();
        var localToday = DateOnly.FromDateTime(serverNow.ToOffset(CheckpointOffset).DateTime);
        var day = localToday.AddDays(91);
        var opensAt = new DateTimeOffset(localToday.AddDays(1).ToDateTime(TimeOnly.MinValue), CheckpointOffset);
        await MoveClockAsync(sandbox, opensAt + TimeSpan.FromSeconds(1), ct);
        var offset = opensAt + TimeSpan.FromSeconds(1) - TimeProvider.System.GetUtcNow();
        var onServerClock = registrar with { ServerClock = () => TimeProvider.System.GetUtcNow() + offset };
        sandbox.DefaultRequestHeaders.Authorization = new("Bearer", await SimulatedRegistrySetup.RegistrarTokenAsync(sandbox, onServerClock, ct));

        // 2. Untimed setup inside the window: every client's owner and trucks on file, its account registered with its BIN proven.
        var setup = Stopwatch.StartNew();
        var records = await SimulatedRegistrySetup.PutOnFileAsync(sandbox, [.. clients.Select(c => c.Fleet)], 16, ct);
        foreach (var client in clients)
        {
            client.Http = NewClient();
            client.Http.DefaultRequestHeaders.Authorization = new("Bearer", await client.Fleet.RegisterOwnerAsync(client.Http, ct, $"Rush {client.Name} LLP"));
        }

        setup.Stop();
        var drawPath = $"/api/v1/checkpoints/{checkpoint}/days/{day:yyyy-MM-dd}/draw";
        var opened = await WaitForDrawAsync(sandbox, drawPath, d => d.TryGetProperty("commitment", out var c) && c.ValueKind == JsonValueKind.String, ct);
        var closesAt = opened.GetProperty("closesAt").GetDateTimeOffset();
        var commitment = opened.GetProperty("commitment").GetString()!;
        var availability = await sandbox.GetFromJsonAsync<JsonElement>($"/api/v1/checkpoints/{checkpoint}/availability?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", ct);
        var places = availability.GetProperty("intervals").EnumerateArray().Sum(i => i.GetProperty("capacity").GetInt32());

        // 3. The rush, during the window: the fair clients one request per vehicle, the greedy one as fast as it can.
        var firstFreeFrom = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), CheckpointOffset);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(c => c.Name == "greedy"
            ? Task.WhenAll(Enumerable.Range(0, GreedyConcurrency).Select(_ => c.SendAllAsync(checkpoint, firstFreeFrom, greedyVehicles, ct)))
            : c.SendAllAsync(checkpoint, firstFreeFrom, vehiclesPerFair, ct)));
        wall.Stop();
        var lateEntries = clients.Sum(c => c.DrawAts.Count(d => d != closesAt));

        // 4. Past the window: the scheduler's day-draws job runs the draw and publishes it.
        var waited = Stopwatch.StartNew();
        await MoveClockAsync(sandbox, closesAt + TimeSpan.FromSeconds(1), ct);
        var drawn = await WaitForDrawAsync(sandbox, drawPath, d => d.TryGetProperty("seed", out var s) && s.ValueKind == JsonValueKind.String, ct);
        waited.Stop();
        var entries = drawn.GetProperty("entries").EnumerateArray().Select(e => new DrawnEntry(
            e.GetProperty("entryId").GetGuid(), e.GetProperty("applicant").GetString()!, e.GetProperty("entryKey").GetString()!,
            e.GetProperty("position").GetInt32(), e.GetProperty("outcome").GetString()!)).ToList();
        var verified = DrawCheck.Verify(drawn.GetProperty("seed").GetString()!, commitment, entries);

        var wonBy = entries.Where(e => e.Outcome == "Won").Select(e => e.EntryId).ToHashSet();
        var results = clients.Select(c => new ClientResult(c.Name, c.Sent, c.EntryIds.Count, c.EntryIds.Count(wonBy.Contains))).ToList();
        var report = RushReport.Of(places, results);

        Console.WriteLine(BenchmarkReport.Machine);
        Console.WriteLine($"target: {baseUrl} {checkpoint}, day {day:yyyy-MM-dd} entering the horizon at {opensAt:O}, window closing {closesAt:O} (sandbox clock)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"setup (untimed): {records} simulated-registry records, {clients.Count} accounts registered with their BIN proven, in {setup.Elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rush: {clients.Sum(c => c.Sent)} requests in {wall.Elapsed.TotalSeconds:0.00} s, all in the window (202 with this window's drawAt): {(lateEntries == 0 ? "yes" : $"no, {lateEntries} not")}"));
        Console.WriteLine($"statuses: {string.Join(", ", clients.SelectMany(c => c.Statuses).GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}"))}");
        Console.WriteLine($"problem codes: {string.Join(", ", clients.SelectMany(c => c.Codes).GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}"))}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"draw: published {waited.Elapsed.TotalSeconds:0.0} s after the clock passed the window; {entries.Count} entries, {wonBy.Count} won; {verified}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"places {places}, clients {clients.Count}: share {report.Share:0.00} (nobody may get more than {report.MaxPerClient})"));
        Console.WriteLine("| client | requests sent | entries (202) | places won | share | above share |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in report.Rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.Sent} | {row.Entries} | {row.Won} | {report.Share:0.00} | {(row.Won > report.MaxPerClient ? "yes" : "no")} |"));
        }

        var greedy = report.Rows.Single(r => r.Name == "greedy");
        Console.WriteLine($"greedy client exceeded its share: {(report.Exceeded(greedy) ? "YES" : "no")} ({greedy.Won} places for {greedy.Sent} requests; a fair client's median {report.MedianWonOfOthers(greedy)})");
        foreach (var client in clients)
        {
            client.Http?.Dispose();
        }

        var failed = clients.Any(c => c.Statuses.Any(s => s >= 500)) || verified != DrawCheck.Verified || lateEntries > 0;
        return report.Exceeded(greedy) || failed ? 1 : 0;
    }

    private static async Task MoveClockAsync(HttpClient sandbox, DateTimeOffset to, CancellationToken ct)
    {
        using var response = await sandbox.PostAsJsonAsync("/api/v1/sandbox/clock", new { to, annulNoShows = true }, ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /api/v1/sandbox/clock: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    /// <summary>Reads the day's published draw every 250 ms until <paramref name="ready"/>, for at most two minutes (the scheduler fires every DeadlineSweep).</summary>
    private static async Task<JsonElement> WaitForDrawAsync(HttpClient http, string path, Func<JsonElement, bool> ready, CancellationToken ct)
    {
        var until = Stopwatch.GetTimestamp() + (120 * Stopwatch.Frequency);
        while (true)
        {
            using var response = await http.GetAsync(path, ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var body = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Clone();
                if (ready(body))
                {
                    return body;
                }
            }

            if (Stopwatch.GetTimestamp() > until)
            {
                throw new TimeoutException($"GET {path} did not show the draw within two minutes (last answer {(int)response.StatusCode}): is Seo:Draws:OpeningWindow on?");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }

    /// <summary>One client: its account, its fleet, and what its requests got.</summary>
    private sealed class Client(string name, LoadFleet fleet, int requests)
    {
        private int _next = -1;

        public string Name { get; } = name;

        public LoadFleet Fleet { get; } = fleet;

        public HttpClient? Http { get; set; }

        public int Sent => Math.Min(Volatile.Read(ref _next) + 1, requests);

        public ConcurrentBag<int> Statuses { get; } = [];

        public ConcurrentBag<string> Codes { get; } = [];

        public ConcurrentBag<Guid> EntryIds { get; } = [];

        public ConcurrentBag<DateTimeOffset> DrawAts { get; } = [];

        /// <summary>Sends request after request (request i for truck i mod <paramref name="vehicles"/>) until the client's share of requests is sent.</summary>
        public async Task SendAllAsync(string checkpoint, DateTimeOffset firstFreeFrom, int vehicles, CancellationToken ct)
        {
            int i;
            while ((i = Interlocked.Increment(ref _next)) < requests)
            {
                using var response = await Http!.PostAsJsonAsync("/api/v1/bookings", Fleet.BookingBody(checkpoint, firstFreeFrom, i % vehicles), ct);
                Statuses.Add((int)response.StatusCode);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    EntryIds.Add(body.GetProperty("entryId").GetGuid());
                    DrawAts.Add(body.GetProperty("drawAt").GetDateTimeOffset());
                }
                else if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("code", out var code))
                {
                    Codes.Add(code.GetString() ?? "?");
                }
            }
        }
    }
}

internal sealed record DrawnEntry(Guid EntryId, string Applicant, string EntryKey, int Position, string Outcome);

/// <summary>The published draw recomputed as docs/fair-release.md says anyone can.</summary>
internal static class DrawCheck
{
    public const string Verified = "verified: the seed matches the commitment, every entry key, the round-robin order, winners before losers";

    public static string Verify(string seedHex, string commitment, IReadOnlyList<DrawnEntry> entries)
    {
        var seed = Convert.FromHexString(seedHex);
        if (Convert.ToHexStringLower(SHA256.HashData(seed)) != commitment)
        {
            return "NOT VERIFIED: the seed does not match the commitment";
        }

        string Key(Guid id) => Convert.ToHexStringLower(HMACSHA256.HashData(seed, Encoding.UTF8.GetBytes("entry:" + id.ToString("D"))));
        if (entries.Any(e => Key(e.EntryId) != e.EntryKey))
        {
            return "NOT VERIFIED: an entry key is not HMAC-SHA256(seed, entry id)";
        }

        var queues = entries.GroupBy(e => e.Applicant).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.EntryKey, StringComparer.Ordinal).ToList()).ToList();
        var order = Enumerable.Range(0, queues.Select(q => q.Count).DefaultIfEmpty(0).Max())
            .SelectMany(r => queues.Where(q => q.Count > r).Select(q => q[r].EntryId)).ToList();
        if (!order.SequenceEqual(entries.OrderBy(e => e.Position).Select(e => e.EntryId)))
        {
            return "NOT VERIFIED: the positions are not the round-robin order";
        }

        var lastWon = entries.Where(e => e.Outcome == "Won").Select(e => e.Position).DefaultIfEmpty(0).Max();
        var firstLost = entries.Where(e => e.Outcome == "Lost").Select(e => e.Position).DefaultIfEmpty(int.MaxValue).Min();
        return lastWon < firstLost ? Verified : "NOT VERIFIED: a loser came before a winner";
    }
}

internal sealed record ClientResult(string Name, int Sent, int Entries, int Won);

/// <summary>The arithmetic of the report: each client's share of the day's places, and who got more than the draw allows.</summary>
internal sealed record RushReport(int Places, IReadOnlyList<ClientResult> Rows)
{
    public static RushReport Of(int places, IReadOnlyList<ClientResult> rows) => new(places, rows);

    /// <summary>Places / clients: what each client gets on average when every client wants at least that many.</summary>
    public double Share => Rows.Count == 0 ? 0 : (double)Places / Rows.Count;

    /// <summary>⌈places / clients⌉: the round-robin gives nobody more while every client still wants more.</summary>
    public int MaxPerClient => Rows.Count == 0 ? 0 : (Places + Rows.Count - 1) / Rows.Count;

    public bool Exceeded(ClientResult client) => client.Won > MaxPerClient;

    public double MedianWonOfOthers(ClientResult client)
    {
        var others = Rows.Where(r => r != client).Select(r => r.Won).Order().ToArray();
        return others.Length == 0 ? 0 : others.Length % 2 == 1 ? others[others.Length / 2] : (others[(others.Length / 2) - 1] + others[others.Length / 2]) / 2.0;
    }
}
