using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Seo.Application.Common.Ports;
using Seo.Application.OpenData.GetCheckpointDays;
using Seo.Projections.Tests.Crossings;
using Seo.Projections.Crossings.Elasticsearch;
using Seo.Projections.OpenData;

namespace Seo.Projections.Tests.OpenData;

/// <summary>
/// Pins what the open-data adapter sends to Elasticsearch and how it reads the answers, with canned
/// responses and no server. No Elasticsearch runs here: whether a real one accepts it is not shown.
/// </summary>
public sealed class ElasticsearchOpenDataIndexTests
{
    private const string Acknowledged = """{"acknowledged":true}""";

    private static readonly OpenDataDay Dostyk = new("DOSTYK", new CheckpointDayDto(new DateOnly(2026, 12, 6), 480, 410, 380, 372, 25, 3, 2, 41.5, 88, -12.5, 35));
    private static readonly OpenDataDay Bakhty = new("BAKHTY", new CheckpointDayDto(new DateOnly(2026, 12, 7), 480, 0, 0, 0, 0, 0, 0, null, null, null, null));

    private const string Properties = """
        {"@timestamp":{"type":"date"},"checkpoint":{"type":"keyword"},"capacity":{"type":"integer"},"booked":{"type":"integer"},
         "arrived":{"type":"integer"},"crossed":{"type":"integer"},"no_shows":{"type":"integer"},"annulled_late":{"type":"integer"},
         "refused_entry":{"type":"integer"},"avg_wait_minutes":{"type":"float"},"p90_wait_minutes":{"type":"float"},
         "avg_booked_to_crossing_minutes":{"type":"float"},"p90_booked_to_crossing_minutes":{"type":"float"}}
        """;

    [Fact]
    public async Task R22_the_first_put_maps_the_index_strictly_then_puts_each_day_under_its_checkpoint_and_date_and_later_puts_only_the_days()
    {
        var (index, invoker) = IndexAnswering(Acknowledged, BulkAnswer(201, 201), BulkAnswer(200));

        await index.PutAsync([Dostyk, Bakhty], CancellationToken.None);
        await index.PutAsync([Dostyk], CancellationToken.None);

        invoker.Requests.Count.ShouldBe(3);
        invoker.Requests[0].Method.ShouldBe("PUT");
        invoker.Requests[0].PathAndQuery.ShouldBe("_index_template/seo-crossings-open-data");
        ShouldBeJson(invoker.Requests[0].Body, """{"index_patterns":"seo-crossings-open-data","priority":100,"template":{"mappings":{"dynamic":"strict","properties":""" + Properties + "}}}");
        invoker.Requests[1].PathAndQuery.ShouldBe("_bulk");
        var lines = invoker.Requests[1].Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        ShouldBeJson(lines[0], """{"index":{"_id":"DOSTYK:2026-12-06","_index":"seo-crossings-open-data"}}""");
        ShouldBeJson(lines[1], """
            {"@timestamp":"2026-12-06T00:00:00+05:00","checkpoint":"DOSTYK","capacity":480,"booked":410,"arrived":380,"crossed":372,"no_shows":25,
             "annulled_late":3,"refused_entry":2,"avg_wait_minutes":41.5,"p90_wait_minutes":88,"avg_booked_to_crossing_minutes":-12.5,"p90_booked_to_crossing_minutes":35}
            """);
        ShouldBeJson(lines[2], """{"index":{"_id":"BAKHTY:2026-12-07","_index":"seo-crossings-open-data"}}""");
        JsonNode.Parse(lines[3])!["avg_wait_minutes"].ShouldBeNull();
        invoker.Requests[2].PathAndQuery.ShouldBe("_bulk");
    }

    [Fact]
    public async Task A_day_Elasticsearch_refuses_fails_the_put_so_the_next_firing_publishes_it_again()
    {
        var (index, _) = IndexAnswering(Acknowledged, BulkAnswer(201, 400));

        await Should.ThrowAsync<CrossingLogIndexingException>(() => index.PutAsync([Dostyk, Bakhty], CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_template_puts_no_day()
    {
        var (index, invoker) = IndexAnswering();
        invoker.Answer("""{"error":{"type":"illegal_argument_exception","reason":"mapper cannot be changed"},"status":400}""", 400);

        await Should.ThrowAsync<CrossingLogIndexingException>(() => index.PutAsync([Dostyk], CancellationToken.None));

        invoker.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_committed_Kibana_template_is_the_adapters_template()
    {
        var (index, invoker) = IndexAnswering(Acknowledged, BulkAnswer(201));
        await index.PutAsync([Dostyk], CancellationToken.None);
        var sent = JsonNode.Parse(invoker.Requests[0].Body!)!;

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "kibana", "open-data-index-template.json")))!;

        JsonNode.DeepEquals(committed["template"], sent["template"]).ShouldBeTrue("deploy/kibana/open-data-index-template.json must hold the adapter's mappings");
        committed["index_patterns"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe([sent["index_patterns"]!.GetValue<string>()]);
    }

    private static (ElasticsearchOpenDataIndex Index, RecordingRequestInvoker Invoker) IndexAnswering(params string[] bodies)
    {
        var invoker = new RecordingRequestInvoker();
        foreach (var body in bodies)
        {
            invoker.Answer(body);
        }

        var settings = new ElasticsearchClientSettings(new SingleNodePool(new Uri("http://es.test:9200")), invoker).DisableDirectStreaming();
        return (new ElasticsearchOpenDataIndex(new ElasticsearchClient(settings), new ElasticsearchCrossingLogOptions()), invoker);
    }

    private static string BulkAnswer(params int[] statuses)
    {
        var items = statuses.Select((status, i) => status < 300
            ? $$$"""{"index":{"_index":"seo-crossings-open-data","_id":"d{{{i}}}","_version":1,"result":"created","status":{{{status}}}}}"""
            : $$$$"""{"index":{"_index":"seo-crossings-open-data","_id":"d{{{{i}}}}","status":{{{{status}}}},"error":{"type":"mapper_parsing_exception","reason":"refused in the test"}}}""");
        return $$"""{"took":3,"errors":{{(statuses.Any(s => s >= 300) ? "true" : "false")}},"items":[{{string.Join(",", items)}}]}""";
    }

    private static void ShouldBeJson(string? actual, string expected)
    {
        actual.ShouldNotBeNull();
        var actualNode = JsonNode.Parse(actual);
        JsonNode.DeepEquals(actualNode, JsonNode.Parse(expected)).ShouldBeTrue($"sent:\n{actualNode?.ToJsonString()}");
    }
}
