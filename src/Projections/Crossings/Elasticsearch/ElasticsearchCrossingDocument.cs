using System.Text.Json.Serialization;
using Seo.Application.Common.Ports;
using Seo.Domain.Devices;
using F = Seo.Projections.Crossings.Elasticsearch.ElasticsearchCrossingFields;

namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>
/// The <c>_source</c> of a crossing in Elasticsearch. Names are spelt out so that the mapping,
/// Kibana's saved objects and the documents agree whatever the client's naming policy; enums are
/// kept as their names, readable in Kibana.
/// </summary>
internal sealed class ElasticsearchCrossingDocument
{
    [JsonPropertyName(F.EventId)] public Guid EventId { get; init; }
    [JsonPropertyName(F.Timestamp)] public DateTimeOffset Timestamp { get; init; }
    [JsonPropertyName(F.Checkpoint)] public string Checkpoint { get; init; } = "";
    [JsonPropertyName(F.Point)] public string Point { get; init; } = "";
    [JsonPropertyName(F.Direction)] public string Direction { get; init; } = "";
    [JsonPropertyName(F.Plate)] public string Plate { get; init; } = "";
    [JsonPropertyName(F.PlateSkeleton)] public string PlateSkeleton { get; init; } = "";
    [JsonPropertyName(F.Vin)] public string? Vin { get; init; }
    [JsonPropertyName(F.BookingNumber)] public string? BookingNumber { get; init; }
    [JsonPropertyName(F.BookingId)] public Guid? BookingId { get; init; }
    [JsonPropertyName(F.Matched)] public bool Matched { get; init; }
    [JsonPropertyName(F.Confidence)] public double Confidence { get; init; }
    [JsonPropertyName(F.CameraId)] public string CameraId { get; init; } = "";
    [JsonPropertyName(F.ImageReference)] public string? ImageReference { get; init; }
    [JsonPropertyName(F.EnteredBy)] public Guid? EnteredBy { get; init; }
    [JsonPropertyName(F.ManualReason)] public string? ManualReason { get; init; }

    public static ElasticsearchCrossingDocument From(CrossingRecord record) => new()
    {
        EventId = record.EventId,
        Timestamp = CrossingTime.ToMillisecond(record.Timestamp),
        Checkpoint = record.Checkpoint,
        Point = record.Point.ToString(),
        Direction = record.Direction.ToString(),
        Plate = record.Plate,
        PlateSkeleton = Crossings.PlateSkeleton.Of(record.Plate),
        Vin = record.Vin,
        BookingNumber = record.BookingNumber,
        BookingId = record.BookingId,
        Matched = record.Matched,
        Confidence = record.Confidence,
        CameraId = record.CameraId,
        ImageReference = record.ImageReference,
        EnteredBy = record.EnteredBy,
        ManualReason = record.ManualReason,
    };

    public CrossingRecord ToRecord() => new(
        EventId,
        Timestamp,
        Checkpoint,
        Enum.Parse<CameraPoint>(Point),
        Enum.Parse<CrossingDirection>(Direction),
        Plate,
        Vin,
        BookingNumber,
        BookingId,
        Matched,
        Confidence,
        CameraId,
        ImageReference,
        EnteredBy,
        ManualReason);
}
