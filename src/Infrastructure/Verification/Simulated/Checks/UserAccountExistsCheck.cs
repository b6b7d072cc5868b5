using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Identity;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.1: the owner is in the state database of legal entities and individuals, by IIN/BIN.</summary>
internal sealed class UserAccountExistsCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.PersonsAndEntities;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        if (subject.Owner.TaxId is not { } taxId)
        {
            // R16.3: a non-resident may have no IIN/BIN; the user agreement identifies them (R15).
            return CheckAnswer.NotApplicable("a non-resident owner without an IIN/BIN is not in the state database; the signed user agreement identifies them (R15)");
        }

        return registries.Find(Registry, taxId) is { } person
            ? CheckAnswer.Passed(person.Reference)
            : CheckAnswer.Failed($"IIN/BIN {PersonalDataMask.TaxId(taxId)} is not in the state database of legal entities and individuals", null);
    }
}
