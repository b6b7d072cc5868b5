using Seo.Application.Common.Mapping;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.Common;

/// <summary>A registered device (camera or barrier) as the registrar sees it; never its key or the key's hash.</summary>
public sealed record DeviceDto(
    Guid Id,
    string Name,
    DeviceKind Kind,
    string Checkpoint,
    CameraPoint Point,
    CrossingDirection Direction,
    DateTimeOffset RegisteredAt,
    DateTimeOffset KeyIssuedAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>The one mapping, as an expression a list query selects (reading these columns, materialising no device) and <see cref="From"/> runs.</summary>
    public static Projection<Device, DeviceDto> Projection { get; } = new(device => new DeviceDto(
        device.Id.Value, device.Name, device.Kind, device.Checkpoint.Value, device.Point, device.Direction, device.RegisteredAt, device.KeyIssuedAt, device.RevokedAt));

    public static DeviceDto From(Device device) => Projection.Of(device);
}

/// <summary>A device and its new API key, shown in this answer only: the server keeps just its hash.</summary>
public sealed record DeviceKeyIssued(DeviceDto Device, string ApiKey);
