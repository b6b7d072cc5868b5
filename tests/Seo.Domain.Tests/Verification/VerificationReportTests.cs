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

    [Theory]
    [InlineData(RegistryCheck.NoUnpaidFines)]
    [InlineData(RegistryCheck.NoTollRoadDebt)]
    public void R19_2_resident_notice_only_check_unavailable_refuses_nothing_and_makes_no_notice(RegistryCheck check)
    {
        var report = Report(Residency.Resident, (check, CheckVerdict.Unavailable));

        report.Decide().ShouldSucceed();
        report.Notices.ShouldBeEmpty();
        report.Outcomes.Single(o => o.Check == check).Verdict.ShouldBe(CheckVerdict.Unavailable);
    }

    [Fact]
    public void R19_1_non_resident_check_17_unavailable_still_never_passes()
    {
        Report(Residency.NonResident, (RegistryCheck.NoTollRoadDebt, CheckVerdict.Unavailable)).Decide().ShouldFailWith("registry-unavailable");
    }

    [Fact]
    public void R19_2_resident_notice_only_check_not_answered_at_all_refuses_nothing()
    {
        var requirements = VerificationPolicy.RequirementsFor(Residency.Resident);
        var outcomes = requirements.Where(r => r.Check != RegistryCheck.NoUnpaidFines).Select(r => Outcome(r.Check, CheckVerdict.Passed)).ToList();

        new VerificationReport(requirements, outcomes).Decide().ShouldSucceed();
    }

    [Fact]
    public void R20_a_definite_failure_refuses_even_while_another_registry_is_unavailable_naming_both()
    {
        var report = Report(
            Residency.NonResident, (RegistryCheck.LiabilityInsurance, CheckVerdict.Failed), (RegistryCheck.TechnicalInspection, CheckVerdict.Unavailable));

        var error = report.Decide().ShouldFailWith("checks-refused");

        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["check8"]);
        error.Details.ShouldNotBeNull()[VerificationErrors.ChecksMember].ShouldBeAssignableTo<IReadOnlyList<CheckFinding>>().ShouldNotBeNull()
            .Select(f => f.Check).ShouldBe([8, 14]);
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

    private static VerificationReport WithTerms(Residency residency, params (RegistryCheck Check, DateOnly ValidUntil)[] terms)
    {
        var requirements = VerificationPolicy.RequirementsFor(residency);
        var outcomes = requirements
            .Select(r => Outcome(r.Check, CheckVerdict.Passed) with { ValidUntil = terms.Where(t => t.Check == r.Check).Select(t => (DateOnly?)t.ValidUntil).FirstOrDefault() })
            .ToList();
        return new VerificationReport(requirements, outcomes);
    }

    [Fact]
    public void R20_a_document_valid_through_the_booked_date_passes_for_that_date()
    {
        WithTerms(Residency.Resident, (RegistryCheck.LiabilityInsurance, TestData.BookedDate)).DecideFor(TestData.BookedDate).ShouldSucceed();
    }

    [Fact]
    public void R20_a_document_expiring_before_the_booked_date_refuses_naming_it_and_its_expiry()
    {
        var report = WithTerms(
            Residency.NonResident,
            (RegistryCheck.LiabilityInsurance, TestData.BookedDate.AddDays(-1)),
            (RegistryCheck.TechnicalInspection, TestData.BookedDate.AddDays(-3)),
            (RegistryCheck.VeterinaryPhytosanitaryCertificates, TestData.BookedDate.AddDays(10)));

        var error = report.DecideFor(TestData.BookedDate).ShouldFailWith("document-expires-before-booked-date");

        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Rule.ShouldBe("R20");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["check8", "check14"]);
        error.Errors["check14"].ShouldBe(["TechnicalInspection is valid until 2026-11-28"]);
        var findings = error.Details.ShouldNotBeNull()[VerificationErrors.ChecksMember].ShouldBeAssignableTo<IReadOnlyList<CheckFinding>>().ShouldNotBeNull();
        findings.Select(f => f.ValidUntil).ShouldBe([new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 28)]);
        findings.ShouldAllBe(f => f.Reference == "REF-1" && f.Source == "registry");
        report.Decide().ShouldSucceed();
    }

    [Fact]
    public void R20_the_same_documents_pass_for_an_earlier_date()
    {
        WithTerms(Residency.Resident, (RegistryCheck.LiabilityInsurance, TestData.BookedDate.AddDays(-1)))
            .DecideFor(TestData.BookedDate.AddDays(-1)).ShouldSucceed();
    }

    [Fact]
    public void R19_2_a_term_on_a_notice_only_check_never_refuses_nor_bounds_the_date()
    {
        var report = WithTerms(Residency.Resident, (RegistryCheck.NoUnpaidFines, TestData.Today));

        report.DecideFor(TestData.BookedDate).ShouldSucceed();
        report.ValidThrough.ShouldBeNull();
    }

    [Fact]
    public void R20_a_failed_check_refuses_before_any_date_is_looked_at()
    {
        var requirements = VerificationPolicy.RequirementsFor(Residency.Resident);
        var outcomes = requirements.Select(r => Outcome(r.Check, r.Check == RegistryCheck.VehicleRegistered ? CheckVerdict.Failed : CheckVerdict.Passed)).ToList();

        new VerificationReport(requirements, outcomes).DecideFor(TestData.BookedDate).ShouldFailWith("checks-refused");
    }

    [Fact]
    public void R20_valid_through_is_the_earliest_expiry_of_the_passed_blocking_checks()
    {
        var report = WithTerms(
            Residency.Resident,
            (RegistryCheck.LiabilityInsurance, TestData.BookedDate.AddDays(5)),
            (RegistryCheck.TransportPermits, TestData.BookedDate.AddDays(2)));

        report.ValidThrough.ShouldBe(TestData.BookedDate.AddDays(2));
        Report(Residency.Resident).ValidThrough.ShouldBeNull();
    }

    [Fact]
    public void R16_1_R20_nothing_free_while_valid_names_the_document_that_ends_the_search()
    {
        var report = WithTerms(
            Residency.Resident,
            (RegistryCheck.LiabilityInsurance, TestData.BookedDate.AddDays(5)),
            (RegistryCheck.TransportPermits, TestData.BookedDate.AddDays(2)));

        var error = report.NothingFreeWhileValid();

        error.Code.ShouldBe("no-free-interval-while-documents-valid");
        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Message.ShouldContain("2026-12-03");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["check7"]);
    }

    [Fact]
    public void R20_a_refusal_lists_each_failed_check_with_its_source_and_reference()
    {
        var error = Report(Residency.Resident, (RegistryCheck.VehicleNotWanted, CheckVerdict.Failed)).Decide().ShouldFailWith("checks-refused");

        error.Details.ShouldNotBeNull()[VerificationErrors.ChecksMember].ShouldBeAssignableTo<IReadOnlyList<CheckFinding>>().ShouldNotBeNull()
            .ShouldHaveSingleItem().ShouldBe(new CheckFinding(4, "VehicleNotWanted", "registry", "VehicleNotWanted failed", "REF-1", null));
    }

    [Fact]
    public void R20_an_unavailable_registry_is_a_retryable_failure_naming_the_unanswered_checks()
    {
        var error = Report(Residency.Resident, (RegistryCheck.BiometricMatch, CheckVerdict.Unavailable)).Decide().ShouldFailWith("registry-unavailable");

        error.Kind.ShouldBe(ErrorKind.Unavailable);
        error.Details.ShouldNotBeNull()[VerificationErrors.ChecksMember].ShouldBeAssignableTo<IReadOnlyList<CheckFinding>>().ShouldNotBeNull()
            .ShouldHaveSingleItem().Check.ShouldBe(12);
    }
}
