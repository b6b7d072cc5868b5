using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Identity;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>
/// R18.2: a Kazakh-registered vehicle is on the state vehicle register, under its plate and to its
/// owner. The VIN is looked up whatever country the request declares: a vehicle declared foreign
/// whose VIN the register holds is a Kazakh vehicle, and declaring it foreign would skip the check.
/// </summary>
internal sealed class VehicleRegisteredCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.Vehicles;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        var vehicle = subject.Vehicle;
        var registration = registries.Find(Registry, vehicle.Vin.Value);
        if (vehicle.CountryOfRegistration.Value != "KZ")
        {
            return registration is null
                ? CheckAnswer.NotApplicable($"the vehicle is registered in {vehicle.CountryOfRegistration}, not in Kazakhstan")
                : CheckAnswer.Failed(
                    $"the vehicle is declared as registered in {vehicle.CountryOfRegistration}, but VIN {vehicle.Vin} is on the Kazakh state vehicle register under plate {registration.Plate}",
                    registration.Reference);
        }

        if (registration is null)
        {
            return CheckAnswer.Failed($"VIN {vehicle.Vin} is not on the state vehicle register", null);
        }

        if (registration.Plate != vehicle.Plate.Value)
        {
            return CheckAnswer.Failed($"VIN {vehicle.Vin} is registered under plate {registration.Plate}, not {vehicle.Plate}", registration.Reference);
        }

        return registration.Holder != subject.Owner.TaxId
            ? CheckAnswer.Failed($"VIN {vehicle.Vin} is registered to IIN/BIN {PersonalDataMask.TaxId(registration.Holder)}, not to the booking's owner", registration.Reference)
            : CheckAnswer.Passed(registration.Reference);
    }
}
