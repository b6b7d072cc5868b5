using Riok.Mapperly.Abstractions;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.Common;

/// <summary>A stored camera read, as the camera gets it back: matched to a booking or not.</summary>
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
    Guid? BookingId,
    string? BookingNumber,
    string? Vin);

/// <summary>Camera reads and crossings → DTOs, generated at compile time.</summary>
[Mapper]
public static partial class CrossingMapper
{
    [MapProperty(nameof(AnprEvent.Id), nameof(AnprEventDto.EventId))]
    [MapperIgnoreSource(nameof(AnprEvent.DomainEvents))]
    [MapperIgnoreSource(nameof(AnprEvent.Version))]
    public static partial AnprEventDto ToDto(this AnprEvent anprEvent);

    public static partial CrossingDto ToDto(this Application.Common.Ports.CrossingRecord record);

    private static Guid ToGuid(DeviceId id) => id.Value;

    private static Guid ToGuid(BookingId id) => id.Value;

    private static string ToText(CheckpointCode code) => code.Value;

    private static string ToText(PlateNumber plate) => plate.Value;
}
