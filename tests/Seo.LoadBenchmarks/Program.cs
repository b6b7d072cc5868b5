using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

// The rush when a new day opens: many carriers ask for the first free interval of one checkpoint
// at once. Drives a running Seo API on this machine only, with a bounded number of requests, and
// reports status counts, throughput and latency percentiles with the machine it ran on.
//
//   dotnet run -c Release --project tests/Seo.LoadBenchmarks -- [baseUrl] [requests] [concurrency] [checkpoint] [lag]
//       [--registrar-email EMAIL] --registrar-password PASSWORD --registrar-totp-secret BASE32
//   defaults: http://127.0.0.1:5080 400 32 DOSTYK; registrar e-mail registrar@seo.local
//   or set SEO_LOAD_REGISTRAR_EMAIL / SEO_LOAD_REGISTRAR_PASSWORD instead of the two options
//
// The API must run on the embedded simulated registries in the Development environment (sandbox
// mode on, ASPNETCORE_ENVIRONMENT=Development): every booking is checked against the registries
// (R17-R19), so before the timed run the driver signs in as the registrar and puts its owner, its
// driver and every truck on file through the sandbox endpoints; the time that takes is reported
// apart. Bookings refused by the checks (422) are counted apart from other failures, and any such
// refusal makes the exit code 1, as a 5xx does: a refused run is never a fast run.
//
// With "lag" as the fifth argument it also measures how long availability takes to show each
// booking: after every 201 the booking waits until GET availability shows its interval with at
// least as many bookings as had been confirmed for it when that 201 arrived, and percentiles of
// that wait are reported. One poller reads each day with waiting bookings every 20 ms (one GET per
// day per tick, not one per booking), so the measurement adds a small, bounded load.
//
// With "login-flood" as the first argument it measures instead how a flood of wrong-password
// sign-ins affects other users' availability reads (LoginFlood.cs; docs/performance.md).
//
// With "rush" as the first argument it plays the rush when a new day enters the horizon: fair
// clients and one greedy client send their requests during the day's opening window, and the
// driver reports the places each won in the published draw against its share (Rush.cs).
//
// With "reads" as the first argument it measures availability reads against a trivial Kestrel
// JSON endpoint it starts itself, and reports their ratio (ReadBenchmark.cs).
//
// With "crossings ingest" or "crossings search" as the first arguments it measures the crossing
// log in process: camera reads from the outbox to searchable, and officers' searches over a
// million crossings (CrossingBenchmark.cs).
if (args.FirstOrDefault() == "crossings")
{
    return await CrossingBenchmark.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "reads")
{
    return await ReadBenchmark.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "trivial-server")
{
    return await ReadBenchmark.ServeTrivialAsync();
}

if (args.FirstOrDefault() == "login-flood")
{
    return await LoginFlood.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "rush")
{
    return await Rush.RunAsync(args[1..]);
}

var (registrar, positional) = RegistrarCredentials.Parse(args);
var baseUrl = new Uri(positional.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080");
var requests = int.Parse(positional.ElementAtOrDefault(1) ?? "400", CultureInfo.InvariantCulture);
var concurrency = int.Parse(positional.ElementAtOrDefault(2) ?? "32", CultureInfo.InvariantCulture);
var checkpoint = positional.ElementAtOrDefault(3) ?? "DOSTYK";
var measureLag = string.Equals(positional.ElementAtOrDefault(4), "lag", StringComparison.Ordinal);
var pollInterval = TimeSpan.FromMilliseconds(20);

if (!baseUrl.IsLoopback)
{
    Console.Error.WriteLine("The load driver only targets an API on this machine (loopback).");
    return 2;
}

if (requests is < 1 or > 20_000 || concurrency is < 1 or > 512)
{
    Console.Error.WriteLine("requests: 1..20000, concurrency: 1..512");
    return 2;
}

if (registrar is null)
{
    Console.Error.WriteLine(
        "The registrar's password is needed to put the driver's trucks on file in the simulated registries: pass "
        + "--registrar-password (and --registrar-email unless it is registrar@seo.local) or set SEO_LOAD_REGISTRAR_PASSWORD. "
        + "Start the API with Seo__Bootstrap__RegistrarPassword=... to choose it, or use the one-time password it printed at its first start.");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
var fleet = new LoadFleet(Random.Shared.Next(10_000_000, 99_999_999), requests);
(int Records, TimeSpan Took) setup;
try
{
    setup = await SimulatedRegistrySetup.PutOnFileAsync(
        () => new HttpClient { BaseAddress = baseUrl, Timeout = http.Timeout }, registrar, fleet, Math.Min(concurrency, 16), cancel.Token);
}
catch (SimulatedRegistrySetup.SetupFailedException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var token = await fleet.RegisterOwnerAsync(http, cancel.Token);
http.DefaultRequestHeaders.Authorization = new("Bearer", token);

// Aim at the first interval of a day 30 days ahead, so every request competes for the same new day.
var firstFreeFrom = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(5)).Date.AddDays(30);
string? firstRefusal = null;
var latencies = new double[requests];
var statuses = new int[requests];
var next = -1;
var confirmed = new System.Collections.Concurrent.ConcurrentDictionary<(string Date, string Start), int>();
var lags = new System.Collections.Concurrent.ConcurrentBag<double>();
var waiting = new List<(string Date, string Start, int MustShow, long ConfirmedAt)>();
using var stopPolling = new CancellationTokenSource();
using var reader = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
var wall = Stopwatch.StartNew();
var poller = measureLag ? PollAsync(stopPolling.Token) : Task.CompletedTask;
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < requests)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/v1/bookings", fleet.BookingBody(checkpoint, new DateTimeOffset(firstFreeFrom, TimeSpan.FromHours(5)), i), cancel.Token);
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        statuses[i] = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity && firstRefusal is null)
        {
            // One refusal's problem details say which check refused, so a broken setup is easy to see.
            Interlocked.CompareExchange(ref firstRefusal, await response.Content.ReadAsStringAsync(cancel.Token), null);
        }

        if (measureLag && response.StatusCode == HttpStatusCode.Created)
        {
            var confirmedAt = Stopwatch.GetTimestamp();
            var interval = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interval");
            var key = (interval.GetProperty("date").GetString()!, interval.GetProperty("start").GetString()!);
            var mustShow = confirmed.AddOrUpdate(key, 1, (_, n) => n + 1);
            lock (waiting)
            {
                waiting.Add((key.Item1, key.Item2, mustShow, confirmedAt));
            }
        }
    }
}));
wall.Stop();
await WaitForAllShownAsync();
await stopPolling.CancelAsync();
await poller;

Array.Sort(latencies);
Console.WriteLine(BenchmarkReport.Machine);
Console.WriteLine($"target: {baseUrl} checkpoint {checkpoint}, {requests} booking requests (first free from {firstFreeFrom:yyyy-MM-dd}), concurrency {concurrency}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"setup (untimed): {setup.Records} simulated-registry records put on file for 1 owner, 1 driver and {fleet.Trucks} trucks in {setup.Took.TotalSeconds:0.00} s"));
Console.WriteLine($"statuses: {string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}"))}");
var refusedByChecks = statuses.Count(s => s == (int)HttpStatusCode.UnprocessableEntity);
var otherFailures = statuses.Count(s => s != (int)HttpStatusCode.Created && s != (int)HttpStatusCode.UnprocessableEntity);
Console.WriteLine($"booked: {statuses.Count(s => s == (int)HttpStatusCode.Created)}, refused by the registry checks (422): {refusedByChecks}, other failures: {otherFailures}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"throughput: {requests / wall.Elapsed.TotalSeconds:0.0} requests/s over {wall.Elapsed.TotalSeconds:0.00} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency ms: p50 {Percentile(0.50):0.0}, p95 {Percentile(0.95):0.0}, p99 {Percentile(0.99):0.0}, max {latencies[^1]:0.0}"));
if (measureLag)
{
    var sorted = lags.Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"availability lag ms ({sorted.Length} bookings, polled every {pollInterval.TotalMilliseconds:0} ms): p50 {PercentileOf(sorted, 0.50):0.0}, p95 {PercentileOf(sorted, 0.95):0.0}, p99 {PercentileOf(sorted, 0.99):0.0}, max {sorted[^1]:0.0}"));
}

if (refusedByChecks > 0)
{
    Console.Error.WriteLine($"{refusedByChecks} booking(s) were refused by the registry checks; these figures do not measure bookings. First refusal: {firstRefusal}");
    return 1;
}

return statuses.Any(s => s >= 500) ? 1 : 0;

double Percentile(double p) => PercentileOf(latencies, p);

static double PercentileOf(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

// Every tick, reads each day that has bookings waiting to show and resolves those now shown; a
// booking not shown 30 s after its 201 is recorded as 30 s, so a stuck projection shows in the p99.
async Task PollAsync(CancellationToken stop)
{
    while (!stop.IsCancellationRequested)
    {
        List<(string Date, string Start, int MustShow, long ConfirmedAt)> pending;
        lock (waiting)
        {
            pending = [.. waiting];
        }

        foreach (var day in pending.GroupBy(w => w.Date))
        {
            var body = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/checkpoints/{checkpoint}/availability?from={day.Key}&to={day.Key}", CancellationToken.None);
            var booked = body.GetProperty("intervals").EnumerateArray().ToDictionary(i => i.GetProperty("start").GetString()!, i => i.GetProperty("booked").GetInt32());
            var seenAt = Stopwatch.GetTimestamp();
            foreach (var w in day)
            {
                var waited = Stopwatch.GetElapsedTime(w.ConfirmedAt, seenAt);
                if (booked[w.Start] >= w.MustShow || waited >= TimeSpan.FromSeconds(30))
                {
                    lags.Add(waited.TotalMilliseconds);
                    lock (waiting)
                    {
                        waiting.Remove(w);
                    }
                }
            }
        }

        try
        {
            await Task.Delay(pollInterval, stop);
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }
}

async Task WaitForAllShownAsync()
{
    while (true)
    {
        lock (waiting)
        {
            if (waiting.Count == 0)
            {
                return;
            }
        }

        await Task.Delay(pollInterval);
    }
}
