using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.18: the vehicle has movement and weighing records in the intelligent transport system.</summary>
internal sealed class MovementAndWeighingRecordsCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.WeighingRecords;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        registries.Find(Registry, subject.Vehicle.Vin.Value) is { } record
            ? CheckAnswer.Passed(record.Reference)
            : CheckAnswer.Failed($"no movement or weighing records for VIN {subject.Vehicle.Vin}", null);
}
