using System.Net;
using System.Text.Json.Nodes;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Checkpoints;

public sealed class CheckpointTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task R5_lists_the_41_checkpoints_with_country_region_and_capacity()
    {
        await using var api = new SeoApiFactory();

        var checkpoints = JsonNode.Parse(await api.CreateClient().GetStringAsync("/api/v1/checkpoints"))!.AsArray();

        checkpoints.Count.ShouldBe(41);
        checkpoints.Select(c => c!.Str("code")).Distinct().Count().ShouldBe(41);
        checkpoints.GroupBy(c => c!.Str("neighbourCountry")).ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int> { ["CN"] = 5, ["UZ"] = 5, ["TM"] = 1, ["RU"] = 30 }, ignoreOrder: true);
        foreach (var checkpoint in checkpoints)
        {
            checkpoint!.Str("regionEn").ShouldNotBeNullOrWhiteSpace();
            checkpoint.Str("regionRu").ShouldNotBeNullOrWhiteSpace();
            checkpoint.Str("timeZone").ShouldStartWith("Asia/");
            var capacity = checkpoint!["capacity"]!;
            capacity.Number("vehiclesPerInterval").ShouldBe(20);
            capacity.Number("intervalMinutes").ShouldBe(60);
            capacity.Number("dailyThroughput").ShouldBe(480);
        }

        var dostyk = checkpoints.Single(c => c!.Str("code") == "DOSTYK")!;
        dostyk.Str("neighbourCountry").ShouldBe("CN");
        dostyk.Str("regionEn").ShouldBe("Zhetysu Region");
    }

    [Fact]
    public async Task Availability_of_a_day_is_24_one_hour_intervals_of_20_in_checkpoint_local_time()
    {
        await using var api = new SeoApiFactory();

        var intervals = await api.CreateClient().AvailabilityAsync(Tomorrow);

        intervals.Count.ShouldBe(24);
        intervals.Select(i => i!.Str("start")).ShouldBe(Enumerable.Range(0, 24).Select(h => $"{h:D2}:00"));
        intervals.ShouldAllBe(i => i!.Number("capacity") == 20 && i.Number("booked") == 0 && i.Number("free") == 20 && i!["bookable"]!.GetValue<bool>());
        var first = intervals[0]!;
        DateTimeOffset.Parse(first.Str("startsAt"), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(5)));
        first.Str("startsAt").ShouldEndWith("+05:00");
    }

    [Fact]
    public async Task Availability_without_dates_is_today_with_the_ended_intervals_not_bookable()
    {
        await using var api = new SeoApiFactory();

        var availability = await api.CreateClient().GetJsonAsync("/api/v1/checkpoints/DOSTYK/availability");

        availability.Str("from").ShouldBe("2026-11-25");
        var intervals = availability["intervals"]!.AsArray();
        intervals.Count.ShouldBe(24);
        // At 09:00 the intervals 00:00-08:00 have ended; 09:00-10:00 is still running.
        intervals.Where(i => !i!["bookable"]!.GetValue<bool>()).Select(i => i!.Str("start"))
            .ShouldBe(Enumerable.Range(0, 9).Select(h => $"{h:D2}:00"));
    }

    [Fact]
    public async Task Free_capacity_decreases_after_a_booking()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));

        var intervals = await api.CreateClient().AvailabilityAsync(Tomorrow);
        var booked = intervals.Single(i => i!.Str("start") == "14:00")!;
        booked.Number("booked").ShouldBe(1);
        booked.Number("free").ShouldBe(19);
        intervals.Where(i => i!.Str("start") != "14:00").ShouldAllBe(i => i!.Number("free") == 20);
    }

    [Fact]
    public async Task Availability_of_an_unknown_checkpoint_is_404()
    {
        await using var api = new SeoApiFactory();

        var response = await api.CreateClient().GetAsync("/api/v1/checkpoints/NOWHERE/availability");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
    }

    [Fact]
    public async Task Availability_range_longer_than_31_days_is_400()
    {
        await using var api = new SeoApiFactory();

        var response = await api.CreateClient().GetAsync("/api/v1/checkpoints/DOSTYK/availability?from=2026-12-01&to=2027-01-31");

        await response.ShouldBeValidationProblemAsync("invalid-date-range", "to");
    }
}
