using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Verification;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Verification.Simulated.Checks;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Verification.Simulated;

/// <summary>
/// The embedded default for the checks of R18: answers each required check from its simulated
/// registry in the write store (one small check type each, <c>Checks/</c>). A registry the
/// sandbox switched out of service answers <see cref="CheckVerdict.Unavailable"/>, so nothing
/// passes unchecked (R20). Every outcome names the simulated source system.
/// </summary>
internal sealed class SimulatedRegistryVerification(SeoDbContext db, TimeProvider clock) : IVehicleVerification
{
    private static readonly Dictionary<RegistryCheck, SimulatedCheck> Checks = new SimulatedCheck[]
    {
        new UserAccountExistsCheck(), new VehicleRegisteredCheck(), new DriverLicenceCategoryCheck(), new VehicleNotWantedCheck(),
        new DriverNotWantedCheck(), new MachineryRegistrationCheck(), new TransportPermitsCheck(), new LiabilityInsuranceCheck(),
        new NoTaxDebtCheck(), new NoUnpaidFinesCheck(), new DigitalDocumentsCheck(), new BiometricMatchCheck(),
        new PhoneMatchesMobileBaseCheck(), new TechnicalInspectionCheck(), new VeterinaryPhytosanitaryCertificatesCheck(),
        new CustomsDeclarationsCheck(), new NoTollRoadDebtCheck(), new MovementAndWeighingRecordsCheck(),
    }.ToDictionary(c => c.Check);

    public async Task<IReadOnlyList<CheckOutcome>> VerifyAsync(VerificationSubject subject, IReadOnlyList<CheckRequirement> requirements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(requirements);
        var outOfService = (await db.RegistryServiceStates.AsNoTracking().Where(s => !s.InService).Select(s => s.Registry).ToListAsync(cancellationToken)).ToHashSet();
        var keys = KeysOf(subject);
        var records = await db.RegistryRecords.AsNoTracking().Where(r => keys.Contains(r.Key)).ToListAsync(cancellationToken);
        var lookup = new RegistryLookup(records, KazakhstanTime.DayOf(clock.GetUtcNow()), subject.BookedDate);
        var now = clock.GetUtcNow();

        return [.. requirements.Select(requirement =>
        {
            var check = Checks[requirement.Check];
            var source = RegistryCatalog.Describe(check.Registry).Source;
            if (outOfService.Contains(check.Registry))
            {
                return new CheckOutcome(check.Check, CheckVerdict.Unavailable, source, "the registry is switched out of service in the sandbox", null, now);
            }

            var answer = check.Answer(subject, lookup);
            return new CheckOutcome(check.Check, answer.Verdict, source, answer.Reason, answer.Reference, now, answer.ValidUntil);
        })];
    }

    /// <summary>Every key a check may look up for this subject; one query fetches their records from all registries.</summary>
    private static List<string> KeysOf(VerificationSubject subject)
    {
        var keys = new List<string?> { subject.Owner.TaxId, subject.Vehicle.Vin.Value, subject.Cargo.CustomsDeclaration, subject.Cargo.VeterinaryCertificate };
        foreach (var driver in subject.Drivers)
        {
            keys.Add(driver.Document.Number);
            keys.Add(driver.Phone.Value);
        }

        return [.. keys.OfType<string>().Distinct()];
    }
}
