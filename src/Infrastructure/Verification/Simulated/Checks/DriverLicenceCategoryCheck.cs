using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Vehicles;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.3: every resident driver holds a Kazakh licence of the vehicle's category, valid on the booked date.</summary>
internal sealed class DriverLicenceCategoryCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.DriverLicences;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        // A truck needs C; a truck with a trailer or a tractor with its semi-trailer needs CE.
        var needed = subject.Vehicle.Kind == VehicleKind.Truck ? "C" : "CE";
        return PerDriver.ResidentsOnly(subject.Drivers, driver =>
        {
            if (registries.Find(Registry, driver.Document.Number) is not { } licence)
            {
                return CheckAnswer.Failed("no Kazakh driving licence on record", null);
            }

            if (!licence.HasCategory(needed))
            {
                return CheckAnswer.Failed($"licence {licence.Reference} has categories {licence.LicenceCategories}, not {needed} for a {subject.Vehicle.Kind}", licence.Reference);
            }

            return registries.TermProblem("licence", licence) is { } expired
                ? CheckAnswer.Failed(expired, licence.Reference)
                : CheckAnswer.Passed(licence.Reference, licence.ValidUntil);
        });
    }
}
