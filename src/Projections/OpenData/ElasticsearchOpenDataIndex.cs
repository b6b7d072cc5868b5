using System.Globalization;
using System.Text.Json.Serialization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;
using Seo.Projections.Crossings.Elasticsearch;

namespace Seo.Projections.OpenData;

/// <summary>
/// The open data for Kibana: one index, <c>{IndexPrefix}-open-data</c>, one document per checkpoint
/// and day whose id is <c>{checkpoint}:{yyyy-MM-dd}</c>, so publishing a day again replaces it. The
/// index template (strict, every field explicit, the same as <c>deploy/kibana/open-data-index-template.json</c>)
/// is put before the first bulk of each process.
/// </summary>
public sealed class ElasticsearchOpenDataIndex(ElasticsearchClient client, ElasticsearchCrossingLogOptions options) : IOpenDataIndex
{
    private volatile bool _templatePut;

    /// <summary>The index (and the template's name) under the crossing log's prefix.</summary>
    public static string IndexOf(ElasticsearchCrossingLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IndexPrefix + "-open-data";
    }

    public async Task PutAsync(IReadOnlyCollection<OpenDataDay> days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return;
        }

        if (!_templatePut)
        {
            var template = await client.Indices.PutIndexTemplateAsync(Template(options), cancellationToken).ConfigureAwait(false);
            if (!template.IsValidResponse)
            {
                throw new CrossingLogIndexingException($"Elasticsearch refused the open-data index template: {template.DebugInformation}");
            }

            _templatePut = true;
        }

        var index = IndexOf(options);
        var response = await client.BulkAsync(
            new BulkRequest { Operations = [.. days.Select(day => new BulkIndexOperation<OpenDataDocument>(OpenDataDocument.From(day), index) { Id = IdOf(day) })] },
            cancellationToken).ConfigureAwait(false);
        // Every day must be answered and taken: the next firing publishes them all again anyway.
        var refused = response.Items.Count(item => item.Error is not null || item.Status >= 300);
        if (!response.IsValidResponse || response.Items.Count != days.Count || refused > 0)
        {
            throw new CrossingLogIndexingException(string.Create(CultureInfo.InvariantCulture,
                $"Elasticsearch refused {(refused > 0 ? refused : days.Count)} of {days.Count} open-data day(s): {response.DebugInformation}"));
        }
    }

    public static string IdOf(OpenDataDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return string.Create(CultureInfo.InvariantCulture, $"{day.Checkpoint}:{day.Day.Date:yyyy-MM-dd}");
    }

    /// <summary>The template: keyword checkpoint, the day as a date (its checkpoint-local midnight), whole counts, minutes as floats.</summary>
    public static PutIndexTemplateRequest Template(ElasticsearchCrossingLogOptions options) => new(IndexOf(options))
    {
        IndexPatterns = IndexOf(options),
        Priority = 100,
        Template = new IndexTemplateMapping
        {
            Mappings = new TypeMapping
            {
                Dynamic = DynamicMapping.Strict,
                Properties = new Properties
                {
                    { OpenDataDocument.Fields.Timestamp, new DateProperty() },
                    { OpenDataDocument.Fields.Checkpoint, new KeywordProperty() },
                    { OpenDataDocument.Fields.Capacity, new IntegerNumberProperty() },
                    { OpenDataDocument.Fields.Booked, new IntegerNumberProperty() },
                    { OpenDataDocument.Fields.Arrived, new IntegerNumberProperty() },
                    { OpenDataDocument.Fields.Crossed, new IntegerNumberProperty() },
                    { OpenDataDocument.Fields.NoShows, new IntegerNumberProperty() },
                    { OpenDataDocument.Fields.AnnulledLate, new IntegerNumberProperty() },
                    { OpenDataDocument.Fields.RefusedEntry, new IntegerNumberProperty() },
                    { OpenDataDocument.Fields.AverageWait, new FloatNumberProperty() },
                    { OpenDataDocument.Fields.P90Wait, new FloatNumberProperty() },
                    { OpenDataDocument.Fields.AverageBookedToCrossing, new FloatNumberProperty() },
                    { OpenDataDocument.Fields.P90BookedToCrossing, new FloatNumberProperty() },
                },
            },
        },
    };
}

/// <summary>A checkpoint's day as Kibana reads it; names spelt out so mapping, documents and saved objects agree.</summary>
internal sealed class OpenDataDocument
{
    [JsonPropertyName(Fields.Timestamp)] public DateTimeOffset Timestamp { get; init; }
    [JsonPropertyName(Fields.Checkpoint)] public string Checkpoint { get; init; } = "";
    [JsonPropertyName(Fields.Capacity)] public int Capacity { get; init; }
    [JsonPropertyName(Fields.Booked)] public int Booked { get; init; }
    [JsonPropertyName(Fields.Arrived)] public int Arrived { get; init; }
    [JsonPropertyName(Fields.Crossed)] public int Crossed { get; init; }
    [JsonPropertyName(Fields.NoShows)] public int NoShows { get; init; }
    [JsonPropertyName(Fields.AnnulledLate)] public int AnnulledLate { get; init; }
    [JsonPropertyName(Fields.RefusedEntry)] public int RefusedEntry { get; init; }
    [JsonPropertyName(Fields.AverageWait)] public double? AverageWaitMinutes { get; init; }
    [JsonPropertyName(Fields.P90Wait)] public double? P90WaitMinutes { get; init; }
    [JsonPropertyName(Fields.AverageBookedToCrossing)] public double? AverageBookedToCrossingMinutes { get; init; }
    [JsonPropertyName(Fields.P90BookedToCrossing)] public double? P90BookedToCrossingMinutes { get; init; }

    /// <summary>The day is dated at its checkpoint-local midnight: every checkpoint is on Kazakhstan time (UTC+5).</summary>
    public static OpenDataDocument From(OpenDataDay day) => new()
    {
        Timestamp = new DateTimeOffset(day.Day.Date.ToDateTime(TimeOnly.MinValue), KazakhstanTime.Offset),
        Checkpoint = day.Checkpoint,
        Capacity = day.Day.Capacity,
        Booked = day.Day.Booked,
        Arrived = day.Day.Arrived,
        Crossed = day.Day.Crossed,
        NoShows = day.Day.NoShows,
        AnnulledLate = day.Day.AnnulledLate,
        RefusedEntry = day.Day.RefusedEntry,
        AverageWaitMinutes = day.Day.AverageWaitMinutes,
        P90WaitMinutes = day.Day.P90WaitMinutes,
        AverageBookedToCrossingMinutes = day.Day.AverageBookedToCrossingMinutes,
        P90BookedToCrossingMinutes = day.Day.P90BookedToCrossingMinutes,
    };

    public static class Fields
    {
        public const string Timestamp = "@timestamp";
        public const string Checkpoint = "checkpoint";
        public const string Capacity = "capacity";
        public const string Booked = "booked";
        public const string Arrived = "arrived";
        public const string Crossed = "crossed";
        public const string NoShows = "no_shows";
        public const string AnnulledLate = "annulled_late";
        public const string RefusedEntry = "refused_entry";
        public const string AverageWait = "avg_wait_minutes";
        public const string P90Wait = "p90_wait_minutes";
        public const string AverageBookedToCrossing = "avg_booked_to_crossing_minutes";
        public const string P90BookedToCrossing = "p90_booked_to_crossing_minutes";
    }
}
