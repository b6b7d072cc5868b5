using Riok.Mapperly.Abstractions;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.Common;

/// <summary>
/// A stored camera read, as the camera (or the officer who entered it by hand) gets it back:
/// matched to a booking or not. It names no booking, VIN or owner: a camera needs to know whether
/// the truck is expected, and a leaked device key must not turn the endpoint into a way of looking
/// plates up. Officers see the match in the crossing log.
/// </summary>
/// <param name="Manual">R10: entered by an officer for the camera (confidence 1, no picture) rather than read by it.</param>
/// <param name="EnteredBy">The account id of the officer who entered it; null for the camera's own read.</param>
/// <param name="ManualReason">Why it was entered by hand; null for the camera's own read.</param>
public sealed record AnprEventDto(
    Guid EventId,
    Guid DeviceId,
    string Checkpoint,
    CameraPoint Point,
    CrossingDirection Direction,
    string PlateAsRead,
    string Plate,
    double Confidence,
    string? ImageReference,
    DateTimeOffset CapturedAt,
    DateTimeOffset ReceivedAt,
    bool Matched,
    ReadOutcome Outcome,
    bool Manual,
    Guid? EnteredBy,
    string? ManualReason);

/// <summary>Camera reads and crossings → DTOs, generated at compile time.</summary>
[Mapper]
public static partial class CrossingMapper
{
    [MapProperty(nameof(AnprEvent.Id), nameof(AnprEventDto.EventId))]
    [MapperIgnoreSource(nameof(AnprEvent.DomainEvents))]
    [MapperIgnoreSource(nameof(AnprEvent.Version))]
    [MapperIgnoreSource(nameof(AnprEvent.BookingId))]
    [MapperIgnoreSource(nameof(AnprEvent.BookingNumber))]
    [MapperIgnoreSource(nameof(AnprEvent.Vin))]
    public static partial AnprEventDto ToDto(this AnprEvent anprEvent);

    public static partial CrossingDto ToDto(this Application.Common.Ports.CrossingRecord record);

    private static Guid ToGuid(DeviceId id) => id.Value;

    private static Guid ToGuid(BookingId id) => id.Value;

    private static string ToText(CheckpointCode code) => code.Value;

    private static string ToText(PlateNumber plate) => plate.Value;
}
