using Seo.Domain.Accounts;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class TariffRevisionTests
{
    private static readonly AccountId Registrar = AccountId.New();

    // 25 November 2026, 09:00 in Kazakhstan: "tomorrow" is the 26th.
    private static readonly DateTimeOffset Now = TestData.Now;

    private static TariffRevision Entered(int number, TariffItem item, decimal value, DateOnly from) =>
        TariffRevision.Enter(number, item, value, from, "Order No. 538", Registrar, Now.AddDays(-400)).Value;

    [Fact]
    public void R25_a_later_entry_for_an_item_and_date_takes_the_place_of_an_earlier_one_and_the_version_is_the_last_number()
    {
        var from = new DateOnly(2026, 12, 1);
        var tariff = TariffRevision.ToTariff(
        [
            Entered(3, TariffItem.BookingFee, 3m, from), // a correction of entry 2, entered later
            Entered(1, TariffItem.Mrp, 4_325m, new DateOnly(2026, 1, 1)),
            Entered(2, TariffItem.BookingFee, 2.5m, from),
        ]);

        tariff.Version.ShouldBe(3);
        tariff.FeeFor(FeeKind.Booking, from).ShouldBe(Money.Kzt(12_975m));
        tariff.Quote(FeeKind.Booking, from).ShouldBe(new TariffQuote(FeeKind.Booking, 3m, 4_325m, Money.Kzt(12_975m)));
        tariff.Quote(FeeKind.Booking, from.AddDays(-1)).ShouldBeNull();
        tariff.Quote(FeeKind.Expedited, from).ShouldBeNull();
    }

    [Fact]
    public void R25_a_registrar_enters_an_entry_only_for_a_day_still_to_come_in_Kazakhstan()
    {
        TariffRevision.Enter(1, TariffItem.BookingFee, 2m, new DateOnly(2026, 11, 25), "Order No. 538", Registrar, Now)
            .ShouldFailWith("tariff-not-in-the-future").Rule.ShouldBe("R25");
        TariffRevision.Enter(1, TariffItem.BookingFee, 2m, new DateOnly(2026, 11, 1), "Order No. 538", Registrar, Now)
            .ShouldFailWith("tariff-not-in-the-future");

        // 23:30 UTC on the 25th is already the 26th in Kazakhstan: the 26th is today there, not to come.
        var lateEvening = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero);
        TariffRevision.Enter(1, TariffItem.BookingFee, 2m, new DateOnly(2026, 11, 26), "Order No. 538", Registrar, lateEvening)
            .ShouldFailWith("tariff-not-in-the-future");

        var entered = TariffRevision.Enter(7, TariffItem.BookingFee, 2m, new DateOnly(2026, 11, 26), "  Order No. 538, item 1  ", Registrar, Now).ShouldSucceed();
        entered.Number.ShouldBe(7);
        entered.Reason.ShouldBe("Order No. 538, item 1");
        entered.EnteredBy.ShouldBe(Registrar);
        entered.EnteredAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(TariffItem.BookingFee, 0)]
    [InlineData(TariffItem.BookingFee, -1)]
    [InlineData(TariffItem.BookingFee, 1_000.01)]
    [InlineData(TariffItem.ExpeditedFee, 2.005)]
    [InlineData(TariffItem.Mrp, 100_001)]
    public void R26_a_fee_in_MRP_or_the_MRP_in_tenge_out_of_range_or_finer_than_a_tiyn_is_refused(TariffItem item, double value)
    {
        TariffRevision.Enter(1, item, (decimal)value, new DateOnly(2027, 1, 1), "Order No. 538", Registrar, Now).ShouldFailWith("invalid-tariff-value");
    }

    [Fact]
    public void An_entry_without_its_source_or_for_an_unknown_item_is_refused()
    {
        TariffRevision.Enter(1, TariffItem.BookingFee, 2m, new DateOnly(2027, 1, 1), "  ", Registrar, Now).ShouldFailWith("tariff-reason-required");
        TariffRevision.Enter(1, TariffItem.BookingFee, 2m, new DateOnly(2027, 1, 1), new string('x', 501), Registrar, Now).ShouldFailWith("tariff-reason-required");
        TariffRevision.Enter(1, (TariffItem)42, 2m, new DateOnly(2027, 1, 1), "Order No. 538", Registrar, Now).ShouldFailWith("unknown-tariff-item");
    }

    [Fact]
    public void The_configurations_entries_at_first_start_may_date_from_the_past_and_name_no_registrar()
    {
        var seeded = TariffRevision.FromConfiguration(1, TariffItem.Mrp, 3_450m, new DateOnly(2023, 1, 1), Now).ShouldSucceed();

        seeded.EnteredBy.ShouldBeNull();
        seeded.EffectiveFrom.ShouldBe(new DateOnly(2023, 1, 1));
        seeded.Reason.ShouldContain("Configuration");
    }
}
