using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>
/// A check that the vehicle holds a document with a term — permit (R18.7), insurance (R18.8),
/// technical inspection (R18.14) — valid on the booked date.
/// </summary>
internal abstract class VehicleDocumentCheck : SimulatedCheck
{
    protected abstract string Document { get; }

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        if (registries.Find(Registry, subject.Vehicle.Vin.Value) is not { } document)
        {
            return CheckAnswer.Failed($"no {Document} on record for VIN {subject.Vehicle.Vin}", null);
        }

        return registries.TermProblem(Document, document) is { } expired
            ? CheckAnswer.Failed(expired, document.Reference)
            : CheckAnswer.Passed(document.Reference, document.ValidUntil);
    }
}

internal sealed class TransportPermitsCheck : VehicleDocumentCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.TransportPermits;

    protected override string Document => "international road transport permit";
}

internal sealed class LiabilityInsuranceCheck : VehicleDocumentCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.InsurancePolicies;

    protected override string Document => "third-party liability insurance policy";
}

internal sealed class TechnicalInspectionCheck : VehicleDocumentCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.TechnicalInspections;

    protected override string Document => "technical inspection";
}
