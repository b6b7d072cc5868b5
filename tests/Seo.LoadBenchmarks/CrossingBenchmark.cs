using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Seo.Application;
using Seo.Application.Common.Ports;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Infrastructure;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Outbox;
using Seo.Projections;
using Seo.Projections.Crossings.Lucene;

/// <summary>
/// The crossing log under the cameras' load and the officers' searches, on the embedded stack
/// (SQLite outbox, the outbox dispatcher, the Lucene index), in this process, without HTTP:
/// <list type="bullet">
/// <item><c>crossings ingest [events] [rate] [batch]</c> (defaults 60000, 2500, the dispatcher's own batch): first a backlog of
/// <c>events / 3</c> camera reads committed to the outbox before the dispatcher starts, drained
/// as fast as it goes; then reads committed at <c>rate</c> per second, 50 ms apart in chunks, the
/// way the API commits them, for the rest. Reports the drain rate, the sustained indexed rate,
/// and how long each chunk took from its commit to being found by a search (p50/p95/max).</item>
/// <item><c>crossings search [entries] [directory]</c> (defaults 1000000, a new temporary
/// directory): indexes that many synthetic crossings (a year at 41 checkpoints, 200,000 trucks)
/// unless the directory already holds them, then times the officers' and analysts' searches,
/// 300 of each kind after 50 untimed, and reports p50/p95/p99 per kind.</item>
/// </list>
/// </summary>
internal static class CrossingBenchmark
{
    private static readonly JsonSerializerOptions OutboxJson = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);
    private static readonly string[] Checkpoints = File.Exists(CheckpointsCsv) ? ReadCheckpoints() : ["DOSTYK", "KHORGOS", "NUR ZHOLY"];

    private static string CheckpointsCsv => Path.Combine(AppContext.BaseDirectory, "checkpoints.csv");

    public static Task<int> RunAsync(string[] args) => args.FirstOrDefault() switch
    {
        "ingest" => IngestAsync(
            Argument(args, 1, 60_000),
            Argument(args, 2, 2_500),
            args.Length > 3 ? Argument(args, 3, 0) : null),
        "search" => SearchAsync(
            Argument(args, 1, 1_000_000),
            args.ElementAtOrDefault(2) ?? Path.Combine(Path.GetTempPath(), "seo-crossing-search-" + Guid.NewGuid().ToString("N"))),
        _ => Usage(),
    };

    private static Task<int> Usage()
    {
        Console.Error.WriteLine("crossings ingest [events] [rate] [batch] | crossings search [entries] [directory]");
        return Task.FromResult(2);
    }

    private static int Argument(string[] args, int index, int fallback) =>
        args.ElementAtOrDefault(index) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static async Task<int> IngestAsync(int events, int rate, int? batchSize)
    {
        if (events is < 1_000 or > 2_000_000 || rate is < 20 or > 100_000)
        {
            Console.Error.WriteLine("ingest: events 1000..2000000, rate 20..100000 per second");
            return 2;
        }

        var directory = Path.Combine(Path.GetTempPath(), "seo-crossing-ingest-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var host = EmbeddedProjectionsHost(directory, batchSize);
            return await IngestAsync(host, directory, events, rate);
        }
        finally
        {
            // After the host, whose index writer commits what it holds as it closes.
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<int> IngestAsync(IHost host, string directory, int events, int rate)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        }

        var log = host.Services.GetRequiredService<ICrossingLog>();
        var reads = new ReadFactory();
        var backlog = events / 3;
        for (var written = 0; written < backlog; written += 1_000)
        {
            await CommitAsync(host.Services, reads.Next(Math.Min(1_000, backlog - written)));
        }

        // Timed from the first read indexed, so that the host's start is not counted as indexing.
        await host.StartAsync();
        await WaitForCountAsync(log, 1);
        var drain = Stopwatch.StartNew();
        var first = (await log.SearchAsync(new CrossingQuery(Take: 0), CancellationToken.None)).Total;
        await WaitForCountAsync(log, backlog);
        drain.Stop();
        var drained = backlog - first;

        // Sustained: a chunk every 50 ms, its last read a marker plate a prober searches for.
        var sustained = events - backlog;
        var chunk = Math.Max(1, rate / 20);
        var chunks = (sustained + chunk - 1) / chunk;
        var committedAt = new long[chunks];
        var lags = new double[chunks];
        var markers = new string[chunks];
        var committed = -1;
        var window = Stopwatch.StartNew();
        var prober = Task.Run(async () =>
        {
            for (var i = 0; i < chunks; i++)
            {
                while (Volatile.Read(ref committed) < i)
                {
                    await Task.Delay(1);
                }

                // Every 10 ms: an officer's search rate, not a busy loop competing with the indexing it measures.
                var marker = new CrossingQuery(Plate: markers[i], Take: 1);
                while ((await log.SearchAsync(marker, CancellationToken.None)).Total == 0)
                {
                    await Task.Delay(10);
                }

                lags[i] = Stopwatch.GetElapsedTime(committedAt[i]).TotalMilliseconds;
            }
        });
        for (var i = 0; i < chunks; i++)
        {
            var due = TimeSpan.FromMilliseconds(50.0 * i) - window.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var batch = reads.Next(Math.Min(chunk, sustained - (i * chunk)));
            markers[i] = batch[^1].Plate;
            await CommitAsync(host.Services, batch);
            committedAt[i] = Stopwatch.GetTimestamp();
            Volatile.Write(ref committed, i);
        }

        var produced = window.Elapsed;
        await prober;
        await WaitForCountAsync(log, events);
        window.Stop();
        await host.StopAsync();

        Array.Sort(lags);
        Console.WriteLine(BenchmarkReport.Machine);
        Console.WriteLine($"store: embedded SQLite outbox and Lucene index in {directory}, dispatcher batch {host.Services.GetRequiredService<Seo.Infrastructure.Outbox.OutboxOptions>().BatchSize}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"drain: {backlog} reads waiting in the outbox; after the first round, {drained} indexed in {drain.Elapsed.TotalSeconds:0.00} s: {drained / drain.Elapsed.TotalSeconds:0} reads/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sustained: {sustained} reads committed at {sustained / produced.TotalSeconds:0} reads/s over {produced.TotalSeconds:0.0} s, all searchable after {window.Elapsed.TotalSeconds:0.0} s: {sustained / window.Elapsed.TotalSeconds:0} reads/s indexed"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"commit to searchable ms ({chunks} chunks of {chunk}): p50 {BenchmarkReport.Percentile(lags, 0.50):0.0}, p95 {BenchmarkReport.Percentile(lags, 0.95):0.0}, p99 {BenchmarkReport.Percentile(lags, 0.99):0.0}, max {lags[^1]:0.0}"));
        return 0;
    }

    /// <summary>The API's projections on the embedded default, with nothing else running (no scheduled jobs).</summary>
    private static IHost EmbeddedProjectionsHost(string directory, int? batchSize)
    {
        // Development: the embedded default's generated personal-data key, as `dotnet run` has it.
        // The container is not validated as a whole: the messaging senders belong to the API.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = false }));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:DataDirectory"] = directory,
            ["ConnectionStrings:Redis"] = null,
            ["Seo:Scheduling:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Error",
        });
        if (batchSize is { } size)
        {
            // Only when asked: a key set to null binds the batch to 0, which the options refuse.
            builder.Configuration["Seo:Outbox:BatchSize"] = size.ToString(CultureInfo.InvariantCulture);
        }

        builder.Services
            .AddApplication()
            .AddInfrastructure(builder.Configuration)
            .AddProjections(builder.Configuration)
            .AddOutboxDispatcher(builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Commits camera reads' outbox rows in one transaction, as the API's save of a read writes
    /// them: through the unit of work, so that on SQLite the write waits its turn in line with the
    /// dispatcher's, as a command's does, instead of meeting its lock and backing off.
    /// </summary>
    private static async Task CommitAsync(IServiceProvider services, List<AnprEventRecorded> batch)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoDbContext>();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(CancellationToken.None);
        db.OutboxMessages.AddRange(batch.Select(read => new OutboxMessage
        {
            EventId = read.EventId,
            Type = nameof(AnprEventRecorded),
            AggregateType = nameof(AnprEvent),
            AggregateId = read.AnprEventId.ToString(),
            Payload = JsonSerializer.Serialize(read, OutboxJson),
            OccurredAt = read.OccurredAt,
        }));
        await db.SaveChangesAsync();
        await transaction.CommitAsync(CancellationToken.None);
    }

    private static async Task WaitForCountAsync(ICrossingLog log, int count)
    {
        while ((await log.SearchAsync(new CrossingQuery(Take: 0), CancellationToken.None)).Total < count)
        {
            await Task.Delay(5);
        }
    }

    private static async Task<int> SearchAsync(int entries, string directory)
    {
        if (entries is < 1_000 or > 20_000_000)
        {
            Console.Error.WriteLine("search: entries 1000..20000000");
            return 2;
        }

        var fleet = new Fleet(200_000);
        var year = new DateTimeOffset(2026, 1, 1, 0, 0, 0, Kazakhstan);
        using var log = new LuceneCrossingLog(directory);
        var present = (int)(await log.SearchAsync(new CrossingQuery(Take: 0), CancellationToken.None)).Total;
        var indexing = Stopwatch.StartNew();
        for (var next = present; next < entries; next += 20_000)
        {
            var batch = Enumerable.Range(next, Math.Min(20_000, entries - next)).Select(i => fleet.Crossing(i, entries, year)).ToList();
            await log.IndexAsync(batch, CancellationToken.None);
        }

        indexing.Stop();
        var random = new Random(7);
        var kinds = new (string Name, Func<Task> Run)[]
        {
            ("plate exact", () => log.SearchAsync(new CrossingQuery(Plate: Fleet.Plate(random.Next(fleet.Trucks))), CancellationToken.None)),
            ("plate fuzzy (one misread)", () => log.SearchAsync(new CrossingQuery(Plate: Misread(Fleet.Plate(random.Next(fleet.Trucks)), random), PlateMatch: PlateMatch.Fuzzy), CancellationToken.None)),
            ("plate prefix", () => log.SearchAsync(new CrossingQuery(Plate: Fleet.Plate(random.Next(fleet.Trucks))[..4], PlateMatch: PlateMatch.Prefix), CancellationToken.None)),
            ("vin", () => log.SearchAsync(new CrossingQuery(Vin: Fleet.Vin(random.Next(fleet.Trucks))), CancellationToken.None)),
            ("booking number", () => log.SearchAsync(new CrossingQuery(BookingNumber: Fleet.BookingNumber(random.Next(entries))), CancellationToken.None)),
            ("checkpoint, one day, newest first", () =>
            {
                var day = year.AddDays(random.Next(365));
                return log.SearchAsync(new CrossingQuery(Checkpoint: Checkpoints[random.Next(Checkpoints.Length)], From: day, To: day.AddDays(1)), CancellationToken.None);
            }),
            ("checkpoint, unmatched, one week, page 3", () =>
            {
                var week = year.AddDays(random.Next(358));
                return log.SearchAsync(new CrossingQuery(Checkpoint: Checkpoints[random.Next(Checkpoints.Length)], Matched: false, From: week, To: week.AddDays(7), Skip: 100), CancellationToken.None);
            }),
            ("all checkpoints, one day, oldest first", () =>
            {
                var day = year.AddDays(random.Next(365));
                return log.SearchAsync(new CrossingQuery(From: day, To: day.AddDays(1), Sort: CrossingSort.OldestFirst), CancellationToken.None);
            }),
            ("count per checkpoint per day, 30 days", () =>
            {
                var month = year.AddDays(random.Next(335));
                return log.CountPerCheckpointPerDayAsync(month, month.AddDays(30), null, CancellationToken.None);
            }),
        };

        Console.WriteLine(BenchmarkReport.Machine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {entries} crossings in {directory} ({present} already there, the rest indexed in {indexing.Elapsed.TotalSeconds:0.0} s), {SizeOf(directory) / 1_048_576.0:0} MiB"));
        var all = new List<double>();
        foreach (var (name, run) in kinds)
        {
            for (var i = 0; i < 50; i++)
            {
                await run();
            }

            var times = new double[300];
            for (var i = 0; i < times.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await run();
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(times);
            all.AddRange(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-42} ms: p50 {BenchmarkReport.Percentile(times, 0.50),6:0.00}, p95 {BenchmarkReport.Percentile(times, 0.95),6:0.00}, p99 {BenchmarkReport.Percentile(times, 0.99),6:0.00}, max {times[^1],6:0.00}"));
        }

        var sorted = all.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"every search",-42} ms: p50 {BenchmarkReport.Percentile(sorted, 0.50),6:0.00}, p95 {BenchmarkReport.Percentile(sorted, 0.95),6:0.00}, p99 {BenchmarkReport.Percentile(sorted, 0.99),6:0.00}"));
        return 0;
    }

    /// <summary>One character read as a look-alike that is not one of the folded confusables.</summary>
    private static string Misread(string plate, Random random)
    {
        var chars = plate.ToCharArray();
        var at = random.Next(chars.Length);
        chars[at] = char.IsDigit(chars[at]) ? (char)('0' + ((chars[at] - '0' + 3) % 10)) : chars[at] == 'X' ? 'K' : 'X';
        return new string(chars);
    }

    private static long SizeOf(string directory) => new DirectoryInfo(directory).EnumerateFiles().Sum(file => file.Length);


    private static string[] ReadCheckpoints() =>
        [.. File.ReadLines(CheckpointsCsv).Skip(1).Select(line => line.Split(',')[0]).Where(code => code.Length > 0)];

    /// <summary>Camera reads with fresh ids and plates, each chunk's last one unique (the marker a prober searches for).</summary>
    private sealed class ReadFactory
    {
        private readonly Fleet _fleet = new(50_000);
        private readonly Guid _camera = Guid.NewGuid();
        private int _next;

        public List<AnprEventRecorded> Next(int count)
        {
            var reads = new List<AnprEventRecorded>(count);
            for (var i = 0; i < count; i++)
            {
                var n = _next++;
                var now = DateTimeOffset.UtcNow.ToOffset(Kazakhstan);
                var plate = i == count - 1 ? string.Create(CultureInfo.InvariantCulture, $"M{n:D7}") : Fleet.Plate(n % _fleet.Trucks);
                reads.Add(new AnprEventRecorded(
                    Guid.NewGuid(), _camera, Checkpoints[n % Checkpoints.Length], CameraPoint.CheckpointEntry, CrossingDirection.Exit, plate, 0.93,
                    $"cam/{n}.jpg", now, BookingId: null, BookingNumber: null, Vin: null, ReadOutcome.NoBooking, now));
            }

            return reads;
        }
    }

    /// <summary>A synthetic fleet: Kazakh plates (three digits, three letters, region), one VIN each.</summary>
    private sealed class Fleet(int trucks)
    {
        private const string Letters = "ABCEHKMOPTXY";

        public int Trucks => trucks;

        public static string Plate(int truck)
        {
            var letters = string.Concat(Letters[truck % 12], Letters[(truck / 12) % 12], Letters[(truck / 144) % 12]);
            return string.Create(CultureInfo.InvariantCulture, $"{(truck / 1728) % 1000:D3}{letters}{1 + ((truck / 1_728_000) % 17):D2}");
        }

        public static string Vin(int truck) => string.Create(CultureInfo.InvariantCulture, $"XTA{truck:D14}");

        public static string BookingNumber(int crossing) => string.Create(CultureInfo.InvariantCulture, $"B{crossing:D9}");

        /// <summary>Crossing <paramref name="i"/> of <paramref name="total"/>, spread evenly over the year; four in five matched to a booking.</summary>
        public CrossingRecord Crossing(int i, int total, DateTimeOffset year)
        {
            var truck = (int)((i * 7919L) % trucks);
            var at = year.AddSeconds(i * (365.0 * 86_400 / total));
            var matched = i % 5 != 0;
            return new CrossingRecord(
                new Guid(i, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]), at, Checkpoints[(i / 7) % Checkpoints.Length], CameraPoint.CheckpointEntry,
                i % 2 == 0 ? CrossingDirection.Exit : CrossingDirection.Entry, Plate(truck), matched ? Vin(truck) : null,
                matched ? BookingNumber(i) : null, matched ? new Guid(i, 1, 1, [0, 0, 0, 0, 0, 0, 0, 2]) : null, matched, 0.9,
                "camera-1", null);
        }
    }
}
