using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.9: the owner has no tax debt (incl. vehicle tax).</summary>
internal sealed class NoTaxDebtCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.TaxDebts;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        if (subject.Owner.TaxId is not { } taxId)
        {
            return CheckAnswer.NotApplicable("the owner has no IIN/BIN, so no Kazakh tax account");
        }

        return registries.Find(Registry, taxId) is { } debt
            ? CheckAnswer.Failed(Listing.Reason($"IIN/BIN {taxId} has a tax debt", debt), debt.Reference)
            : CheckAnswer.Passed(null);
    }
}

/// <summary>R18.10: no unpaid road-safety fine on the vehicle (R19.2: a notice only for residents).</summary>
internal sealed class NoUnpaidFinesCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.RoadSafetyFines;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        registries.Find(Registry, subject.Vehicle.Vin.Value) is { } fine
            ? CheckAnswer.Failed(Listing.Reason($"unpaid road-safety fine on VIN {subject.Vehicle.Vin}", fine), fine.Reference)
            : CheckAnswer.Passed(null);
}

/// <summary>R18.17: no toll-road debt on the vehicle (R19.2: a notice only for residents).</summary>
internal sealed class NoTollRoadDebtCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.TollRoadDebts;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        registries.Find(Registry, subject.Vehicle.Vin.Value) is { } debt
            ? CheckAnswer.Failed(Listing.Reason($"toll-road debt on VIN {subject.Vehicle.Vin}", debt), debt.Reference)
            : CheckAnswer.Passed(null);
}
