using Seo.Domain.Verification;

namespace Seo.Application.Sandbox.Common;

/// <summary>What one simulated registry is: the check it answers, its source system (R18's table), its key and fields.</summary>
/// <param name="Negative">A listing registry (wanted, debts, fines): presence fails the check. Otherwise absence does.</param>
public sealed record RegistryDescription(
    SimulatedRegistry Registry, string SourceSystem, RecordKeyKind Key, bool Negative, RecordFields Required, RecordFields Optional = RecordFields.None)
{
    public RegistryCheck Check => (RegistryCheck)(int)Registry;

    /// <summary>The name a check outcome carries: the source system of R18, marked as simulated so nobody mistakes it for the real one.</summary>
    public string Source => $"{SourceSystem} (simulated)";

    public RecordFields Allowed => Required | Optional;
}

/// <summary>The 18 simulated registries, each named after the source system of its check in R18.</summary>
public static class RegistryCatalog
{
    public const int MaxReferenceLength = 64;
    public const int MaxNoteLength = 200;

    /// <summary>Driving-licence categories of the Road Traffic Act; C and CE are the ones a truck needs.</summary>
    public static readonly IReadOnlySet<string> LicenceCategories =
        new HashSet<string>(["A", "A1", "B", "B1", "BE", "C", "C1", "CE", "C1E", "D", "D1", "DE", "D1E", "Tm", "Tb"], StringComparer.Ordinal);

    private static readonly Dictionary<SimulatedRegistry, RegistryDescription> All = new RegistryDescription[]
    {
        new(SimulatedRegistry.PersonsAndEntities, "ГБД ЮЛ / ГБД ФЛ", RecordKeyKind.TaxId, false, RecordFields.None),
        new(SimulatedRegistry.Vehicles, "ГБД \"Автомобиль\"", RecordKeyKind.Vin, false, RecordFields.Plate | RecordFields.Holder),
        new(SimulatedRegistry.DriverLicences, "ГБД \"Автомобиль\"", RecordKeyKind.DocumentNumber, false, RecordFields.LicenceCategories | RecordFields.ValidUntil),
        new(SimulatedRegistry.WantedVehicles, "internal affairs IS", RecordKeyKind.Vin, true, RecordFields.None),
        new(SimulatedRegistry.WantedPersons, "legal statistics IS", RecordKeyKind.DocumentNumber, true, RecordFields.None),
        new(SimulatedRegistry.AgriculturalMachinery, "state agri-machinery register", RecordKeyKind.Vin, false, RecordFields.None, RecordFields.ValidUntil),
        new(SimulatedRegistry.TransportPermits, "\"E-licensing\" / transport control IS", RecordKeyKind.Vin, false, RecordFields.ValidUntil),
        new(SimulatedRegistry.InsurancePolicies, "Unified insurance DB", RecordKeyKind.Vin, false, RecordFields.ValidUntil),
        new(SimulatedRegistry.TaxDebts, "taxpayer cabinet", RecordKeyKind.TaxId, true, RecordFields.None),
        new(SimulatedRegistry.RoadSafetyFines, "Unified register of administrative proceedings", RecordKeyKind.Vin, true, RecordFields.None),
        new(SimulatedRegistry.DigitalDocuments, "\"Digital documents\", mobile government", RecordKeyKind.DocumentNumber, false, RecordFields.ValidUntil),
        new(SimulatedRegistry.BiometricRecords, "biometric identification IS", RecordKeyKind.DocumentNumber, false, RecordFields.None),
        new(SimulatedRegistry.MobileCitizens, "\"Mobile citizens base\"", RecordKeyKind.Phone, false, RecordFields.Holder),
        new(SimulatedRegistry.TechnicalInspections, "Unified IS of technical inspection", RecordKeyKind.Vin, false, RecordFields.ValidUntil),
        new(SimulatedRegistry.VeterinaryCertificates, "\"e-Agriculture\"", RecordKeyKind.DocumentReference, false, RecordFields.Vin | RecordFields.ValidUntil),
        new(SimulatedRegistry.CustomsDeclarations, "\"ASTANA-1\"", RecordKeyKind.DocumentReference, false, RecordFields.Vin | RecordFields.Goods | RecordFields.Released),
        new(SimulatedRegistry.TollRoadDebts, "toll-road operators", RecordKeyKind.Vin, true, RecordFields.None),
        new(SimulatedRegistry.WeighingRecords, "intelligent transport system, weigh stations", RecordKeyKind.Vin, false, RecordFields.None),
    }.ToDictionary(d => d.Registry);

    public static IEnumerable<RegistryDescription> Registries => All.Values.OrderBy(d => d.Registry);

    public static RegistryDescription Describe(SimulatedRegistry registry) => All[registry];

    /// <summary>A registry by its name in a path (case-insensitive); never by number, so a typo is not another registry.</summary>
    public static bool TryParse(string? name, out SimulatedRegistry registry)
    {
        registry = default;
        return !string.IsNullOrEmpty(name) && char.IsAsciiLetter(name[0])
            && Enum.TryParse(name, ignoreCase: true, out registry) && Enum.IsDefined(registry);
    }

    public static string KeyMeaning(RecordKeyKind key) => key switch
    {
        RecordKeyKind.TaxId => "the owner's IIN or BIN",
        RecordKeyKind.Vin => "the vehicle's VIN",
        RecordKeyKind.DocumentNumber => "the driver's identity document number",
        RecordKeyKind.Phone => "a phone number (+ and digits)",
        _ => "the declaration or certificate number given in the booking's cargo",
    };

    /// <summary>The fields a registry uses, as the API names them.</summary>
    public static IReadOnlyList<string> FieldNames(RecordFields fields) =>
        [.. Enum.GetValues<RecordFields>().Where(f => f != RecordFields.None && fields.HasFlag(f))
            .Select(f => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(f.ToString()))];
}
