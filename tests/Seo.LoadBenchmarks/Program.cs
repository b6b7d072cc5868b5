using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;

// The rush when a new day opens: many carriers ask for the first free interval of one checkpoint
// at once. Drives a running Seo API on this machine only, with a bounded number of requests, and
// reports status counts, throughput and latency percentiles with the machine it ran on.
//
//   dotnet run -c Release --project tests/Seo.LoadBenchmarks -- [baseUrl] [requests] [concurrency] [checkpoint] [lag]
//   defaults: http://127.0.0.1:5080 400 32 DOSTYK
//
// With "lag" as the fifth argument it also measures how long availability takes to show each
// booking: after every 201 the booking waits until GET availability shows its interval with at
// least as many bookings as had been confirmed for it when that 201 arrived, and percentiles of
// that wait are reported. One poller reads each day with waiting bookings every 20 ms (one GET per
// day per tick, not one per booking), so the measurement adds a small, bounded load.
var baseUrl = new Uri(args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080");
var requests = int.Parse(args.ElementAtOrDefault(1) ?? "400", CultureInfo.InvariantCulture);
var concurrency = int.Parse(args.ElementAtOrDefault(2) ?? "32", CultureInfo.InvariantCulture);
var checkpoint = args.ElementAtOrDefault(3) ?? "DOSTYK";
var measureLag = string.Equals(args.ElementAtOrDefault(4), "lag", StringComparison.Ordinal);
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

using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
var token = await RegisterCarrierAsync(http);
http.DefaultRequestHeaders.Authorization = new("Bearer", token);

// Aim at the first interval of a day 30 days ahead, so every request competes for the same new day.
var firstFreeFrom = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(5)).Date.AddDays(30);
var runId = Random.Shared.Next(10_000_000, 99_999_999);
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
        using var response = await http.PostAsJsonAsync("/api/v1/bookings", BookingBody(checkpoint, new DateTimeOffset(firstFreeFrom, TimeSpan.FromHours(5)), runId, i));
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        statuses[i] = (int)response.StatusCode;
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
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
Console.WriteLine($"target: {baseUrl} checkpoint {checkpoint}, {requests} booking requests (first free from {firstFreeFrom:yyyy-MM-dd}), concurrency {concurrency}");
Console.WriteLine($"statuses: {string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}"))}");
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

static async Task<string> RegisterCarrierAsync(HttpClient http)
{
    var email = $"load-{Guid.NewGuid():N}@example.kz";
    const string password = "load-driver-password";
    using var registered = await http.PostAsJsonAsync("/api/v1/accounts", new
    {
        email,
        password,
        kind = "LegalEntity",
        residency = "NonResident",
        organisationName = "Load Driver LLP",
        phone = "+77011234567",
        acceptUserAgreement = true,
        consentToPersonalDataProcessing = true,
    });
    if (registered.StatusCode != HttpStatusCode.Created)
    {
        throw new InvalidOperationException($"register: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync()}");
    }

    using var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
    var body = await token.Content.ReadFromJsonAsync<JsonElement>();
    return body.GetProperty("accessToken").GetString()!;
}

static object BookingBody(string checkpoint, DateTimeOffset firstFreeFrom, int runId, int i) => new
{
    checkpoint,
    firstFreeFrom,
    vehicle = new
    {
        kind = "SemiTrailerTractor",
        countryOfRegistration = "KZ",
        plate = string.Create(CultureInfo.InvariantCulture, $"L{runId % 1000:D3}{i:D5}"),
        vin = string.Create(CultureInfo.InvariantCulture, $"LD{runId:D8}{i:D7}"),
    },
    drivers = new[]
    {
        new
        {
            residency = "NonResident",
            surname = "Driver",
            givenName = "Load",
            dateOfBirth = "1985-05-05",
            phone = "+77011234567",
            email = "driver@example.kz",
            document = new { type = "Passport", issuingCountry = "UZ", number = "AA1234567", expiresOn = "2031-01-01" },
        },
    },
};
