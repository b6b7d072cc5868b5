using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.4: the vehicle is not on the internal affairs wanted list.</summary>
internal sealed class VehicleNotWantedCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.WantedVehicles;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        registries.Find(Registry, subject.Vehicle.Vin.Value) is { } wanted
            ? CheckAnswer.Failed(Listing.Reason($"VIN {subject.Vehicle.Vin} is on the wanted list", wanted), wanted.Reference)
            : CheckAnswer.Passed(null);
}
