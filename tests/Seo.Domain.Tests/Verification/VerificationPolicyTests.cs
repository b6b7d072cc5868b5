using Seo.Domain.Identity;
using Seo.Domain.Verification;

namespace Seo.Domain.Tests;

public sealed class VerificationPolicyTests
{
    [Fact]
    public void R19_2_residents_are_checked_against_all_18_checks()
    {
        var requirements = VerificationPolicy.RequirementsFor(Residency.Resident);

        requirements.Select(r => (int)r.Check).Order().ShouldBe(Enumerable.Range(1, 18));
    }

    [Fact]
    public void R19_2_for_residents_fines_and_toll_debt_are_notice_only()
    {
        var requirements = VerificationPolicy.RequirementsFor(Residency.Resident);

        requirements.Where(r => r.Effect == CheckEffect.NoticeOnly).Select(r => r.Check).Order()
            .ShouldBe([RegistryCheck.NoUnpaidFines, RegistryCheck.NoTollRoadDebt]);
        requirements.Where(r => r.Effect == CheckEffect.Blocking).Select(r => (int)r.Check).Order()
            .ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 18]);
    }

    [Fact]
    public void R19_1_non_residents_are_checked_against_exactly_1_4_5_8_10_14_15_16_17_18()
    {
        var requirements = VerificationPolicy.RequirementsFor(Residency.NonResident);

        requirements.Select(r => (int)r.Check).Order().ShouldBe([1, 4, 5, 8, 10, 14, 15, 16, 17, 18]);
    }

    [Fact]
    public void R19_1_for_non_residents_every_check_blocks()
    {
        VerificationPolicy.RequirementsFor(Residency.NonResident).ShouldAllBe(r => r.Effect == CheckEffect.Blocking);
    }

    [Fact]
    public void R18_checks_are_numbered_as_in_the_rules()
    {
        ((int)RegistryCheck.UserAccountExists).ShouldBe(1);
        ((int)RegistryCheck.NoUnpaidFines).ShouldBe(10);
        ((int)RegistryCheck.NoTollRoadDebt).ShouldBe(17);
        ((int)RegistryCheck.MovementAndWeighingRecords).ShouldBe(18);
        Enum.GetValues<RegistryCheck>().Length.ShouldBe(18);
    }
}
