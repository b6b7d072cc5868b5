using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class TariffTests
{
    private static readonly Tariff Tariff = new(
        [
            // given out of order on purpose
            new TariffRate(FeeKind.Booking, 3m, new DateOnly(2025, 1, 1)),
            new TariffRate(FeeKind.Booking, 2m, new DateOnly(2023, 7, 1)),
            new TariffRate(FeeKind.PaidReschedule, 1m, new DateOnly(2023, 7, 1)),
        ],
        [
            new MrpValue(3_932m, new DateOnly(2025, 1, 1)),
            new MrpValue(3_450m, new DateOnly(2023, 1, 1)),
            new MrpValue(3_692m, new DateOnly(2024, 1, 1)),
            new MrpValue(4_325m, new DateOnly(2026, 1, 1)),
        ]);

    [Theory]
    [InlineData(2023, 7, 1, 6_900)] // 2 MRP × 3 450
    [InlineData(2023, 12, 31, 6_900)]
    [InlineData(2024, 1, 1, 7_384)] // 2 MRP × 3 692: new MRP, same rate
    [InlineData(2024, 12, 31, 7_384)]
    [InlineData(2025, 1, 1, 11_796)] // 3 MRP × 3 932: new rate and new MRP
    [InlineData(2026, 11, 25, 12_975)] // 3 MRP × 4 325
    public void R25_fee_uses_the_rate_and_MRP_in_force_on_the_date(int year, int month, int day, int expected)
    {
        Tariff.FeeFor(FeeKind.Booking, new DateOnly(year, month, day)).ShouldBe(Money.Kzt(expected));
    }

    [Fact]
    public void R25_each_fee_kind_has_its_own_rate()
    {
        Tariff.FeeFor(FeeKind.PaidReschedule, new DateOnly(2026, 11, 25)).ShouldBe(Money.Kzt(4_325m));
    }

    [Fact]
    public void No_rate_in_force_is_an_error_not_a_free_booking()
    {
        Should.Throw<InvalidOperationException>(() => Tariff.FeeFor(FeeKind.Booking, new DateOnly(2023, 6, 30)));
        Should.Throw<InvalidOperationException>(() => Tariff.FeeFor(FeeKind.Expedited, new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void No_MRP_in_force_is_an_error()
    {
        var tariff = new Tariff([new TariffRate(FeeKind.Booking, 2m, new DateOnly(2020, 1, 1))], [new MrpValue(3_450m, new DateOnly(2023, 1, 1))]);

        Should.Throw<InvalidOperationException>(() => tariff.FeeFor(FeeKind.Booking, new DateOnly(2022, 12, 31)));
    }
}
