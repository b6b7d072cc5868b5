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
    public static DeviceDto From(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(device.Id.Value, device.Name, device.Kind, device.Checkpoint.Value, device.Point, device.Direction, device.RegisteredAt, device.KeyIssuedAt, device.RevokedAt);
    }
}

/// <summary>A device and its new API key, shown in this answer only: the server keeps just its hash.</summary>
public sealed record DeviceKeyIssued(DeviceDto Device, string ApiKey);
