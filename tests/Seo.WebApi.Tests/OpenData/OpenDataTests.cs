using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.OpenData;

/// <summary>The checkpoints' figures by day, for anyone, as JSON or CSV, cacheable (R22, R6).</summary>
public sealed class OpenDataTests
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task R22_anyone_reads_a_checkpoints_days_as_json_or_csv_and_a_cache_revalidates_by_etag()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();
        var day = SeoApiFactory.Today.AddDays(3);
        await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), day, "10:00")));
        await carrier.BookAsync(TestData.Booking(TestData.Next(), day, "11:00"));
        using var anonymous = api.CreateClient();
        var path = $"/api/v1/open-data/checkpoints/DOSTYK/days?from={Iso(day.AddDays(-1))}&to={Iso(day)}";

        var json = await anonymous.GetAsync(path);

        var body = await json.ShouldHaveStatusAsync(HttpStatusCode.OK);
        json.Headers.CacheControl!.Public.ShouldBeTrue();
        json.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromMinutes(5));
        body.Str("checkpoint").ShouldBe("DOSTYK");
        var days = body["days"]!.AsArray();
        days.Select(d => d!.Str("date")).ShouldBe([Iso(day.AddDays(-1)), Iso(day)]);
        days[0]!.Number("booked").ShouldBe(0);
        days[0]!.Number("capacity").ShouldBe(480);
        days[1]!.Number("booked").ShouldBe(2); // an unpaid hold holds its place too
        days[1]!.Number("arrived").ShouldBe(0);
        days[1]!["averageWaitMinutes"].ShouldBeNull();

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(json.Headers.ETag!);
        (await anonymous.SendAsync(revalidate)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, path);
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await anonymous.SendAsync(csvRequest);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        lines[0].ShouldStartWith("checkpoint,date,capacity,booked,arrived,crossed,noShows");
        lines[1..].ShouldBe([$"DOSTYK,{Iso(day.AddDays(-1))},480,0,0,0,0,0,0,,,,", $"DOSTYK,{Iso(day)},480,2,0,0,0,0,0,,,,"]);
        (await anonymous.GetStringAsync(path + "&format=csv")).ShouldBe(await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task R22_the_default_is_the_week_to_today_and_bad_ranges_or_checkpoints_are_refused()
    {
        await using var api = new SeoApiFactory();
        using var anonymous = api.CreateClient();

        var week = await anonymous.GetJsonAsync("/api/v1/open-data/checkpoints/DOSTYK/days");

        week.Str("from").ShouldBe(Iso(SeoApiFactory.Today.AddDays(-6)));
        week.Str("to").ShouldBe(Iso(SeoApiFactory.Today));
        week["days"]!.AsArray().Count.ShouldBe(7);
        await (await anonymous.GetAsync($"/api/v1/open-data/checkpoints/DOSTYK/days?from={Iso(SeoApiFactory.Today)}&to={Iso(SeoApiFactory.Today.AddDays(-1))}"))
            .ShouldBeValidationProblemAsync("invalid-date-range", "to");
        await (await anonymous.GetAsync($"/api/v1/open-data/checkpoints/DOSTYK/days?from={Iso(SeoApiFactory.Today)}&to={Iso(SeoApiFactory.Today.AddDays(92))}"))
            .ShouldBeValidationProblemAsync("invalid-date-range", "to");
        await (await anonymous.GetAsync("/api/v1/open-data/checkpoints/NOWHERE/days")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "checkpoint-not-found");
    }
}
