using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>
/// R18.15: goods under veterinary or phytosanitary control travel with a certificate for this
/// vehicle, valid on the booked date. Whether the goods are under control is what the user
/// declares or what the customs declaration says (live animals, perishable goods), whichever
/// says so: leaving the box unticked does not make the check not applicable.
/// </summary>
internal sealed class VeterinaryPhytosanitaryCertificatesCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.VeterinaryCertificates;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        var cargo = subject.Cargo;
        var declared = registries.Find(SimulatedRegistry.CustomsDeclarations, cargo.CustomsDeclaration);
        var controlledByDeclaration = declared?.Goods is GoodsCategory.LiveAnimals or GoodsCategory.PerishableGoods;
        if (!cargo.UnderVeterinaryOrPhytosanitaryControl && !controlledByDeclaration)
        {
            return CheckAnswer.NotApplicable("the goods are not under veterinary or phytosanitary control");
        }

        if (cargo.VeterinaryCertificate is null && controlledByDeclaration)
        {
            return CheckAnswer.Failed(
                $"declaration {cargo.CustomsDeclaration} declares {declared!.Goods} goods, under veterinary or phytosanitary control, but no certificate was given",
                declared.Reference);
        }

        if (registries.Find(Registry, cargo.VeterinaryCertificate) is not { } certificate)
        {
            return CheckAnswer.Failed($"certificate {cargo.VeterinaryCertificate ?? "(none given)"} is not in e-Agriculture", null);
        }

        if (certificate.Vin != subject.Vehicle.Vin.Value)
        {
            return CheckAnswer.Failed($"certificate {certificate.Key} is for VIN {certificate.Vin}, not {subject.Vehicle.Vin}", certificate.Reference);
        }

        return registries.TermProblem("certificate", certificate) is { } expired
            ? CheckAnswer.Failed(expired, certificate.Reference)
            : CheckAnswer.Passed(certificate.Reference, certificate.ValidUntil);
    }
}
