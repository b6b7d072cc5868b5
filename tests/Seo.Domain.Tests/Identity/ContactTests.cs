using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;

namespace Seo.Domain.Tests;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+77011234567", "+77011234567")]
    [InlineData("+7 (701) 123-45-67", "+77011234567")]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    [InlineData("+12345678", "+12345678")]
    [InlineData("+123456789012345", "+123456789012345")]
    public void Phone_is_kept_in_E164_form(string raw, string expected)
    {
        PhoneNumber.Create(raw).ShouldSucceed().Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("87011234567")] // national form without +
    [InlineData("+1234567")] // 7 digits
    [InlineData("+1234567890123456")] // 16 digits
    [InlineData("+07011234567")] // country code cannot start with 0
    [InlineData("+7701ABC4567")]
    [InlineData("+")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_phone_is_refused(string? raw)
    {
        PhoneNumber.Create(raw).ShouldFailWith("invalid-phone");
    }
}

public sealed class EmailAddressTests
{
    [Fact]
    public void Email_is_trimmed_and_lower_cased()
    {
        EmailAddress.Create("  Carrier@Example.KZ ").ShouldSucceed().Value.ShouldBe("carrier@example.kz");
    }

    [Theory]
    [InlineData("carrier")]
    [InlineData("carrier@")]
    [InlineData("@example.kz")]
    [InlineData("carrier@localhost")] // no dot in the host
    [InlineData("Carrier <carrier@example.kz>")] // display-name form is not a login
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_email_is_refused(string? raw)
    {
        EmailAddress.Create(raw).ShouldFailWith("invalid-email");
    }

    [Fact]
    public void Email_longer_than_254_characters_is_refused()
    {
        var tooLong = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".kz";
        tooLong.Length.ShouldBeGreaterThan(254);

        EmailAddress.Create(tooLong).ShouldFailWith("invalid-email");
    }
}

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("KZ", "KZ")]
    [InlineData("cn", "CN")]
    [InlineData(" uz ", "UZ")]
    public void Country_code_is_two_upper_case_letters(string raw, string expected)
    {
        CountryCode.Create(raw).ShouldSucceed().Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("KAZ")]
    [InlineData("K")]
    [InlineData("K1")]
    [InlineData("КЗ")] // Cyrillic
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_country_code_is_refused(string? raw)
    {
        CountryCode.Create(raw).ShouldFailWith("invalid-country");
    }
}

public sealed class CheckpointCodeTests
{
    [Theory]
    [InlineData("DOSTYK", "DOSTYK")]
    [InlineData(" khorgos ", "KHORGOS")]
    [InlineData("NUR_ZHOLY_2", "NUR_ZHOLY_2")]
    public void Checkpoint_code_is_upper_case_latin_digits_and_underscores(string raw, string expected)
    {
        CheckpointCode.Create(raw).ShouldSucceed().Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("DOS-TYK")]
    [InlineData("DOS TYK")]
    [InlineData("ДОСТЫК")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_checkpoint_code_is_refused(string? raw)
    {
        CheckpointCode.Create(raw).ShouldFailWith("invalid-checkpoint-code");
    }

    [Fact]
    public void Checkpoint_code_is_at_most_40_characters()
    {
        CheckpointCode.Create(new string('A', 40)).ShouldSucceed();
        CheckpointCode.Create(new string('A', 41)).ShouldFailWith("invalid-checkpoint-code");
    }
}

public sealed class PersonNameTests
{
    [Fact]
    public void R16_3_patronymic_is_optional()
    {
        var name = PersonName.Create(" Ахметов ", "Серик").ShouldSucceed();

        name.Surname.ShouldBe("Ахметов");
        name.Patronymic.ShouldBeNull();
        name.ToString().ShouldBe("Ахметов Серик");
    }

    [Fact]
    public void R16_3_full_name_includes_the_patronymic_when_given()
    {
        PersonName.Create("Ахметов", "Серик", "Болатович").ShouldSucceed().ToString().ShouldBe("Ахметов Серик Болатович");
    }

    [Theory]
    [InlineData(null, "Серик")]
    [InlineData("Ахметов", " ")]
    public void R16_3_surname_and_given_name_are_required(string? surname, string? givenName)
    {
        PersonName.Create(surname, givenName).ShouldFailWith("invalid-name");
    }

    [Fact]
    public void Name_parts_longer_than_100_characters_are_refused()
    {
        PersonName.Create(new string('a', 101), "Серик").ShouldFailWith("invalid-name");
    }
}
