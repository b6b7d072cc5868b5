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
//   dotnet run -c Release --project tests/Seo.LoadBenchmarks -- [baseUrl] [requests] [concurrency] [checkpoint]
//   defaults: http://127.0.0.1:5080 400 32 DOSTYK
var baseUrl = new Uri(args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080");
var requests = int.Parse(args.ElementAtOrDefault(1) ?? "400", CultureInfo.InvariantCulture);
var concurrency = int.Parse(args.ElementAtOrDefault(2) ?? "32", CultureInfo.InvariantCulture);
var checkpoint = args.ElementAtOrDefault(3) ?? "DOSTYK";

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
var wall = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < requests)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/v1/bookings", BookingBody(checkpoint, new DateTimeOffset(firstFreeFrom, TimeSpan.FromHours(5)), runId, i));
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        statuses[i] = (int)response.StatusCode;
    }
}));
wall.Stop();

Array.Sort(latencies);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
Console.WriteLine($"target: {baseUrl} checkpoint {checkpoint}, {requests} booking requests (first free from {firstFreeFrom:yyyy-MM-dd}), concurrency {concurrency}");
Console.WriteLine($"statuses: {string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}"))}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"throughput: {requests / wall.Elapsed.TotalSeconds:0.0} requests/s over {wall.Elapsed.TotalSeconds:0.00} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency ms: p50 {Percentile(0.50):0.0}, p95 {Percentile(0.95):0.0}, p99 {Percentile(0.99):0.0}, max {latencies[^1]:0.0}"));
return statuses.Any(s => s >= 500) ? 1 : 0;

double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];

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
