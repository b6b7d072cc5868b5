using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// Puts the load fleet on file in the simulated registries through the registrar's sandbox
/// endpoints (PUT is idempotent), before and outside the timed run. The resident subset of R19
/// needs, per truck: its registration to the owner (2), a transport permit (7), insurance (8), a
/// technical inspection (14) and weighing records (18); once: the owner's BIN (1) and the driver's
/// licence, digital documents, biometrics and phone (3, 11–13). The listing registries (wanted,
/// debts, fines) must simply not name them; 6, 15 and 16 do not apply to an empty non-agricultural truck.
/// </summary>
internal static class SimulatedRegistrySetup
{
    public sealed class SetupFailedException(string message) : Exception(message);

    /// <summary>Returns how many records were written and how long that took.</summary>
    /// <param name="newClient">Makes a client of the API that the setup signs in as the registrar and disposes of.</param>
    public static async Task<(int Records, TimeSpan Took)> PutOnFileAsync(
        Func<HttpClient> newClient, RegistrarCredentials registrar, LoadFleet fleet, int parallelism, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var sandbox = newClient();
        sandbox.DefaultRequestHeaders.Authorization = new("Bearer", await RegistrarTokenAsync(sandbox, registrar, cancellationToken));
        var records = await PutOnFileAsync(sandbox, [fleet], parallelism, cancellationToken);
        return (records, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Puts several fleets on file (each its own owner and trucks, one shared driver) through a
    /// client already signed in as the registrar; returns how many records were written.
    /// </summary>
    public static async Task<int> PutOnFileAsync(HttpClient sandbox, IReadOnlyList<LoadFleet> fleets, int parallelism, CancellationToken cancellationToken)
    {
        await EnsureSandboxModeAsync(sandbox, cancellationToken);

        // Documents last well past the booked day (up to 90 days ahead, later when the day fills up).
        var validUntil = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddYears(2);
        var records = fleets.SelectMany(f => Records(f, validUntil)).DistinctBy(r => (r.Registry, r.Key)).ToList();
        await Parallel.ForEachAsync(
            records,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (record, ct) => await PutAsync(sandbox, record, ct));
        return records.Count;
    }

    private sealed record Record(string Registry, string Key, object Body);

    private static IEnumerable<Record> Records(LoadFleet fleet, DateOnly validUntil)
    {
        var run = fleet.RunId.ToString(CultureInfo.InvariantCulture);
        yield return new("PersonsAndEntities", fleet.OwnerBin, new { reference = "LOAD-OWNER", note = "Load Driver LLP" });
        yield return new("DriverLicences", LoadFleet.DriverDocument, new { reference = "LOAD-LIC", licenceCategories = LoadFleet.DriverLicenceCategories, validUntil });
        yield return new("DigitalDocuments", LoadFleet.DriverDocument, new { reference = "LOAD-DOCS", validUntil });
        yield return new("BiometricRecords", LoadFleet.DriverDocument, new { reference = "LOAD-BIO" });
        yield return new("MobileCitizens", LoadFleet.DriverPhone, new { reference = "LOAD-MOB", holder = LoadFleet.DriverDocument });
        for (var truck = 0; truck < fleet.Trucks; truck++)
        {
            var vin = fleet.Vin(truck);
            var reference = $"LOAD-{run}-{truck}";
            yield return new("Vehicles", vin, new { reference, holder = fleet.OwnerBin, plate = fleet.Plate(truck) });
            yield return new("TransportPermits", vin, new { reference, validUntil });
            yield return new("InsurancePolicies", vin, new { reference, validUntil });
            yield return new("TechnicalInspections", vin, new { reference, validUntil });
            yield return new("WeighingRecords", vin, new { reference });
        }
    }

    public static async Task<string> RegistrarTokenAsync(HttpClient http, RegistrarCredentials registrar, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { email = registrar.Email, password = registrar.Password, totpCode = registrar.NextTotpCode() }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new SetupFailedException(
                $"The registrar {registrar.Email} could not sign in ({(int)response.StatusCode}): check --registrar-email/--registrar-password/--registrar-totp-secret "
                + "(or SEO_LOAD_REGISTRAR_EMAIL/SEO_LOAD_REGISTRAR_PASSWORD) against the API's first start.");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("accessToken").GetString()!;
    }

    private static async Task EnsureSandboxModeAsync(HttpClient sandbox, CancellationToken cancellationToken)
    {
        using var response = await sandbox.GetAsync("/api/v1/sandbox/registries", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new SetupFailedException(
                "The API's sandbox is off (GET /api/v1/sandbox/registries is 404), so the driver cannot put its trucks on file "
                + "and every booking would be refused by the registry checks. Start the API in the Development environment "
                + "(ASPNETCORE_ENVIRONMENT=Development) on the embedded simulated registries; 'dotnet Seo.WebApi.dll' reads its "
                + "appsettings.Development.json from the current directory, so run it there or pass --contentRoot <its bin folder>.");
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new SetupFailedException($"GET /api/v1/sandbox/registries: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static async Task PutAsync(HttpClient sandbox, Record record, CancellationToken cancellationToken)
    {
        using var response = await sandbox.PutAsJsonAsync($"/api/v1/sandbox/registries/{record.Registry}/records/{Uri.EscapeDataString(record.Key)}", record.Body, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new SetupFailedException(
                $"PUT {record.Registry}/{record.Key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
