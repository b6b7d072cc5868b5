using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpenTelemetry.Trace;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>Traces, the trace id on every answer, and the metrics endpoint (docs/operations.md, "Telemetry").</summary>
public sealed partial class TelemetryTests
{
    [Fact]
    public async Task Every_answer_names_its_trace_and_a_problem_carries_the_same_trace_id()
    {
        await using var api = new SeoApiFactory();
        var carrier = await api.CarrierAsync();

        var checkpoints = await api.CreateClient().GetAsync(new Uri("/api/v1/checkpoints", UriKind.Relative));
        var missing = await carrier.Client.GetAsync(new Uri($"/api/v1/bookings/{Guid.NewGuid()}", UriKind.Relative));

        TraceIdOf(checkpoints).ShouldNotBe(TraceIdOf(missing));
        var problem = await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        problem.Str("traceId").ShouldBe(TraceIdOf(missing));
    }

    [Fact]
    public async Task A_bookings_trace_shows_the_HTTP_request_the_registry_checks_the_SQL_and_the_outbox()
    {
        var exported = new List<Activity>();
        await using var api = new SeoApiFactory(services: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported)));
        var carrier = await api.CarrierAsync();

        var booked = await carrier.Client.PostAsJsonAsync("/api/v1/bookings", TestData.Booking(TestData.Next(), SeoApiFactory.Today.AddDays(3), "10:00"));
        await booked.ShouldHaveStatusAsync(HttpStatusCode.Created);

        var traceId = TraceIdOf(booked);
        List<Activity> Trace()
        {
            lock (exported)
            {
                return exported.Where(a => a.TraceId.ToHexString() == traceId).ToList();
            }
        }

        // The server's span ends once the answer is written, just after the client has it.
        await Poll.UntilAsync(() => Task.FromResult(Trace().Any(a => a.Kind == ActivityKind.Server)), "the request's span was not exported");
        var trace = Trace();
        trace.ShouldContain(a => a.Kind == ActivityKind.Server && a.DisplayName.StartsWith("POST /api/v1/bookings", StringComparison.Ordinal));
        trace.ShouldContain(a => a.Source.Name == "Seo" && a.DisplayName == "CreateBooking");
        trace.ShouldContain(a => a.Source.Name == "Seo" && a.DisplayName == "registry checks");
        trace.ShouldContain(a => a.Kind == ActivityKind.Client && a.Source.Name.EndsWith("EntityFrameworkCore", StringComparison.Ordinal));
        trace.Single(a => a.DisplayName == "outbox write").GetTagItem("seo.outbox.types")!.ToString()!.ShouldContain("BookingRequested");
    }

    [Fact]
    public async Task The_metrics_endpoint_is_off_by_default_and_serves_the_meters_for_Prometheus_when_turned_on()
    {
        await using (var closed = new SeoApiFactory())
        {
            (await closed.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await using var api = new SeoApiFactory(new Dictionary<string, string?> { ["Seo:Telemetry:PrometheusEnabled"] = "true" });
        var carrier = await api.CarrierAsync();
        await carrier.Client.GetAsync(new Uri($"/api/v1/bookings/{Guid.NewGuid()}", UriKind.Relative));

        string scraped = string.Empty;
        await Poll.UntilAsync(async () =>
        {
            scraped = await api.CreateClient().GetStringAsync(new Uri("/metrics", UriKind.Relative));
            return scraped.Contains("seo_messages", StringComparison.Ordinal);
        }, "no seo_messages on /metrics");
        scraped.ShouldContain("message=\"GetBooking\"");
        scraped.ShouldContain("code=\"booking-not-found\"");
        scraped.ShouldContain("http_server_request_duration");
    }

    private static string TraceIdOf(HttpResponseMessage response)
    {
        var header = response.Headers.GetValues("traceresponse").ShouldHaveSingleItem();
        var match = TraceResponse().Match(header);
        match.Success.ShouldBeTrue(header);
        return match.Groups["trace"].Value;
    }

    [GeneratedRegex("^00-(?<trace>[0-9a-f]{32})-[0-9a-f]{16}-0[01]$")]
    private static partial Regex TraceResponse();
}
