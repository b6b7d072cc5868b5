using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// A flood of wrong-password sign-ins, and what it costs everyone else: availability reads by a few
/// signed-in carriers, paced (one read per reader every 100 ms), are timed first with the API idle,
/// then while flooders send wrong passwords as fast as the API answers. Reports p50/p95 of the reads
/// in both phases and their ratio, with the flood's answers by status (401 counted, 429 refused by a
/// rate limit or lockout, 503 refused by the password gate). Exit code 1 when the reads' p95 under
/// the flood is more than twice the idle p95, or a read fails.
///
///   dotnet run -c Release --project tests/Seo.LoadBenchmarks -- login-flood [baseUrl] [seconds] [flooders] [--rate N] [--forwarded]
///   defaults: http://127.0.0.1:5080 15 64, --rate 200
///
/// --rate is the flood's attempts per second in all (each flooder sends its share, paced, and
/// waits for each answer); 0 floods as fast as the API answers. The driver shares this machine's
/// cores with the API, so an unpaced flood measures the driver's own CPU as much as the API's.
///
/// With --forwarded each flooder request names one of 256 client addresses in X-Forwarded-For, as
/// if many machines flooded; only meaningful when the API trusts this machine as its proxy
/// (Seo__Hosting__ForwardedHeaders__Enabled=true). Run the API with Seo__RateLimits__ExemptLoopback=false,
/// or the Development environment exempts this driver from the limits it is measuring.
/// </summary>
internal static class LoginFlood
{
    private const int Readers = 4;
    private static readonly TimeSpan ReadEvery = TimeSpan.FromMilliseconds(100);

    public static async Task<int> RunAsync(string[] args)
    {
        var forwarded = args.Contains("--forwarded", StringComparer.Ordinal);
        var rateAt = Array.IndexOf(args, "--rate");
        var rate = rateAt >= 0 && rateAt + 1 < args.Length ? int.Parse(args[rateAt + 1], CultureInfo.InvariantCulture) : 200;
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (rateAt < 0 || i != rateAt + 1)).ToArray();
        var baseUrl = new Uri(positional.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080");
        var seconds = int.Parse(positional.ElementAtOrDefault(1) ?? "15", CultureInfo.InvariantCulture);
        var flooders = int.Parse(positional.ElementAtOrDefault(2) ?? "64", CultureInfo.InvariantCulture);
        if (!baseUrl.IsLoopback)
        {
            Console.Error.WriteLine("The load driver only targets an API on this machine (loopback).");
            return 2;
        }

        if (seconds is < 1 or > 600 || flooders is < 1 or > 512 || rate is < 0 or > 100_000)
        {
            Console.Error.WriteLine("seconds: 1..600, flooders: 1..512, rate: 0..100000");
            return 2;
        }

        var phase = TimeSpan.FromSeconds(seconds);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = flooders + Readers + 4 };
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var readers = new List<string>();
        for (var i = 0; i < Readers; i++)
        {
            readers.Add(await SignedInCarrierAsync(http));
        }

        var day = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(5)).Date.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var readPath = $"/api/v1/checkpoints/DOSTYK/availability?from={day}&to={day}";

        // Warm-up, untimed: the first reads pay for JIT and caches.
        await ReadPhaseAsync(http, readers, readPath, TimeSpan.FromSeconds(2));
        var idle = await ReadPhaseAsync(http, readers, readPath, phase);

        using var stopFlood = new CancellationTokenSource();
        var statuses = new ConcurrentDictionary<int, int>();
        var attempts = 0L;
        var flood = Task.WhenAll(Enumerable.Range(0, flooders).Select(f => FloodAsync(f, stopFlood.Token)));
        var flooded = await ReadPhaseAsync(http, readers, readPath, phase);
        await stopFlood.CancelAsync();
        await flood;

        Console.WriteLine(BenchmarkReport.Machine);
        Console.WriteLine($"target: {baseUrl}, {Readers} signed-in readers each reading availability every {ReadEvery.TotalMilliseconds:0} ms, {seconds} s idle then {seconds} s under {flooders} flooders{(forwarded ? " from 256 forwarded addresses" : " from this machine's address")}, {(rate == 0 ? "unpaced" : $"paced at {rate} attempts/s")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"flood: {attempts} wrong-password sign-ins ({attempts / phase.TotalSeconds:0} /s), answers {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reads idle:  {idle.Count} reads, p50 {idle.P50:0.0} ms, p95 {idle.P95:0.0} ms, failures {idle.Failures}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reads flood: {flooded.Count} reads, p50 {flooded.P50:0.0} ms, p95 {flooded.P95:0.0} ms, failures {flooded.Failures}"));
        var ratio = flooded.P95 / Math.Max(idle.P95, 0.001);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"p95 under flood / idle p95: {ratio:0.00} (p50 ratio {flooded.P50 / Math.Max(idle.P50, 0.001):0.00}); within 2×: {(ratio <= 2 ? "yes" : "no")}"));
        return ratio <= 2 && idle.Failures == 0 && flooded.Failures == 0 ? 0 : 1;

        async Task FloodAsync(int flooder, CancellationToken stop)
        {
            var random = new Random(flooder);
            using var pace = rate == 0 ? null : new PeriodicTimer(TimeSpan.FromSeconds((double)flooders / rate));
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (pace is not null && !await pace.WaitForNextTickAsync(stop))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
                {
                    // A few e-mails guessed many times (lockout per e-mail) and fresh ones (only the address and the gate stop them).
                    Content = JsonContent.Create(new
                    {
                        email = random.Next(4) == 0 ? $"victim{random.Next(16)}@example.kz" : $"guess-{Guid.NewGuid():N}@example.kz",
                        password = $"wrong-{random.Next()}",
                    }),
                };
                if (forwarded)
                {
                    request.Headers.Add("X-Forwarded-For", $"10.77.{flooder % 16}.{random.Next(16) + (16 * (flooder / 16 % 16))}");
                }

                try
                {
                    using var response = await http.SendAsync(request, stop);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    Interlocked.Increment(ref attempts);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpRequestException)
                {
                    statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                }
            }
        }
    }

    private sealed record ReadFigures(int Count, double P50, double P95, int Failures);

    /// <summary>Each reader reads every <see cref="ReadEvery"/> for <paramref name="length"/>; the latency of every read.</summary>
    private static async Task<ReadFigures> ReadPhaseAsync(HttpClient http, List<string> tokens, string path, TimeSpan length)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(tokens.Select(async token =>
        {
            using var timer = new PeriodicTimer(ReadEvery);
            while (Stopwatch.GetTimestamp() < until && await timer.WaitForNextTickAsync())
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Authorization = new("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var sorted = latencies.Order().ToArray();
        return new ReadFigures(sorted.Length, BenchmarkReport.Percentile(sorted, 0.50), BenchmarkReport.Percentile(sorted, 0.95), failures);
    }


    /// <summary>A reader only reads: its BIN need not be proven, only valid and its own.</summary>
    private static Task<string> SignedInCarrierAsync(HttpClient http) =>
        new LoadFleet(Random.Shared.Next(1, 100_000), 0).RegisterAndSignInAsync(http, "Flood Reader LLP", CancellationToken.None);
}
