using System.Globalization;
using System.Runtime.InteropServices;
using Seo.CheckpointSimulator;

// Plays a day at a checkpoint through a running sandbox API (docs/checkpoint-simulator.md):
//
//   dotnet run -c Release --project tests/Seo.CheckpointSimulator -- [baseUrl] [trucks] [checkpoint] [concurrency]
//       [--registrar-email EMAIL] --registrar-password PASSWORD --registrar-totp-secret BASE32 [--no-lag]
//   defaults: http://localhost:5080 400 DOSTYK 8; registrar e-mail registrar@seo.local
//   or set SEO_LOAD_REGISTRAR_EMAIL / SEO_LOAD_REGISTRAR_PASSWORD instead of the two options
//
// The API must run in sandbox mode (the Development environment, as `dotnet run --project
// src/WebApi` does): the simulator puts its trucks on file in the simulated registries and moves
// the sandbox clock. It prints the day's outcome per kind of truck, the messages, the barrier
// commands, trucks per hour end to end and the live view's lag, and exits 1 when a truck did not
// end as the Rules say.
var (registrar, positional) = RegistrarCredentials.Parse(args.Where(a => a != "--no-lag").ToList());
var baseUrl = new Uri(positional.ElementAtOrDefault(0) ?? "http://localhost:5080");
var trucks = int.Parse(positional.ElementAtOrDefault(1) ?? "400", CultureInfo.InvariantCulture);
var checkpoint = positional.ElementAtOrDefault(2) ?? "DOSTYK";
var concurrency = int.Parse(positional.ElementAtOrDefault(3) ?? "8", CultureInfo.InvariantCulture);

if (!baseUrl.IsLoopback)
{
    Console.Error.WriteLine("The simulator only plays against an API on this machine (loopback): it moves the sandbox clock.");
    return 2;
}

if (trucks is < 1 or > 2_000 || concurrency is < 1 or > 64)
{
    Console.Error.WriteLine("trucks: 1..2000, concurrency: 1..64");
    return 2;
}

if (registrar is null)
{
    Console.Error.WriteLine(
        "The registrar's password is needed to register the devices, put the trucks on file and move the sandbox clock: pass "
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

var simulation = new CheckpointDaySimulation(
    () => new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) },
    new SimulationOptions
    {
        Checkpoint = checkpoint,
        Trucks = trucks,
        Concurrency = concurrency,
        MeasureLiveLag = !args.Contains("--no-lag"),
        RegistrarEmail = registrar.Email,
        RegistrarPassword = registrar.Password,
        RegistrarTotpSecret = registrar.TotpSecret,
    });
try
{
    var report = await simulation.RunAsync(cancel.Token);
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
    report.WriteTo(Console.Out);
    return report.Failures.Count == 0 ? 0 : 1;
}
catch (Exception e) when (e is SimulationSetupException or SimulatedRegistrySetup.SetupFailedException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
