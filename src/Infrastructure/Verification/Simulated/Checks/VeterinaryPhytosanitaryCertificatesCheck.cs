using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.15: goods under veterinary or phytosanitary control travel with a certificate for this vehicle, valid on the booked date.</summary>
internal sealed class VeterinaryPhytosanitaryCertificatesCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.VeterinaryCertificates;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries)
    {
        var cargo = subject.Cargo;
        if (!cargo.UnderVeterinaryOrPhytosanitaryControl)
        {
            return CheckAnswer.NotApplicable("the goods are not under veterinary or phytosanitary control");
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
