using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Verification;

namespace Seo.Domain.Tests;

public sealed class VerificationReportTests
{
    private static VerificationReport Report(Residency residency, params (RegistryCheck Check, CheckVerdict Verdict)[] overrides)
    {
        var requirements = VerificationPolicy.RequirementsFor(residency);
        var outcomes = requirements
            .Select(r => overrides.Any(o => o.Check == r.Check)
                ? Outcome(r.Check, overrides.First(o => o.Check == r.Check).Verdict)
                : Outcome(r.Check, CheckVerdict.Passed))
            .ToList();
        return new VerificationReport(requirements, outcomes);
    }

    private static CheckOutcome Outcome(RegistryCheck check, CheckVerdict verdict) =>
        new(check, verdict, "registry", verdict == CheckVerdict.Failed ? $"{check} failed" : null, "REF-1", TestData.Now);

    [Theory]
    [InlineData(Residency.Resident)]
    [InlineData(Residency.NonResident)]
    public void R20_all_checks_passing_issues_the_booking(Residency residency)
    {
        var report = Report(residency);

        report.Decide().ShouldSucceed();
        report.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void R19_2_resident_failing_check_10_passes_with_a_notice()
    {
        var report = Report(Residency.Resident, (RegistryCheck.NoUnpaidFines, CheckVerdict.Failed));

        report.Decide().ShouldSucceed();
        report.Notices.ShouldHaveSingleItem().Check.ShouldBe(RegistryCheck.NoUnpaidFines);
    }

    [Fact]
    public void R19_2_resident_failing_check_17_passes_with_a_notice()
    {
        var report = Report(Residency.Resident, (RegistryCheck.NoTollRoadDebt, CheckVerdict.Failed), (RegistryCheck.NoUnpaidFines, CheckVerdict.Failed));

        report.Decide().ShouldSucceed();
        report.Notices.Select(n => n.Check).Order().ShouldBe([RegistryCheck.NoUnpaidFines, RegistryCheck.NoTollRoadDebt]);
    }

    [Fact]
    public void R19_1_non_resident_failing_check_10_is_refused_naming_check_10()
    {
        var report = Report(Residency.NonResident, (RegistryCheck.NoUnpaidFines, CheckVerdict.Failed));

        var error = report.Decide().ShouldFailWith("checks-refused");

        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Rule.ShouldBe("R20");
        error.Message.ShouldContain("check 10");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["check10"]);
        error.Errors["check10"].ShouldBe(["NoUnpaidFines failed"]);
        report.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void R20_refusal_names_every_blocking_failure()
    {
        var report = Report(
            Residency.Resident,
            (RegistryCheck.VehicleNotWanted, CheckVerdict.Failed),
            (RegistryCheck.LiabilityInsurance, CheckVerdict.Failed),
            (RegistryCheck.NoUnpaidFines, CheckVerdict.Failed));

        var error = report.Decide().ShouldFailWith("checks-refused");

        error.Errors.ShouldNotBeNull().Keys.Order().ShouldBe(["check4", "check8"]);
        error.Message.ShouldContain("check 4");
        error.Message.ShouldContain("check 8");
        error.Message.ShouldNotContain("check 10");
    }

    [Fact]
    public void R20_unavailable_registry_never_passes()
    {
        var report = Report(Residency.Resident, (RegistryCheck.BiometricMatch, CheckVerdict.Unavailable));

        var error = report.Decide().ShouldFailWith("registry-unavailable");

        error.Rule.ShouldBe("R20");
    }

    [Fact]
    public void R20_unavailable_notice_only_registry_never_passes_either()
    {
        Report(Residency.Resident, (RegistryCheck.NoTollRoadDebt, CheckVerdict.Unavailable)).Decide().ShouldFailWith("registry-unavailable");
    }

    [Fact]
    public void R20_missing_required_outcome_counts_as_unavailable()
    {
        var requirements = VerificationPolicy.RequirementsFor(Residency.NonResident);
        var outcomes = requirements
            .Where(r => r.Check != RegistryCheck.CustomsDeclarations)
            .Select(r => Outcome(r.Check, CheckVerdict.Passed))
            .ToList();

        new VerificationReport(requirements, outcomes).Decide().ShouldFailWith("registry-unavailable");
    }

    [Fact]
    public void R20_not_applicable_check_is_recorded_and_does_not_refuse()
    {
        Report(Residency.NonResident, (RegistryCheck.VeterinaryPhytosanitaryCertificates, CheckVerdict.NotApplicable)).Decide().ShouldSucceed();
    }

    [Fact]
    public void R19_1_answer_for_a_check_outside_the_non_resident_subset_decides_nothing()
    {
        var requirements = VerificationPolicy.RequirementsFor(Residency.NonResident);
        var outcomes = requirements.Select(r => Outcome(r.Check, CheckVerdict.Passed))
            .Append(Outcome(RegistryCheck.VehicleRegistered, CheckVerdict.Failed))
            .Append(Outcome(RegistryCheck.NoTaxDebt, CheckVerdict.Unavailable))
            .ToList();

        var report = new VerificationReport(requirements, outcomes);

        report.Decide().ShouldSucceed();
        report.Notices.ShouldBeEmpty();
    }
}
