using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Domain.Devices;
using Seo.Projections.Crossings;
using Seo.Projections.Crossings.Elasticsearch;

namespace Seo.Projections.Tests.Crossings;

/// <summary>
/// Pins what the Elasticsearch adapter sends and how it reads the answers, with canned responses
/// and no server: the JSON here is what the client serialised, compared as JSON (not as text).
/// Whether a real Elasticsearch accepts it is proven only by <see cref="ElasticsearchCrossingLogTests"/>.
/// </summary>
public sealed class ElasticsearchContractTests
{
    private const string Acknowledged = """{"acknowledged":true}""";
    private const string NoHits = """{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""";
    private const string Rejected = """{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}],"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"},"status":429}""";

    private static readonly Guid EventId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly Guid OtherEventId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    private const string Properties = """
        {"event_id":{"type":"keyword"},"@timestamp":{"type":"date"},"checkpoint":{"type":"keyword"},"point":{"type":"keyword"},
         "direction":{"type":"keyword"},"plate":{"type":"keyword"},"plate_skeleton":{"type":"keyword"},"vin":{"type":"keyword"},
         "booking_number":{"type":"keyword"},"booking_id":{"type":"keyword"},"matched":{"type":"boolean"},"confidence":{"type":"float"},
         "camera_id":{"type":"keyword"},"image_reference":{"type":"keyword","index":false,"doc_values":false},
         "entered_by":{"type":"keyword"},"manual_reason":{"type":"keyword","index":false,"doc_values":false}}
        """;

    [Fact]
    public async Task The_index_template_maps_every_field_explicitly()
    {
        var (log, invoker, _) = LogAnswering(Acknowledged, Acknowledged);

        await log.EnsureTemplateAsync(CancellationToken.None);

        var request = invoker.Requests[0];
        request.Method.ShouldBe("PUT");
        request.PathAndQuery.ShouldBe("_index_template/seo-crossings");
        ShouldBeJson(request.Body, """{"index_patterns":"seo-crossings-*","priority":100,"template":{"settings":""" + PlateFoldingSettings
            + ""","mappings":{"dynamic":"strict","properties":""" + Properties.Replace(Plate, PlateWithLookAlikes, StringComparison.Ordinal) + "}}}");
    }

    private const string Plate = "\"plate\":{\"type\":\"keyword\"}";
    private const string PlateWithLookAlikes = "\"plate\":{\"type\":\"keyword\",\"fields\":{\"lookalike\":{\"type\":\"keyword\",\"normalizer\":\"plate_skeleton\"}}}";

    /// <summary>Separators dropped, Cyrillic look-alikes read as Latin, confusables of either case folded; upper case by the filter.</summary>
    private const string PlateFoldingSettings = """
        {"analysis":{
          "char_filter":{"plate_folding":{"type":"mapping","mappings":[
            "\\u0020 => ","\\t => ","- => ",
            "B => 8","I => 1","O => 0","S => 5","Z => 2","b => 8","i => 1","o => 0","s => 5","z => 2",
            "А => A","В => 8","Е => E","К => K","М => M","Н => H","О => 0","Р => P","С => C","Т => T","У => Y","Х => X",
            "а => A","в => 8","е => E","к => K","м => M","н => H","о => 0","р => P","с => C","т => T","у => Y","х => X"]}},
          "normalizer":{"plate_skeleton":{"type":"custom","char_filter":["plate_folding"],"filter":["uppercase"]}}}}
        """;

    [Theory]
    [InlineData("о 8 о-123 ав", "777O8O123AB")]
    [InlineData("123 аbс 02", "123ABC02")]
    [InlineData("KZ 777 SOB 01", "KZ777S0801")]
    public async Task The_index_folds_a_plate_as_typed_to_the_skeleton_of_its_normal_form_so_analysts_find_look_alikes(string typed, string other)
    {
        var (log, invoker, _) = LogAnswering(Acknowledged, Acknowledged);
        await log.EnsureTemplateAsync(CancellationToken.None);
        var analysis = JsonNode.Parse(invoker.Requests[0].Body!)!["template"]!["settings"]!["analysis"]!;
        var rules = analysis["char_filter"]!["plate_folding"]!["mappings"]!.AsArray()
            .Select(rule => rule!.GetValue<string>().Split(" => "))
            .ToDictionary(rule => rule[0] switch { "\\u0020" => " ", "\\t" => "\t", var character => character }, rule => rule.Length > 1 ? rule[1] : string.Empty);

        // What the normalizer does (the mapping filter, then upper case), read from the request; no server runs here.
        string Normalizer(string value) => string.Concat(value.Select(c => rules.GetValueOrDefault(c.ToString(), c.ToString()))).ToUpperInvariant();

        Normalizer(typed).ShouldBe(PlateSkeleton.Of(Seo.Domain.Vehicles.PlateNumber.Normalise(typed)));
        Normalizer(other).ShouldBe(PlateSkeleton.Of(other));
        analysis["normalizer"]!["plate_skeleton"]!["filter"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["uppercase"]);
    }

    [Fact]
    public async Task R10_the_months_already_indexed_get_the_fields_the_template_gained_such_as_who_entered_a_read_by_hand()
    {
        var (log, invoker, _) = LogAnswering(Acknowledged, Acknowledged);

        await log.EnsureTemplateAsync(CancellationToken.None);

        invoker.Requests.Count.ShouldBe(2);
        var request = invoker.Requests[1];
        request.Method.ShouldBe("PUT");
        // Before the first month is indexed there is nothing to update, and that is no error.
        request.PathAndQuery.ShouldBe("seo-crossings-%2A/_mapping?allow_no_indices=true");
        ShouldBeJson(request.Body, """{"properties":""" + Properties + "}");
    }

    [Fact]
    public async Task A_refused_mapping_of_the_existing_indices_fails_the_template_step_so_the_next_batch_tries_again()
    {
        var (log, invoker, _) = LogAnswering(Acknowledged);
        invoker.Answer("""{"error":{"type":"illegal_argument_exception","reason":"mapper cannot be changed"},"status":400}""", 400);

        await Should.ThrowAsync<CrossingLogIndexingException>(() => log.EnsureTemplateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_committed_Kibana_template_is_the_adapters_template()
    {
        var (log, invoker, _) = LogAnswering(Acknowledged, Acknowledged);
        await log.EnsureTemplateAsync(CancellationToken.None);
        var sent = JsonNode.Parse(invoker.Requests[0].Body!)!;

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "kibana", "index-template.json")))!;

        JsonNode.DeepEquals(committed["template"], sent["template"]).ShouldBeTrue("deploy/kibana/index-template.json must hold the adapter's mappings");
        committed["index_patterns"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe([sent["index_patterns"]!.GetValue<string>()]);
        committed["priority"]!.GetValue<int>().ShouldBe(sent["priority"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_bulk_indexes_each_crossing_under_its_event_id_in_its_months_index()
    {
        var (log, invoker, _) = LogAnswering(BulkAnswer(("seo-crossings-2026.03", EventId, 201, null), ("seo-crossings-2026.04", OtherEventId, 200, null)));
        var march = Crossings.Read("KZ01", eventId: EventId, vin: "XTC65115KB1234567", bookingNumber: "KZ-2026-000123") with { BookingId = OtherEventId };
        var april = Crossings.Read("KZ02", plate: "777SOB01", eventId: OtherEventId, matched: false, at: new DateTimeOffset(2026, 4, 30, 19, 30, 0, TimeSpan.Zero));

        await log.IndexAsync([march, april], CancellationToken.None);

        var request = invoker.Requests.ShouldHaveSingleItem();
        request.PathAndQuery.ShouldBe("_bulk");
        var lines = request.Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        ShouldBeJson(lines[0], """{"index":{"_id":"0f8fad5b-d9cb-469f-a165-70867728950e","_index":"seo-crossings-2026.03"}}""");
        ShouldBeJson(lines[1], """
            {"event_id":"0f8fad5b-d9cb-469f-a165-70867728950e","@timestamp":"2026-03-10T12:00:00+00:00","checkpoint":"KZ01","point":"BorderLine",
             "direction":"Exit","plate":"123ABC02","plate_skeleton":"123A8C02","vin":"XTC65115KB1234567","booking_number":"KZ-2026-000123",
             "booking_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","matched":true,"confidence":0.875,"camera_id":"KZ01-CAM-1"}
            """);
        // 19:30 UTC on 30 April is already 1 May in Kazakhstan, but indices go by the UTC month.
        ShouldBeJson(lines[2], """{"index":{"_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","_index":"seo-crossings-2026.04"}}""");
        ShouldBeJson(lines[3], """
            {"event_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","@timestamp":"2026-04-30T19:30:00+00:00","checkpoint":"KZ02","point":"BorderLine",
             "direction":"Exit","plate":"777SOB01","plate_skeleton":"77750801","matched":false,"confidence":0.875,"camera_id":"KZ02-CAM-1",
             "image_reference":"images/777SOB01.jpg"}
            """);
    }

    [Fact]
    public async Task An_item_refused_for_good_fails_the_batch_naming_the_event()
    {
        var (log, _, _) = LogAnswering(BulkAnswer(("seo-crossings-2026.03", EventId, 201, null), ("seo-crossings-2026.03", OtherEventId, 400, "mapper_parsing_exception")));

        var failure = await Should.ThrowAsync<CrossingLogIndexingException>(() =>
            log.IndexAsync([Crossings.Read("KZ01", eventId: EventId), Crossings.Read("KZ01", eventId: OtherEventId)], CancellationToken.None));

        failure.Message.ShouldContain(OtherEventId.ToString());
        failure.Message.ShouldContain("mapper_parsing_exception");
        failure.Message.ShouldNotContain(EventId.ToString());
    }

    [Fact]
    public async Task A_429_for_the_whole_bulk_is_waited_out_on_the_time_provider_and_sent_again()
    {
        var (log, invoker, time) = LogAnswering();
        invoker.Answer(Rejected, status: 429).Answer(BulkAnswer(("seo-crossings-2026.03", EventId, 201, null)));

        var indexing = log.IndexAsync([Crossings.Read("KZ01", eventId: EventId)], CancellationToken.None);

        await WaitUntil(() => invoker.Requests.Count == 1);
        indexing.IsCompleted.ShouldBeFalse("the retry waits for the back-off on the TimeProvider");
        await AdvanceUntilDone(time, indexing);
        invoker.Requests.Count.ShouldBe(2);
        invoker.Requests[1].Body.ShouldBe(invoker.Requests[0].Body);
    }

    [Fact]
    public async Task Only_the_items_rejected_with_429_are_sent_again()
    {
        var (log, invoker, time) = LogAnswering(
            BulkAnswer(("seo-crossings-2026.03", EventId, 201, null), ("seo-crossings-2026.03", OtherEventId, 429, "es_rejected_execution_exception")),
            BulkAnswer(("seo-crossings-2026.03", OtherEventId, 201, null)));

        await AdvanceUntilDone(time, log.IndexAsync([Crossings.Read("KZ01", eventId: EventId), Crossings.Read("KZ01", eventId: OtherEventId)], CancellationToken.None));

        invoker.Requests.Count.ShouldBe(2);
        invoker.Requests[1].Body!.ShouldContain(OtherEventId.ToString());
        invoker.Requests[1].Body!.ShouldNotContain(EventId.ToString());
    }

    [Fact]
    public async Task Giving_up_after_the_last_retry_says_so()
    {
        var (log, invoker, time) = LogAnswering();
        for (var i = 0; i <= new ElasticsearchCrossingLogOptions().MaxRetriesOnTooManyRequests; i++)
        {
            invoker.Answer(Rejected, status: 429);
        }

        var failure = await Should.ThrowAsync<CrossingLogIndexingException>(() => AdvanceUntilDone(time, log.IndexAsync([Crossings.Read("KZ01")], CancellationToken.None)));

        failure.Message.ShouldContain("429");
        invoker.Requests.Count.ShouldBe(6);
    }

    [Theory]
    [InlineData(PlateMatch.Exact, """{"term":{"plate":{"value":"123ABC02"}}}""")]
    [InlineData(PlateMatch.Prefix, """{"prefix":{"plate":{"value":"123ABC02"}}}""")]
    [InlineData(PlateMatch.Fuzzy, """{"fuzzy":{"plate_skeleton":{"fuzziness":1,"rewrite":"constant_score","value":"123A8C02"}}}""")]
    public async Task Each_plate_match_becomes_its_query(PlateMatch match, string plateQuery)
    {
        var (log, invoker, _) = LogAnswering(NoHits);

        await log.SearchAsync(new CrossingQuery(Plate: "123ABC02", PlateMatch: match), CancellationToken.None);

        var request = invoker.Requests.ShouldHaveSingleItem();
        request.PathAndQuery.ShouldBe("seo-crossings-%2A/_search");
        // One clause is sent as an object rather than a one-item array; Elasticsearch takes both.
        ShouldBeJson(request.Body, $$$"""
            {"from":0,"size":50,"track_total_hits":true,"query":{"bool":{"filter":{{{plateQuery}}}}},
             "sort":[{"@timestamp":{"order":"desc"}},{"event_id":{"order":"desc"}}]}
            """);
    }

    [Fact]
    public async Task Every_filter_becomes_a_filter_clause()
    {
        var (log, invoker, _) = LogAnswering(NoHits);

        await log.SearchAsync(
            new CrossingQuery(Vin: "XTC65115KB1234567", BookingNumber: "KZ-2026-000123", Checkpoint: "KZ01", Direction: CrossingDirection.Entry, Matched: false,
                From: Crossings.Noon, To: Crossings.Noon.AddDays(1), Sort: CrossingSort.OldestFirst, Skip: 100, Take: 25),
            CancellationToken.None);

        ShouldBeJson(invoker.Requests.Single().Body, """
            {"from":100,"size":25,"track_total_hits":true,"query":{"bool":{"filter":[
              {"term":{"vin":{"value":"XTC65115KB1234567"}}},{"term":{"booking_number":{"value":"KZ-2026-000123"}}},
              {"term":{"checkpoint":{"value":"KZ01"}}},{"term":{"direction":{"value":"Entry"}}},{"term":{"matched":{"value":false}}},
              {"range":{"@timestamp":{"gte":"2026-03-10T12:00:00Z","lt":"2026-03-11T12:00:00Z"}}}]}},
             "sort":[{"@timestamp":{"order":"asc"}},{"event_id":{"order":"asc"}}]}
            """);
    }

    [Fact]
    public async Task Search_hits_become_crossings_with_the_total()
    {
        var (log, _, _) = LogAnswering("""
            {"took":3,"timed_out":false,"_shards":{"total":2,"successful":2,"skipped":0,"failed":0},
             "hits":{"total":{"value":1234,"relation":"eq"},"max_score":null,"hits":[
               {"_index":"seo-crossings-2026.03","_id":"0f8fad5b-d9cb-469f-a165-70867728950e","_score":null,
                "_source":{"event_id":"0f8fad5b-d9cb-469f-a165-70867728950e","@timestamp":"2026-03-10T12:00:00+00:00","checkpoint":"KZ01",
                  "point":"CheckpointEntry","direction":"Entry","plate":"123ABC02","plate_skeleton":"123A8C02","vin":"XTC65115KB1234567",
                  "booking_number":"KZ-2026-000123","booking_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","matched":true,"confidence":0.93,
                  "camera_id":"KZ01-CAM-3","image_reference":"s3://anpr/KZ01/0f8f.jpg"},
                "sort":[1773144000000,"0f8fad5b-d9cb-469f-a165-70867728950e"]}]}}
            """);

        var page = await log.SearchAsync(new CrossingQuery(Take: 1), CancellationToken.None);

        page.Total.ShouldBe(1234);
        page.Items.ShouldBe([new CrossingRecord(EventId, Crossings.Noon, "KZ01", CameraPoint.CheckpointEntry, CrossingDirection.Entry, "123ABC02",
            "XTC65115KB1234567", "KZ-2026-000123", OtherEventId, true, 0.93, "KZ01-CAM-3", "s3://anpr/KZ01/0f8f.jpg")]);
    }

    [Fact]
    public async Task The_per_day_count_is_a_day_histogram_in_UTC_plus_5_under_checkpoint_terms()
    {
        var (log, invoker, _) = LogAnswering("""
            {"took":2,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":6,"relation":"eq"},"max_score":null,"hits":[]},
             "aggregations":{"sterms#per_checkpoint":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
               {"key":"KZ02","doc_count":4,"date_histogram#per_day":{"buckets":[
                 {"key_as_string":"2026-03-09T00:00:00.000+05:00","key":1772996400000,"doc_count":1},
                 {"key_as_string":"2026-03-10T00:00:00.000+05:00","key":1773082800000,"doc_count":3}]}},
               {"key":"KZ01","doc_count":2,"date_histogram#per_day":{"buckets":[
                 {"key_as_string":"2026-03-10T00:00:00.000+05:00","key":1773082800000,"doc_count":1},
                 {"key_as_string":"2026-03-11T00:00:00.000+05:00","key":1773169200000,"doc_count":1}]}}]}}}
            """);

        var counts = await log.CountPerCheckpointPerDayAsync(Crossings.Noon.AddDays(-1), Crossings.Noon.AddDays(1), null, CancellationToken.None);

        var request = invoker.Requests.ShouldHaveSingleItem();
        request.PathAndQuery.ShouldBe("seo-crossings-%2A/_search?typed_keys=true");
        ShouldBeJson(request.Body, """
            {"size":0,"query":{"bool":{"filter":{"range":{"@timestamp":{"gte":"2026-03-09T12:00:00Z","lt":"2026-03-11T12:00:00Z"}}}}},
             "aggregations":{"per_checkpoint":{"terms":{"field":"checkpoint","size":1000},
               "aggregations":{"per_day":{"date_histogram":{"field":"@timestamp","calendar_interval":"day","time_zone":"+05:00","min_doc_count":1}}}}}}
            """);
        counts.ShouldBe(
        [
            new CrossingsPerDay("KZ02", new DateOnly(2026, 3, 9), 1),
            new CrossingsPerDay("KZ01", new DateOnly(2026, 3, 10), 1),
            new CrossingsPerDay("KZ02", new DateOnly(2026, 3, 10), 3),
            new CrossingsPerDay("KZ01", new DateOnly(2026, 3, 11), 1),
        ]);
    }

    [Fact]
    public async Task The_per_day_count_of_one_checkpoint_filters_on_it()
    {
        var (log, invoker, _) = LogAnswering(NoHits);

        (await log.CountPerCheckpointPerDayAsync(Crossings.Noon, Crossings.Noon.AddDays(1), "KZ01", CancellationToken.None)).ShouldBeEmpty();

        JsonNode.Parse(invoker.Requests.Single().Body!)!["query"]!["bool"]!["filter"]![1]!.ToJsonString().ShouldBe("""{"term":{"checkpoint":{"value":"KZ01"}}}""");
    }

    private static (ElasticsearchCrossingLog Log, RecordingRequestInvoker Invoker, FakeTimeProvider Time) LogAnswering(params string[] bodies)
    {
        var invoker = new RecordingRequestInvoker();
        foreach (var body in bodies)
        {
            invoker.Answer(body);
        }

        // DisableDirectStreaming keeps the request bytes, which is what the invoker records.
        var settings = new ElasticsearchClientSettings(new SingleNodePool(new Uri("http://es.test:9200")), invoker).DisableDirectStreaming();
        var time = new FakeTimeProvider(Crossings.Noon);
        return (new ElasticsearchCrossingLog(new ElasticsearchClient(settings), new ElasticsearchCrossingLogOptions(), time), invoker, time);
    }

    private static string BulkAnswer(params (string Index, Guid Id, int Status, string? ErrorType)[] items)
    {
        var answers = items.Select(i => i.ErrorType is null
            ? $$$"""{"index":{"_index":"{{{i.Index}}}","_id":"{{{i.Id}}}","_version":1,"result":"created","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1,"status":{{{i.Status}}}}}"""
            : $$$$"""{"index":{"_index":"{{{{i.Index}}}}","_id":"{{{{i.Id}}}}","status":{{{{i.Status}}}},"error":{"type":"{{{{i.ErrorType}}}}","reason":"refused in the test"}}}""");
        var errors = items.Any(i => i.ErrorType is not null) ? "true" : "false";
        return $$"""{"took":7,"errors":{{errors}},"items":[{{string.Join(",", answers)}}]}""";
    }

    private static void ShouldBeJson(string? actual, string expected)
    {
        actual.ShouldNotBeNull();
        var actualNode = JsonNode.Parse(actual);
        JsonNode.DeepEquals(actualNode, JsonNode.Parse(expected)).ShouldBeTrue($"sent:\n{actualNode?.ToJsonString()}");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue();
    }

    /// <summary>Moves fake time on until the back-offs are over; nothing waits on the wall clock.</summary>
    private static async Task AdvanceUntilDone(FakeTimeProvider time, Task work)
    {
        for (var i = 0; i < 1_000 && !work.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        await work;
    }
}
