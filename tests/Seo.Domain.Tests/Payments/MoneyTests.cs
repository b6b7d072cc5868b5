using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void R26_tenge_is_accepted()
    {
        var money = Money.Create(12_975m, "KZT").ShouldSucceed();

        money.Amount.ShouldBe(12_975m);
        Money.Currency.ShouldBe("KZT");
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("RUB")]
    [InlineData("CNY")]
    [InlineData("")]
    [InlineData(null)]
    public void R26_other_currencies_are_refused(string? currency)
    {
        var error = Money.Create(100m, currency).ShouldFailWith("currency-not-accepted");

        error.Rule.ShouldBe("R26");
    }

    [Fact]
    public void Negative_amount_is_refused()
    {
        Money.Create(-0.01m, "KZT").ShouldFailWith("invalid-amount");
        Should.Throw<ArgumentOutOfRangeException>(() => Money.Kzt(-1m));
    }

    [Fact]
    public void Amounts_are_rounded_to_tiyn()
    {
        Money.Kzt(100.005m).Amount.ShouldBe(100.00m); // banker's rounding
        Money.Kzt(100.015m).Amount.ShouldBe(100.02m);
    }

    [Fact]
    public void Money_adds_and_multiplies()
    {
        (Money.Kzt(100m) + Money.Kzt(50.5m)).ShouldBe(Money.Kzt(150.5m));
        Money.Kzt(4_325m).Times(3m).ShouldBe(Money.Kzt(12_975m));
        Money.Zero.Amount.ShouldBe(0m);
    }

    [Fact]
    public void Money_reads_the_same_whatever_the_servers_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ru-RU");
            Money.Kzt(1234.5m).ToString().ShouldBe("1234.50 KZT");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
