using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Verification;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>Checks about drivers look at every driver named on the request (R16.2): one driver's failure fails the check.</summary>
internal static class PerDriver
{
    public const string NonResidentReason = "non-resident driver: Kazakh registries hold no licence, digital document or biometrics of a foreign driver";

    public static CheckAnswer Combine(IReadOnlyList<Driver> drivers, Func<Driver, CheckAnswer> answer)
    {
        var answers = drivers.Select(d => (Driver: d, Answer: answer(d))).ToList();
        var failed = answers.Where(a => a.Answer.Verdict == CheckVerdict.Failed).ToList();
        if (failed.Count > 0)
        {
            return CheckAnswer.Failed(
                string.Join("; ", failed.Select(f => $"driver {f.Driver.Name} ({f.Driver.Document.Number}): {f.Answer.Reason}")),
                Join(failed.Select(f => f.Answer.Reference)));
        }

        var passed = answers.Where(a => a.Answer.Verdict == CheckVerdict.Passed).ToList();
        if (passed.Count == 0)
        {
            return CheckAnswer.NotApplicable(string.Join("; ", answers.Select(a => a.Answer.Reason).Distinct()));
        }

        // The earliest term among the drivers is the one the booking is held to.
        return CheckAnswer.Passed(Join(passed.Select(p => p.Answer.Reference)), passed.Min(p => p.Answer.ValidUntil));
    }

    /// <summary>
    /// Licence, digital-document, biometric and phone checks concern resident drivers only. A
    /// driver crossing on a Kazakh document is treated as resident whatever residency was
    /// declared: declaring a Kazakh citizen non-resident would otherwise skip the checks.
    /// </summary>
    public static CheckAnswer ResidentsOnly(IReadOnlyList<Driver> drivers, Func<Driver, CheckAnswer> answer) =>
        Combine(drivers, d => IsResident(d) ? answer(d) : CheckAnswer.NotApplicable(NonResidentReason));

    private static bool IsResident(Driver driver) =>
        driver.Residency == Residency.Resident || driver.Document.IssuingCountry.Value == "KZ";

    private static string? Join(IEnumerable<string?> references)
    {
        var present = references.OfType<string>().Distinct().ToList();
        return present.Count == 0 ? null : string.Join(", ", present);
    }
}
