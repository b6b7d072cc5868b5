using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Domain.Tests;

public sealed class OwnerProfileTests
{
    [Theory]
    [InlineData(OwnerKind.Individual)]
    [InlineData(OwnerKind.LegalEntity)]
    public void R16_3_resident_without_IIN_or_BIN_is_refused(OwnerKind kind)
    {
        var error = OwnerProfile.Create(kind, Residency.Resident, "ТОО Транс", TestData.Name, null, TestData.Phone)
            .ShouldFailWith("tax-id-required");

        error.Rule.ShouldBe("R16.3");
    }

    [Theory]
    [InlineData(OwnerKind.Individual)]
    [InlineData(OwnerKind.LegalEntity)]
    public void R16_3_non_resident_without_IIN_or_BIN_is_accepted(OwnerKind kind)
    {
        var owner = OwnerProfile.Create(kind, Residency.NonResident, "Xinjiang Logistics Co.", TestData.Name, " ", TestData.Phone)
            .ShouldSucceed();

        owner.TaxId.ShouldBeNull();
        owner.Residency.ShouldBe(Residency.NonResident);
    }

    [Fact]
    public void R16_3_resident_individual_with_a_valid_IIN_is_accepted()
    {
        var owner = OwnerProfile.Create(OwnerKind.Individual, Residency.Resident, null, TestData.Name, TestData.ValidIin, TestData.Phone)
            .ShouldSucceed();

        owner.TaxId.ShouldBe(TestData.ValidIin);
        owner.Name.ShouldBe("Ахметов Серик Болатович");
    }

    [Fact]
    public void R16_3_resident_legal_entity_with_a_valid_BIN_is_accepted()
    {
        var owner = OwnerProfile.Create(OwnerKind.LegalEntity, Residency.Resident, " ТОО «Транс Логистик» ", null, TestData.ValidBin, TestData.Phone)
            .ShouldSucceed();

        owner.Name.ShouldBe("ТОО «Транс Логистик»");
        owner.TaxId.ShouldBe(TestData.ValidBin);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void R16_3_legal_entity_needs_its_organisation_name(string? organisationName)
    {
        OwnerProfile.Create(OwnerKind.LegalEntity, Residency.Resident, organisationName, TestData.Name, TestData.ValidBin, TestData.Phone)
            .ShouldFailWith("organisation-name-required").Rule.ShouldBe("R16.3");
    }

    [Fact]
    public void R16_3_organisation_name_longer_than_200_characters_is_refused()
    {
        OwnerProfile.Create(OwnerKind.LegalEntity, Residency.NonResident, new string('x', 201), null, null, TestData.Phone)
            .ShouldFailWith("organisation-name-required");
    }

    [Fact]
    public void R16_3_individual_needs_a_full_name()
    {
        OwnerProfile.Create(OwnerKind.Individual, Residency.Resident, "ТОО Транс", null, TestData.ValidIin, TestData.Phone)
            .ShouldFailWith("person-name-required");
    }

    [Fact]
    public void R16_3_bad_BIN_is_refused()
    {
        var badBin = TestData.ValidBin[..11] + (char)('0' + ((TestData.ValidBin[11] - '0' + 1) % 10));

        OwnerProfile.Create(OwnerKind.LegalEntity, Residency.Resident, "ТОО Транс", null, badBin, TestData.Phone)
            .ShouldFailWith("invalid-bin");
    }

    [Fact]
    public void R16_3_bad_IIN_is_refused()
    {
        OwnerProfile.Create(OwnerKind.Individual, Residency.Resident, null, TestData.Name, "123", TestData.Phone)
            .ShouldFailWith("invalid-iin");
    }

    [Fact]
    public void R16_3_non_resident_who_gives_an_identifier_must_give_a_valid_one()
    {
        OwnerProfile.Create(OwnerKind.LegalEntity, Residency.NonResident, "Xinjiang Logistics Co.", null, "100000000280", TestData.Phone)
            .ShouldFailWith("invalid-bin");
    }
}
