using System.Text.Json;
using Seo.Application.Common.Ports;
using Seo.Domain.Crossings;

namespace Seo.Projections.Crossings;

/// <summary>
/// Feeds the crossing log from the outbox: each stored camera read (<see cref="AnprEventRecorded"/>)
/// becomes one crossing whose id is the camera's event id, so a redelivery replaces the document
/// with itself. A failure (the search store is down) throws, and the outbox delivers it again later.
/// </summary>
public sealed class CrossingLogProjection(ICrossingLog crossingLog) : IOutboxHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Accepts(string eventType) => string.Equals(eventType, nameof(AnprEventRecorded), StringComparison.Ordinal);

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var recorded = JsonSerializer.Deserialize<AnprEventRecorded>(envelope.Payload, Json)
            ?? throw new JsonException($"Outbox event #{envelope.Sequence} has an empty {nameof(AnprEventRecorded)} payload.");
        await crossingLog.IndexAsync([ToCrossing(recorded)], cancellationToken).ConfigureAwait(false);
    }

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
