using System.Net;
using System.Net.Http.Json;
using Seo.Application.OpenData.Common;
using Seo.Domain.Bookings.Journey;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Bookings;

/// <summary>R6: a day's priority share is of the checkpoint's actual daily throughput, from the crossings of the recent days.</summary>
public sealed class PriorityActualThroughputTests
{
    private static readonly DateOnly Day = SeoApiFactory.Today.AddDays(5);

    /// <summary>Crossings at DOSTYK on each of the three days before today, as the open data's projection records them.</summary>
    private static Task<int> SeedCrossingsAsync(SeoApiFactory api, params int[] perDay) => api.ReadStoreAsync(async db =>
    {
        for (var back = 0; back < perDay.Length; back++)
        {
            var date = SeoApiFactory.Today.AddDays(-1 - back);
            var due = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(5));
            for (var i = 0; i < perDay[back] + 5; i++)
            {
                var visit = CheckpointVisit.Of(new JourneyBooking(Guid.NewGuid(), Guid.NewGuid(), "DOSTYK", $"N{i}", "P", date, new TimeOnly(10, 0), due, due.AddHours(1), false, i + 1));
                // Five of each day's visits did not come: only crossings count.
                visit.Record(i < perDay[back] ? JourneyFact.Crossed : JourneyFact.NoShow, due.AddMinutes(20));
                db.CheckpointVisits.Add(visit);
            }
        }

        return await db.SaveChangesAsync();
    });

    private static async Task<int> LimitAsync(Session officer, string checkpoint) =>
        (await officer.Client.GetJsonAsync($"/api/v1/admin/checkpoints/{checkpoint}/capacity/calendar?from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}"))
            ["days"]![0]!.Number("priorityLimit");

    [Fact]
    public async Task R6_a_new_days_priority_limit_is_the_share_of_the_recent_days_average_crossings_and_the_planned_capacity_without_history()
    {
        await using var api = new SeoApiFactory();
        await SeedCrossingsAsync(api, 40, 40, 41);
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var carrier = await api.CarrierAsync();

        // floor(15 % of round((40 + 40 + 41) / 3) = 40) = 6; BAKHTY has no history: 15 % of its planned 480 = 72.
        for (var i = 0; i < 6; i++)
        {
            await carrier.BookAsync(TestData.PriorityBooking(TestData.Next(), Day, "10:00", "PaidExpedited"));
        }

        await (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.PriorityBooking(TestData.Next(), Day, "11:00", "PaidExpedited")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "priority-quota-exhausted", "R6");
        await carrier.BookAsync(TestData.Booking(TestData.Next(), Day, "11:00")); // regular places are not the share's
        (await LimitAsync(officer, "DOSTYK")).ShouldBe(6);
        var bakhty = TestData.PriorityBooking(TestData.Next(), Day, "10:00", "PaidExpedited");
        bakhty["checkpoint"] = "BAKHTY";
        await carrier.BookAsync(bakhty);
        (await LimitAsync(officer, "BAKHTY")).ShouldBe(72);
    }

    [Fact]
    public async Task R6_with_no_recent_days_configured_the_share_is_of_the_planned_capacity()
    {
        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:PriorityQuotaThroughput:RecentDays"] = "0" });
        await SeedCrossingsAsync(api, 40, 40, 40);
        var registrar = await api.RegistrarAsync();
        var officer = await api.StaffAsync(registrar, "Officer");
        var carrier = await api.CarrierAsync();

        await carrier.BookAsync(TestData.PriorityBooking(TestData.Next(), Day, "10:00", "PaidExpedited"));

        (await LimitAsync(officer, "DOSTYK")).ShouldBe(72);
    }
}
