using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Identity;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>R18.11: every resident driver's digital documents are on record and valid on the booked date.</summary>
internal sealed class DigitalDocumentsCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.DigitalDocuments;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        PerDriver.ResidentsOnly(subject.Drivers, driver =>
        {
            if (registries.Find(Registry, driver.Document.Number) is not { } documents)
            {
                return CheckAnswer.Failed("no digital documents on record", null);
            }

            return registries.TermProblem("digital documents", documents) is { } expired
                ? CheckAnswer.Failed(expired, documents.Reference)
                : CheckAnswer.Passed(documents.Reference, documents.ValidUntil);
        });
}

/// <summary>R18.12: every resident driver has a biometric record to match at the checkpoint.</summary>
internal sealed class BiometricMatchCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.BiometricRecords;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        PerDriver.ResidentsOnly(subject.Drivers, driver =>
            registries.Find(Registry, driver.Document.Number) is { } biometrics
                ? CheckAnswer.Passed(biometrics.Reference)
                : CheckAnswer.Failed("no biometric record to match", null));
}

/// <summary>R18.13: every resident driver's phone is in the mobile citizens base, registered to that driver.</summary>
internal sealed class PhoneMatchesMobileBaseCheck : SimulatedCheck
{
    public override SimulatedRegistry Registry => SimulatedRegistry.MobileCitizens;

    public override CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries) =>
        PerDriver.ResidentsOnly(subject.Drivers, driver =>
        {
            if (registries.Find(Registry, driver.Phone.Value) is not { } phone)
            {
                return CheckAnswer.Failed($"phone {PersonalDataMask.Phone(driver.Phone.Value)} is not in the mobile citizens base", null);
            }

            return phone.Holder == driver.Document.Number
                ? CheckAnswer.Passed(phone.Reference)
                : CheckAnswer.Failed($"phone {driver.Phone} is registered to another person", phone.Reference);
        });
}
