using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Availability reads against the least an HTTP JSON answer costs on this machine: the driver
/// starts a trivial Kestrel endpoint in a process of its own (this program with
/// <c>trivial-server</c>), then reads it and the running API's
/// <c>GET /api/v1/checkpoints/{code}/availability</c> of one day, each for the same time at the
/// same concurrency over keep-alive connections, and reports reads per second, p50/p99 and their
/// ratio. It reads the API's <c>GET /health/live</c> the same way too: the API's own middleware
/// with an answer of a few bytes, which tells the pipeline's cost from the availability answer's
/// (its computation and its 4–5 KB of JSON). Every read must answer 200; any other status fails the run.
/// <code>
///   dotnet Seo.LoadBenchmarks.dll reads [baseUrl] [seconds] [concurrency] [checkpoint]
///   defaults: http://127.0.0.1:5080 10 32 DOSTYK
/// </code>
/// </summary>
internal static class ReadBenchmark
{
    private const int TrivialPort = 5197;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080");
        var seconds = int.Parse(args.ElementAtOrDefault(1) ?? "10", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(args.ElementAtOrDefault(2) ?? "32", CultureInfo.InvariantCulture);
        var checkpoint = args.ElementAtOrDefault(3) ?? "DOSTYK";
        if (!baseUrl.IsLoopback || seconds is < 1 or > 600 || concurrency is < 1 or > 512)
        {
            Console.Error.WriteLine("reads: a loopback API, seconds 1..600, concurrency 1..512");
            return 2;
        }

        var day = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(5)).Date.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var availability = new Uri(baseUrl, $"/api/v1/checkpoints/{checkpoint}/availability?from={day}&to={day}");
        var trivial = new Uri($"http://127.0.0.1:{TrivialPort}/json");
        var pipeline = new Uri(baseUrl, "/health/live");

        using var server = StartTrivialServer();
        try
        {
            await WaitUntilAnsweringAsync(trivial);
            var duration = TimeSpan.FromSeconds(seconds);
            var trivialRun = await MeasureAsync(trivial, concurrency, duration);
            var availabilityRun = await MeasureAsync(availability, concurrency, duration);
            var pipelineRun = await MeasureAsync(pipeline, concurrency, duration);

            Console.WriteLine(BenchmarkReport.Machine);
            Console.WriteLine($"target: {availability} against {trivial}, {seconds} s each after {WarmUp.TotalSeconds:0} s untimed, concurrency {concurrency}");
            Report("trivial", trivialRun);
            Report("availability", availabilityRun);
            Report("the API's pipeline (/health/live)", pipelineRun);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio availability/trivial: {availabilityRun.PerSecond / trivialRun.PerSecond:0.000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio pipeline/trivial: {pipelineRun.PerSecond / trivialRun.PerSecond:0.000}"));
            return trivialRun.Failed + availabilityRun.Failed + pipelineRun.Failed == 0 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The trivial endpoint: Kestrel's defaults, one route, a small JSON object, nothing else in the pipeline.</summary>
    public static async Task<int> ServeTrivialAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{TrivialPort}");
        await using var app = builder.Build();
        app.MapGet("/json", () => Results.Json(new TrivialAnswer("Hello, World!")));
        await app.RunAsync();
        return 0;
    }

    private static Process StartTrivialServer()
    {
        var self = typeof(ReadBenchmark).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(self);
        }

        start.ArgumentList.Add("trivial-server");
        return Process.Start(start) ?? throw new InvalidOperationException("the trivial server did not start");
    }

    private static async Task WaitUntilAnsweringAsync(Uri trivial)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(trivial);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("the trivial server did not answer");
    }

    private static async Task<Run> MeasureAsync(Uri target, int concurrency, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await ReadForAsync(http, target, concurrency, WarmUp);
        return await ReadForAsync(http, target, concurrency, duration);
    }

    private static async Task<Run> ReadForAsync(HttpClient http, Uri target, int concurrency, TimeSpan duration)
    {
        var latencies = new List<double>[concurrency];
        var failed = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (wall.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(target, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        wall.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Run(all.Length / wall.Elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), all.Length, failed);
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];

    private static void Report(string name, Run run) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {run.PerSecond:0} reads/s, p50 {run.P50:0.00} ms, p99 {run.P99:0.00} ms ({run.Reads} reads, {run.Failed} not 200)"));

    private sealed record Run(double PerSecond, double P50, double P99, int Reads, int Failed);

    internal sealed record TrivialAnswer(string Message);
}
