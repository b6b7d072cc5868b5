using System.Text.Json;
using Seo.Application.Common.Ports;
using Seo.Domain.Crossings;

namespace Seo.Projections.Crossings;

/// <summary>
/// Feeds the crossing log from the outbox: each stored camera read (<see cref="AnprEventRecorded"/>)
/// becomes one crossing whose id is the camera's event id, so a redelivery replaces the document
/// with itself. A round's reads are indexed in one write (one commit and refresh of the embedded
/// index, one bulk request to Elasticsearch): cameras at 41 checkpoints send far more reads than a
/// search index takes one write at a time. A failure (the search store is down) throws, and the
/// outbox delivers it again later.
/// </summary>
public sealed class CrossingLogProjection(ICrossingLog crossingLog) : IOutboxBatchHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Accepts(string eventType) => string.Equals(eventType, nameof(AnprEventRecorded), StringComparison.Ordinal);

    public Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return crossingLog.IndexAsync([ToCrossing(Read(envelope))], cancellationToken);
    }

    public Task HandleBatchAsync(IReadOnlyList<OutboxEnvelope> envelopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        return crossingLog.IndexAsync([.. envelopes.Select(envelope => ToCrossing(Read(envelope)))], cancellationToken);
    }

    private static AnprEventRecorded Read(OutboxEnvelope envelope) =>
        JsonSerializer.Deserialize<AnprEventRecorded>(envelope.Payload, Json)
            ?? throw new JsonException($"Outbox event #{envelope.Sequence} has an empty {nameof(AnprEventRecorded)} payload.");

    /// <summary>The crossing an ANPR read stands for in the log.</summary>
    public static CrossingRecord ToCrossing(AnprEventRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return new CrossingRecord(
            recorded.AnprEventId,
            recorded.CapturedAt,
            recorded.Checkpoint,
            recorded.Point,
            recorded.Direction,
            recorded.Plate,
            recorded.Vin,
            recorded.BookingNumber,
            recorded.BookingId,
            Matched: recorded.BookingId is not null,
            recorded.Confidence,
            CameraId: recorded.DeviceId.ToString("D"),
            recorded.ImageReference,
            recorded.EnteredBy,
            recorded.ManualReason);
    }
}
