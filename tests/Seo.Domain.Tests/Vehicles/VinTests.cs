using Seo.Domain.Vehicles;

namespace Seo.Domain.Tests;

public sealed class VinTests
{
    [Fact]
    public void Valid_vin_is_accepted()
    {
        Vin.Create(TestData.ValidVin).ShouldSucceed().Value.ShouldBe("1M8GDM9AXKP042788");
    }

    [Fact]
    public void Vin_is_trimmed_and_upper_cased()
    {
        Vin.Create(" 1m8gdm9axkp042788 ").ShouldSucceed().Value.ShouldBe("1M8GDM9AXKP042788");
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278")] // 16
    [InlineData("1M8GDM9AXKP0427880")] // 18
    [InlineData("")]
    [InlineData(null)]
    public void Vin_of_the_wrong_length_is_refused(string? raw)
    {
        Vin.Create(raw).ShouldFailWith("invalid-vin").Message.ShouldContain("17");
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278I")]
    [InlineData("1M8GDM9AXKP04278O")]
    [InlineData("1M8GDM9AXKP04278Q")]
    [InlineData("1m8gdm9axkp04278q")]
    public void Vin_with_I_O_or_Q_is_refused(string raw)
    {
        Vin.Create(raw).ShouldFailWith("invalid-vin").Message.ShouldContain("I, O or Q");
    }

    [Theory]
    [InlineData("1M8GDM9AXKP-42788")]
    [InlineData("1M8GDM9AXKP 42788")]
    [InlineData("1М8GDM9AXKP042788")] // Cyrillic М
    public void Vin_with_other_characters_is_refused(string raw)
    {
        Vin.Create(raw).ShouldFailWith("invalid-vin");
    }
}
