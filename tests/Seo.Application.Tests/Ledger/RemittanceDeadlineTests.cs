using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Ledger;

/// <summary>R24: money reaches the budget within three days, the day of receipt counting as the first.</summary>
public sealed class RemittanceDeadlineTests
{
    private static readonly DateOnly Friday = new(2026, 12, 4);

    private static RemittanceOptions Working(params DateOnly[] holidays)
    {
        var options = new RemittanceOptions { Days = RemittanceDays.Working };
        foreach (var holiday in holidays)
        {
            options.Holidays.Add(holiday);
        }

        return options;
    }

    [Fact]
    public void R24_by_default_three_calendar_days_count_the_day_of_receipt_and_the_weekend()
    {
        RemittanceDeadline.DueBy(Friday, new RemittanceOptions()).ShouldBe(new DateOnly(2026, 12, 6));
    }

    [Fact]
    public void R24_with_working_days_the_weekend_does_not_count()
    {
        RemittanceDeadline.DueBy(Friday, Working()).ShouldBe(new DateOnly(2026, 12, 8));
        RemittanceDeadline.DueBy(Friday.AddDays(1), Working()).ShouldBe(new DateOnly(2026, 12, 9));
    }

    [Fact]
    public void R24_with_working_days_a_holiday_does_not_count()
    {
        // 16 December, Independence Day, falls on a Wednesday in 2026.
        RemittanceDeadline.DueBy(new DateOnly(2026, 12, 14), Working(new DateOnly(2026, 12, 16))).ShouldBe(new DateOnly(2026, 12, 17));
    }

    [Fact]
    public void R24_the_limit_is_configurable_in_days()
    {
        RemittanceDeadline.DueBy(Friday, new RemittanceOptions { DeadlineDays = 1 }).ShouldBe(Friday);
        RemittanceDeadline.DueBy(Friday, new RemittanceOptions { DeadlineDays = 5 }).ShouldBe(new DateOnly(2026, 12, 8));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(32)]
    public void R24_a_limit_that_is_no_limit_stops_the_start_naming_the_setting(int days)
    {
        var refused = Should.Throw<InvalidOperationException>(() => new RemittanceOptions { DeadlineDays = days }.Validated());

        refused.Message.ShouldContain("Seo:Remittance:DeadlineDays");
    }

    [Fact]
    public async Task R24_money_received_on_a_friday_is_overdue_on_wednesday_when_working_days_count_and_not_before()
    {
        var ledger = Substitute.For<ILedgerReader>();
        ledger.OldestUnremittedAsync(Arg.Any<CancellationToken>()).Returns((DateTimeOffset?)KazakhstanTime.StartOf(Friday).AddHours(15));
        var clock = new FakeTimeProvider(KazakhstanTime.StartOf(Friday.AddDays(4)).AddHours(23));
        var deadline = new RemittanceDeadline(ledger, Working(), clock);

        (await deadline.OverdueAsync(CancellationToken.None)).ShouldBeNull();

        clock.Advance(TimeSpan.FromHours(2));
        var overdue = (await deadline.OverdueAsync(CancellationToken.None)).ShouldNotBeNull();
        overdue.ReceivedOn.ShouldBe(Friday);
        overdue.DueBy.ShouldBe(new DateOnly(2026, 12, 8));
        overdue.DaysLate.ShouldBe(1);
    }
}
