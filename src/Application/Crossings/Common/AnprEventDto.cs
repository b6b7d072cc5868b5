using Riok.Mapperly.Abstractions;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.Common;

/// <summary>
/// A stored camera read, as the camera gets it back: matched to a booking or not. It names no
/// booking, VIN or owner: a camera needs to know whether the truck is expected, and a leaked
/// device key must not turn the endpoint into a way of looking plates up. Officers see the match
/// in the crossing log.
/// </summary>
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
    ReadOutcome Outcome);

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
