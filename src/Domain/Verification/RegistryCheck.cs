namespace Seo.Domain.Verification;

/// <summary>The 18 automated checks of R18, numbered as in the Rules.</summary>
public enum RegistryCheck
{
    UserAccountExists = 1,
    VehicleRegistered = 2,
    DriverLicenceCategory = 3,
    VehicleNotWanted = 4,
    DriverNotWanted = 5,
    MachineryRegistration = 6,
    TransportPermits = 7,
    LiabilityInsurance = 8,
    NoTaxDebt = 9,
    NoUnpaidFines = 10,
    DigitalDocuments = 11,
    BiometricMatch = 12,
    PhoneMatchesMobileBase = 13,
    TechnicalInspection = 14,
    VeterinaryPhytosanitaryCertificates = 15,
    CustomsDeclarations = 16,
    NoTollRoadDebt = 17,
    MovementAndWeighingRecords = 18,
}

/// <summary>What a failed check does to the request (R19, R20).</summary>
public enum CheckEffect
{
    /// <summary>A failure refuses the booking (R20).</summary>
    Blocking,

    /// <summary>R19.2: for residents, fines (10) and toll-road debt (17) only produce a notice.</summary>
    NoticeOnly,
}

/// <summary>A check that applies to a request, and what its failure does.</summary>
public sealed record CheckRequirement(RegistryCheck Check, CheckEffect Effect);
