using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Common.Ports;
using Seo.Application.OpenData.PublishDays;
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
    public async Task R22_every_checkpoints_yesterday_and_today_go_to_the_analysts_index_with_the_figures_the_api_answers()
    {
        var index = new RecordingOpenDataIndex();
        await using var api = new SeoApiFactory(services: services => services.AddSingleton<IOpenDataIndex>(index));
        var carrier = await api.CarrierAsync();
        await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(1), "10:00")));
        api.Clock.Advance(TimeSpan.FromDays(1));
        var today = SeoApiFactory.Today.AddDays(1);

        (await PublishAsync(api)).ShouldBe(82);

        var published = index.Puts.ShouldHaveSingleItem();
        published.Select(d => d.Checkpoint).Distinct().Count().ShouldBe(41);
        published.ShouldAllBe(d => d.Day.Date == today || d.Day.Date == today.AddDays(-1));
        using var anonymous = api.CreateClient();
        var answered = (await anonymous.GetJsonAsync($"/api/v1/open-data/checkpoints/DOSTYK/days?from={Iso(today.AddDays(-1))}&to={Iso(today)}"))["days"]!.AsArray();
        var dostyk = published.Where(d => d.Checkpoint == "DOSTYK").OrderBy(d => d.Day.Date).ToList();
        dostyk.Select(d => (d.Day.Capacity, d.Day.Booked, d.Day.Arrived, d.Day.Crossed, d.Day.NoShows))
            .ShouldBe(answered.Select(d => (d!.Number("capacity"), d.Number("booked"), d.Number("arrived"), d.Number("crossed"), d.Number("noShows"))));
        dostyk[1].Day.Booked.ShouldBe(1);
        // Published again, the same days replace themselves (the adapter writes each under its checkpoint and date).
        (await PublishAsync(api)).ShouldBe(82);
        index.Puts[1].ShouldBe(index.Puts[0]);
    }

    [Fact]
    public async Task R22_without_an_analysts_index_nothing_is_published()
    {
        await using var api = new SeoApiFactory();

        (await PublishAsync(api)).ShouldBe(0);
    }

    private static async Task<int> PublishAsync(SeoApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PublishOpenDataDays());
    }

    private sealed class RecordingOpenDataIndex : IOpenDataIndex
    {
        public List<IReadOnlyCollection<OpenDataDay>> Puts { get; } = [];

        public Task PutAsync(IReadOnlyCollection<OpenDataDay> days, CancellationToken cancellationToken)
        {
            Puts.Add(days);
            return Task.CompletedTask;
        }
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
