using Seo.Domain.Identity;

namespace Seo.Domain.Tests.Identity;

public sealed class PersonalDataMaskTests
{
    [Fact]
    public void An_IIN_keeps_its_first_four_and_last_two_digits() =>
        PersonalDataMask.TaxId("800101300125").ShouldBe("8001******25");

    [Fact]
    public void A_phone_keeps_its_country_and_operator_digits_and_the_last_two() =>
        PersonalDataMask.Phone("+77011234567").ShouldBe("+7701*****67");

    [Fact]
    public void A_document_number_and_a_name_keep_almost_nothing()
    {
        PersonalDataMask.DocumentNumber("N12345678").ShouldBe("N1*****78");
        PersonalDataMask.Name("Bekov").ShouldBe("B***");
    }

    [Fact]
    public void A_value_too_short_to_mask_partly_is_masked_whole()
    {
        PersonalDataMask.TaxId("12345").ShouldBe("*****");
        PersonalDataMask.Phone(null).ShouldBeEmpty();
    }

    [Fact]
    public void An_email_keeps_its_first_character_and_its_domain_and_text_that_is_no_address_keeps_nothing()
    {
        PersonalDataMask.Email(" Carrier7@Example.KZ ").ShouldBe("c***@example.kz");
        PersonalDataMask.Email("correct-horse-battery").ShouldBe("***");
        PersonalDataMask.Email("Summer@2024!").ShouldBe("***");
        PersonalDataMask.Email("@example.kz").ShouldBe("***");
        PersonalDataMask.Email(null).ShouldBe("***");
    }
}
