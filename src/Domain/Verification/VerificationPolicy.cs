using Seo.Domain.Identity;

namespace Seo.Domain.Verification;

/// <summary>R19: which of the 18 checks apply to a request, by the owner's residency.</summary>
public static class VerificationPolicy
{
    /// <summary>R19.1: non-residents are checked against 1, 4, 5, 8, 10, 14, 15, 16, 17, 18; each failure blocks.</summary>
    private static readonly RegistryCheck[] NonResidentChecks =
    [
        RegistryCheck.UserAccountExists, RegistryCheck.VehicleNotWanted, RegistryCheck.DriverNotWanted,
        RegistryCheck.LiabilityInsurance, RegistryCheck.NoUnpaidFines, RegistryCheck.TechnicalInspection,
        RegistryCheck.VeterinaryPhytosanitaryCertificates, RegistryCheck.CustomsDeclarations,
        RegistryCheck.NoTollRoadDebt, RegistryCheck.MovementAndWeighingRecords,
    ];

    /// <summary>R19.2: residents are checked against 1–9, 11–16, 18; 10 and 17 produce notices only.</summary>
    private static readonly RegistryCheck[] ResidentNoticeChecks = [RegistryCheck.NoUnpaidFines, RegistryCheck.NoTollRoadDebt];

    public static IReadOnlyList<CheckRequirement> RequirementsFor(Residency residency) =>
        residency == Residency.NonResident
            ? [.. NonResidentChecks.Select(c => new CheckRequirement(c, CheckEffect.Blocking))]
            : [.. Enum.GetValues<RegistryCheck>().Select(c =>
                new CheckRequirement(c, ResidentNoticeChecks.Contains(c) ? CheckEffect.NoticeOnly : CheckEffect.Blocking))];
}
