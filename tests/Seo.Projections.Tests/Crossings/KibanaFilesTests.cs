using System.Text.Json.Nodes;

namespace Seo.Projections.Tests.Crossings;

/// <summary>
/// What can be checked of the Kibana files without a Kibana: each NDJSON line is one JSON object,
/// and every reference names an object of the same file. Whether Kibana imports and renders them
/// is not checked here.
/// </summary>
public sealed class KibanaFilesTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "kibana", "saved-objects.ndjson"));

    private static IEnumerable<JsonObject> Objects => Lines.Select(line => JsonNode.Parse(line)!.AsObject());

    [Fact]
    public void Every_line_is_one_saved_object()
    {
        Lines.ShouldNotBeEmpty();
        foreach (var line in Lines)
        {
            var node = JsonNode.Parse(line).ShouldBeOfType<JsonObject>();
            node["type"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            node["id"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            node["attributes"].ShouldBeOfType<JsonObject>();
        }
    }

    [Fact]
    public void The_data_view_reads_the_crossing_indices_by_their_timestamp()
    {
        var dataView = Objects.Single(o => o["type"]!.GetValue<string>() == "index-pattern" && o["id"]!.GetValue<string>() == "seo-crossings");

        dataView["attributes"]!["title"]!.GetValue<string>().ShouldBe("seo-crossings-*");
        dataView["attributes"]!["timeFieldName"]!.GetValue<string>().ShouldBe("@timestamp");
    }

    [Fact]
    public void Every_reference_names_an_object_of_the_file()
    {
        var defined = Objects.Select(o => (Type: o["type"]!.GetValue<string>(), Id: o["id"]!.GetValue<string>())).ToHashSet();

        foreach (var saved in Objects)
        {
            foreach (var reference in saved["references"]?.AsArray() ?? [])
            {
                defined.ShouldContain((reference!["type"]!.GetValue<string>(), reference["id"]!.GetValue<string>()), $"{saved["id"]} refers to it");
            }
        }
    }

    [Fact]
    public void The_dashboard_has_its_three_panels_each_with_a_reference()
    {
        var dashboard = Objects.Single(o => o["type"]!.GetValue<string>() == "dashboard" && o["id"]!.GetValue<string>() == "seo-crossings");
        var panels = JsonNode.Parse(dashboard["attributes"]!["panelsJSON"]!.GetValue<string>())!.AsArray();
        var referenceNames = dashboard["references"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();

        panels.Select(p => p!["panelRefName"]!.GetValue<string>()).ShouldBe(referenceNames, ignoreOrder: true);
        dashboard["references"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ShouldBe(
            ["seo-crossings-per-checkpoint-per-hour", "seo-crossings-unmatched-plates", "seo-crossings-top-checkpoints"], ignoreOrder: true);
    }

    [Fact]
    public void R22_the_open_data_dashboard_reads_the_open_data_index_by_day_and_every_field_it_charts_is_mapped()
    {
        var dataView = Objects.Single(o => o["type"]!.GetValue<string>() == "index-pattern" && o["id"]!.GetValue<string>() == "seo-open-data");
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "kibana", "open-data-index-template.json")))!;
        dataView["attributes"]!["title"]!.GetValue<string>().ShouldBe(template["index_patterns"]![0]!.GetValue<string>());
        dataView["attributes"]!["timeFieldName"]!.GetValue<string>().ShouldBe("@timestamp");
        var mapped = template["template"]!["mappings"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();

        var dashboard = Objects.Single(o => o["type"]!.GetValue<string>() == "dashboard" && o["id"]!.GetValue<string>() == "seo-open-data");
        var charts = dashboard["references"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        charts.ShouldBe(["seo-open-data-throughput-per-day", "seo-open-data-waits-per-checkpoint"], ignoreOrder: true);
        foreach (var chart in Objects.Where(o => charts.Contains(o["id"]!.GetValue<string>())))
        {
            chart["references"]!.AsArray().ShouldAllBe(r => r!["id"]!.GetValue<string>() == "seo-open-data");
            var columns = chart["attributes"]!["state"]!["datasourceStates"]!["formBased"]!["layers"]!["layer1"]!["columns"]!.AsObject();
            columns.Select(c => c.Value!["sourceField"]!.GetValue<string>()).ShouldAllBe(field => mapped.Contains(field), chart["id"]!.GetValue<string>());
        }
    }
}
