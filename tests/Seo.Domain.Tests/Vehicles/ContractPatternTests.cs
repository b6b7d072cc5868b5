using System.Text.RegularExpressions;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Tests;

/// <summary>
/// The patterns the API contract publishes for plates, VINs and IIN/BINs accept exactly what the
/// domain accepts, so a generated client that checks them refuses nothing the API would take and
/// lets through nothing it would refuse for its form.
/// </summary>
public sealed class ContractPatternTests
{
    [Theory]
    [InlineData("123ABC02")]
    [InlineData("123 abc 02")]
    [InlineData("-123-ABC-02-")]
    [InlineData("\t12\t")]
    [InlineData("А123ВС02")]
    [InlineData("а123вс02")]
    [InlineData("ABCDEFGHIJKL")]
    [InlineData("A B C D E F G H I J K L")]
    [InlineData("ABCDEFGHIJKLM")]
    [InlineData("A")]
    [InlineData(" A - ")]
    [InlineData("")]
    [InlineData("AB_12")]
    [InlineData("ÄB12")]
    [InlineData("Ж123")]
    [InlineData("AB.12")]
    public void The_plate_pattern_accepts_what_a_plate_number_accepts(string typed) =>
        Regex.IsMatch(typed, PlateNumber.AsTypedPattern).ShouldBe(PlateNumber.Create(typed).IsSuccess, typed);

    [Theory]
    [InlineData("1HGCM82633A004352")]
    [InlineData(" 1hgcm82633a004352 ")]
    [InlineData("1HGCM82633A00435")]
    [InlineData("1HGCM82633A0043520")]
    [InlineData("1HGCM82633A00435I")]
    [InlineData("1HGCM82633A00435o")]
    [InlineData("1HGCM82633A00435Q")]
    [InlineData("1HGCM82633A0043-2")]
    [InlineData("")]
    public void The_vin_pattern_accepts_what_a_vin_accepts(string typed) =>
        Regex.IsMatch(typed, Vin.AsTypedPattern).ShouldBe(Vin.Create(typed).IsSuccess, typed);

    [Theory]
    [InlineData("123456789012")]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData(" 123456789012")]
    [InlineData("")]
    public void The_iin_and_bin_pattern_is_the_form_the_identifier_asks_for(string typed) =>
        Regex.IsMatch(typed, KazakhIdentifier.Pattern).ShouldBe(KazakhIdentifier.Problem(typed) != "must be exactly 12 digits", typed);
}
