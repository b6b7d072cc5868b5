namespace Seo.Application.Sandbox.Common;

/// <summary>
/// The state registries simulated in the write store (the embedded default), one per check of
/// R18 and numbered like it, so a registry switched out of service silences exactly its check.
/// </summary>
public enum SimulatedRegistry
{
    PersonsAndEntities = 1,
    Vehicles = 2,
    DriverLicences = 3,
    WantedVehicles = 4,
    WantedPersons = 5,
    AgriculturalMachinery = 6,
    TransportPermits = 7,
    InsurancePolicies = 8,
    TaxDebts = 9,
    RoadSafetyFines = 10,
    DigitalDocuments = 11,
    BiometricRecords = 12,
    MobileCitizens = 13,
    TechnicalInspections = 14,
    VeterinaryCertificates = 15,
    CustomsDeclarations = 16,
    TollRoadDebts = 17,
    WeighingRecords = 18,
}

/// <summary>What a customs declaration says about its goods: the R6 priority grounds it can prove, or none.</summary>
public enum GoodsCategory
{
    General,
    LiveAnimals,
    PerishableGoods,
    DangerousGoods,
    CustomsCodeArticle147,
}

/// <summary>What identifies a record in its registry (its natural key).</summary>
public enum RecordKeyKind
{
    /// <summary>The owner's IIN or BIN.</summary>
    TaxId,

    /// <summary>The vehicle's VIN.</summary>
    Vin,

    /// <summary>The number of the driver's identity document (R16.4).</summary>
    DocumentNumber,

    /// <summary>A phone number in E.164 form.</summary>
    Phone,

    /// <summary>The number of a declaration or certificate, as the carrier gives it in the booking's cargo.</summary>
    DocumentReference,
}

/// <summary>The optional fields of a record; each registry uses some of them (<see cref="RegistryCatalog"/>).</summary>
[Flags]
public enum RecordFields
{
    None = 0,
    Holder = 1,
    Vin = 2,
    Plate = 4,
    LicenceCategories = 8,
    Goods = 16,
    ValidUntil = 32,
    Released = 64,
}
