using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.6: agricultural machinery is registered on its register; any other vehicle is not concerned.</summary>
internal sealed class MachineryRegistrationCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.AgriculturalMachinery;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        if (registries.Find(Registry, subject.Vehicle.Vin.Value) is not { } machine)
        {
            return CheckAnswer.NotApplicable($"VIN {subject.Vehicle.Vin} is not on the agricultural machinery register: not agricultural machinery");
        }

        return registries.TermProblem("machinery registration", machine) is { } expired
            ? CheckAnswer.Failed(expired, machine.Reference)
            : CheckAnswer.Passed(machine.Reference, machine.ValidUntil);
    }
}
