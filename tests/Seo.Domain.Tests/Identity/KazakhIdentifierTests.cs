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

        Iin.Create(Prefix + "3").ShouldSucceed();
        Bin.Create(Prefix + "3").ShouldSucceed();
    }

    [Fact]
    public void Second_weights_branch_refuses_any_other_digit()
    {
        var prefix = FirstPrefixWith(Branch.SecondWeights);
        var right = CheckDigit(prefix).Digit!.Value;

        for (var digit = 0; digit <= 9; digit++)
        {
            var result = Iin.Create(prefix + digit);
            result.IsSuccess.ShouldBe(digit == right, $"{prefix}{digit}");
        }
    }

    [Fact]
    public void Second_weights_branch_is_not_the_first_weights_digit_mod_10()
    {
        // A naive implementation would take 10 % 10 = 0 as the check digit; the Rules' algorithm does not.
        var prefix = FirstPrefixWith(Branch.SecondWeights, start: 10_000_000_000);
        var right = CheckDigit(prefix).Digit!.Value;
        right.ShouldNotBe(0, "pick a prefix where the two readings differ");

        Iin.Create(prefix + "0").ShouldFailWith("invalid-iin");
    }

    [Fact]
    public void Number_whose_check_digit_is_10_twice_is_invalid_whatever_its_last_digit()
    {
        // 1·1 + 2·10 + 8·11 = 109 ≡ 10 and 1·3 + 2·1 + 8·2 = 21 ≡ 10.
        const string Prefix = "10000000028";
        CheckDigit(Prefix).Branch.ShouldBe(Branch.NoCheckDigit);

        for (var digit = 0; digit <= 9; digit++)
        {
            Iin.Create(Prefix + digit).ShouldFailWith("invalid-iin").Message.ShouldContain("no check digit");
            Bin.Create(Prefix + digit).ShouldFailWith("invalid-bin");
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

    private static string WithWrongCheckDigit(string valid)
    {
        var wrongDigit = (char)('0' + ((valid[11] - '0' + 1) % 10));
        return valid[..11] + wrongDigit;
    }
}
