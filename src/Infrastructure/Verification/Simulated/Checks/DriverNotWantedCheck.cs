using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.5: no driver, resident or not, is on the wanted list.</summary>
internal sealed class DriverNotWantedCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.WantedPersons;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        PerDriver.Combine(subject.Drivers, driver =>
            registries.Find(Registry, driver.Document.Number) is { } wanted
                ? CheckAnswer.Failed(Listing.Reason("on the wanted list", wanted), wanted.Reference)
                : CheckAnswer.Passed(null));
}
