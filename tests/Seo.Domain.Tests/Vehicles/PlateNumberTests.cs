using Seo.Domain.Vehicles;

namespace Seo.Domain.Tests;

public sealed class PlateNumberTests
{
    [Theory]
    [InlineData("123ABC02", "123ABC02")]
    [InlineData("123abc02", "123ABC02")]
    [InlineData("123 ABC 02", "123ABC02")]
    [InlineData("123-ABC-02", "123ABC02")]
    [InlineData(" 123 - abc\t02 ", "123ABC02")]
    public void Plate_is_upper_cased_without_spaces_and_dashes(string raw, string expected)
    {
        PlateNumber.Create(raw).ShouldSucceed().Value.ShouldBe(expected);
    }

    [Fact]
    public void Every_cyrillic_look_alike_is_read_as_latin()
    {
        PlateNumber.Create("АВЕКМНОРСТУХ").ShouldSucceed().Value.ShouldBe("ABEKMHOPCTYX");
    }

    [Fact]
    public void Lower_case_cyrillic_look_alikes_are_read_as_latin_too()
    {
        PlateNumber.Create("авекмнорстух").ShouldSucceed().Value.ShouldBe("ABEKMHOPCTYX");
    }

    [Fact]
    public void Camera_read_in_cyrillic_and_typed_latin_plate_are_the_same_plate()
    {
        var typed = PlateNumber.Create("123 ABC 02").ShouldSucceed();
        var camera = PlateNumber.Create("123-АВС-02").ShouldSucceed(); // Cyrillic А, В, С

        camera.ShouldBe(typed);
    }

    [Theory]
    [InlineData("123#ABC")]
    [InlineData("12.AB")]
    [InlineData("12_AB")]
    [InlineData("12/AB")]
    [InlineData("123БГД02")] // Cyrillic letters with no Latin look-alike
    [InlineData("123ÄBC")]
    public void Plate_with_symbols_or_other_letters_is_refused(string raw)
    {
        PlateNumber.Create(raw).ShouldFailWith("invalid-plate");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(" - ")]
    [InlineData("A")]
    public void Plate_shorter_than_two_characters_is_refused(string? raw)
    {
        PlateNumber.Create(raw).ShouldFailWith("invalid-plate");
    }

    [Fact]
    public void Plate_is_at_most_12_characters_after_normalisation()
    {
        PlateNumber.Create("123456 ABCDEF").ShouldSucceed().Value.Length.ShouldBe(12);
        PlateNumber.Create("1234567ABCDEF").ShouldFailWith("invalid-plate");
    }

    [Fact]
    public void Normalise_returns_the_normal_form_even_when_invalid()
    {
        PlateNumber.Normalise("ab-#1").ShouldBe("AB#1");
        PlateNumber.Normalise(null).ShouldBe(string.Empty);
    }
}
