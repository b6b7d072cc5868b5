using Seo.Domain.Identity;
using static Seo.Domain.Tests.KazakhIdentifiers;

namespace Seo.Domain.Tests;

public sealed class KazakhIdentifierTests
{
    [Fact]
    public void R16_3_valid_iin_is_accepted()
    {
        Iin.Create(TestData.ValidIin).ShouldSucceed().Value.ShouldBe(TestData.ValidIin);
    }

    [Fact]
    public void R16_3_valid_bin_is_accepted()
    {
        Bin.Create(TestData.ValidBin).ShouldSucceed().Value.ShouldBe(TestData.ValidBin);
    }

    [Fact]
    public void The_test_identifiers_take_the_first_weights_branch()
    {
        CheckDigit(TestData.ValidIin[..11]).Branch.ShouldBe(Branch.FirstWeights);
        CheckDigit(TestData.ValidBin[..11]).Branch.ShouldBe(Branch.FirstWeights);
    }

    [Fact]
    public void R16_3_iin_with_a_wrong_check_digit_is_refused()
    {
        var wrong = WithWrongCheckDigit(TestData.ValidIin);

        Iin.Create(wrong).ShouldFailWith("invalid-iin").Message.ShouldContain("check digit");
    }

    [Fact]
    public void R16_3_bin_with_a_wrong_check_digit_is_refused()
    {
        Bin.Create(WithWrongCheckDigit(TestData.ValidBin)).ShouldFailWith("invalid-bin");
    }

    [Fact]
    public void Check_digit_falls_back_to_the_second_weights_when_the_first_give_10()
    {
        // 1..9,0,1 weighted 1..11 sums to 296 ≡ 10 (mod 11); with 3..11,1,2 it sums to 377 ≡ 3.
        const string Prefix = "12345678901";
        CheckDigit(Prefix).ShouldBe((3, Branch.SecondWeights));

        KazakhIdentifier.Problem(Prefix + "3").ShouldBeNull();
    }

    [Fact]
    public void Second_weights_branch_refuses_any_other_digit()
    {
        var prefix = FirstPrefixWith(Branch.SecondWeights);
        var right = CheckDigit(prefix).Digit!.Value;

        for (var digit = 0; digit <= 9; digit++)
        {
            (KazakhIdentifier.Problem(prefix + digit) is null).ShouldBe(digit == right, $"{prefix}{digit}");
        }
    }

    [Fact]
    public void Second_weights_branch_is_not_the_first_weights_digit_mod_10()
    {
        // A naive implementation would take 10 % 10 = 0 as the check digit; the Rules' algorithm does not.
        var prefix = FirstPrefixWith(Branch.SecondWeights, start: 10_000_000_000);
        var right = CheckDigit(prefix).Digit!.Value;
        right.ShouldNotBe(0, "pick a prefix where the two readings differ");

        KazakhIdentifier.Problem(prefix + "0").ShouldNotBeNull();
    }

    [Fact]
    public void Number_whose_check_digit_is_10_twice_is_invalid_whatever_its_last_digit()
    {
        // 1·1 + 2·10 + 8·11 = 109 ≡ 10 and 1·3 + 2·1 + 8·2 = 21 ≡ 10.
        const string Prefix = "10000000028";
        CheckDigit(Prefix).Branch.ShouldBe(Branch.NoCheckDigit);

        for (var digit = 0; digit <= 9; digit++)
        {
            KazakhIdentifier.Problem(Prefix + digit).ShouldNotBeNull().ShouldContain("no check digit");
        }
    }

    [Theory]
    [InlineData("90010130001A")]
    [InlineData("9001013000 7")]
    [InlineData("-90101300017")]
    [InlineData("９００１０１３０００１７")] // full-width digits are not ASCII digits
    public void Iin_with_non_digits_is_refused(string value)
    {
        Iin.Create(value).ShouldFailWith("invalid-iin").Message.ShouldContain("12 digits");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("90010130001")]
    [InlineData("9001013000170")]
    public void Iin_of_the_wrong_length_is_refused(string? value)
    {
        Iin.Create(value).ShouldFailWith("invalid-iin");
        Bin.Create(value).ShouldFailWith("invalid-bin");
    }

    [Fact]
    public void Problem_is_null_only_for_well_formed_identifiers()
    {
        KazakhIdentifier.Problem(TestData.ValidIin).ShouldBeNull();
        KazakhIdentifier.Problem(WithWrongCheckDigit(TestData.ValidIin)).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("000000000000", "century-and-sex")] // twelve zeros pass the check digit
    [InlineData("900230300010", "birth date")] // 30 February
    [InlineData("010229500014", "birth date")] // 29 February 2001
    [InlineData("901301300016", "birth date")] // month 13
    [InlineData("900101000012", "century-and-sex")] // 7th digit 0
    [InlineData("900101700019", "century-and-sex")] // 7th digit 7
    public void R16_3_iin_that_cannot_exist_is_refused_though_its_check_digit_passes(string first11AndAny, string reason)
    {
        var iin = KazakhIdentifiers.WithCheckDigit(first11AndAny[..11]);
        KazakhIdentifier.Problem(iin).ShouldBeNull("the example passes the check digit");

        Iin.Create(iin).ShouldFailWith("invalid-iin").Message.ShouldContain(reason);
    }

    [Fact]
    public void R16_3_iin_of_29_february_in_a_leap_year_of_its_century_is_accepted()
    {
        Iin.Create(KazakhIdentifiers.WithCheckDigit("00022950001")).ShouldSucceed(); // 29 February 2000, 7th digit 5
    }

    [Theory]
    [InlineData("000000000000", "year and month")] // twelve zeros
    [InlineData("191340400002", "year and month")] // month 13
    [InlineData("190330400002", "entity-kind")] // 5th digit 3
    [InlineData("190370400002", "entity-kind")] // 5th digit 7
    [InlineData("190344400002", "unit")] // 6th digit 4
    public void R16_3_bin_that_cannot_exist_is_refused_though_its_check_digit_passes(string first11AndAny, string reason)
    {
        var bin = KazakhIdentifiers.WithCheckDigit(first11AndAny[..11]);
        KazakhIdentifier.Problem(bin).ShouldBeNull("the example passes the check digit");

        Bin.Create(bin).ShouldFailWith("invalid-bin").Message.ShouldContain(reason);
    }

    [Theory]
    [InlineData("190340")] // resident legal entity, head office
    [InlineData("190350")] // non-resident legal entity
    [InlineData("190360")] // joint individual entrepreneurship
    [InlineData("190341")] // a branch
    [InlineData("190343")] // a peasant farm
    public void R16_3_bin_of_every_kind_and_unit_is_accepted(string prefix)
    {
        Bin.Create(KazakhIdentifiers.WithCheckDigit((prefix + "00000")[..11])).ShouldSucceed();
    }

    private static string WithWrongCheckDigit(string valid)
    {
        var wrongDigit = (char)('0' + ((valid[11] - '0' + 1) % 10));
        return valid[..11] + wrongDigit;
    }
}
