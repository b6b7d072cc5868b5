using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.2: a Kazakh-registered vehicle is on the state vehicle register, under its plate and to its owner.</summary>
internal sealed class VehicleRegisteredCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.Vehicles;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        var vehicle = subject.Vehicle;
        if (vehicle.CountryOfRegistration.Value != "KZ")
        {
            return CheckAnswer.NotApplicable($"the vehicle is registered in {vehicle.CountryOfRegistration}, not in Kazakhstan");
        }

        if (registries.Find(Registry, vehicle.Vin.Value) is not { } registration)
        {
            return CheckAnswer.Failed($"VIN {vehicle.Vin} is not on the state vehicle register", null);
        }

        if (registration.Plate != vehicle.Plate.Value)
        {
            return CheckAnswer.Failed($"VIN {vehicle.Vin} is registered under plate {registration.Plate}, not {vehicle.Plate}", registration.Reference);
        }

        return registration.Holder != subject.Owner.TaxId
            ? CheckAnswer.Failed($"VIN {vehicle.Vin} is registered to IIN/BIN {registration.Holder}, not to the booking's owner", registration.Reference)
            : CheckAnswer.Passed(registration.Reference);
    }
}
