using Seo.Domain.Devices;

namespace Seo.Application.Common.Ports;

/// <summary>
/// One camera (ANPR) read of a truck at a checkpoint, as officers search it.
/// </summary>
/// <param name="EventId">The camera event's id; the crossing log's document id, so re-indexing the event is a no-op.</param>
/// <param name="Timestamp">When the camera read the plate.</param>
/// <param name="Checkpoint">The checkpoint's code.</param>
/// <param name="Point">Which camera point along the approach read it.</param>
/// <param name="Direction">Leaving or entering the country.</param>
/// <param name="Plate">The plate as read, already normalised (upper-case Latin letters and digits).</param>
/// <param name="Vin">The vehicle's VIN, when a booking supplied it.</param>
/// <param name="BookingNumber">The number of the booking the read was matched to, if any.</param>
/// <param name="BookingId">The id of that booking, if any.</param>
/// <param name="Matched">Whether the read was matched to a booking.</param>
/// <param name="Confidence">The camera's confidence in its read, 0 to 1.</param>
/// <param name="CameraId">The camera that read the plate.</param>
/// <param name="ImageReference">Where the camera's picture is kept, if it kept one.</param>
/// <param name="EnteredBy">R10: the officer who entered the plate by hand for the camera; null when the camera read it.</param>
/// <param name="ManualReason">Why the officer entered it; null when the camera read it.</param>
public sealed record CrossingRecord(
    Guid EventId,
    DateTimeOffset Timestamp,
    string Checkpoint,
    CameraPoint Point,
    CrossingDirection Direction,
    string Plate,
    string? Vin,
    string? BookingNumber,
    Guid? BookingId,
    bool Matched,
    double Confidence,
    string CameraId,
    string? ImageReference,
    Guid? EnteredBy = null,
    string? ManualReason = null)
{
    /// <summary>Entered by an officer rather than read by the camera.</summary>
    public bool Manual => EnteredBy is not null;
}
