using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Devices;

/// <summary>
/// A device at one camera point of one checkpoint, watching one direction: a plate-reading (ANPR)
/// camera (R10, R30), a video camera (R32) or a barrier (R11), by its <see cref="Kind"/>. It authenticates with an API key of which only the hash is kept; a registrar
/// rotates or revokes the key.
/// </summary>
public sealed class Device : AggregateRoot<DeviceId>
{
    public const int MaxNameLength = 100;

    private Device()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public DeviceKind Kind { get; private set; }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public CameraPoint Point { get; private set; }

    /// <summary>The direction of the traffic the camera watches, unless an event says otherwise.</summary>
    public CrossingDirection Direction { get; private set; }

    /// <summary>SHA-256 of the current API key (<see cref="DeviceApiKey"/>), lower-case hex.</summary>
    public string KeyHash { get; private set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset KeyIssuedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Registers a camera and issues its first key; the key text is returned once and never kept.</summary>
    public static Result<(Device Device, string Key)> Register(
        DeviceId id, string? name, CheckpointCode checkpoint, CameraPoint point, CrossingDirection direction, DateTimeOffset now, DeviceKind kind = DeviceKind.AnprCamera)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return DeviceErrors.InvalidName;
        }

        var (key, hash) = DeviceApiKey.Issue(id);
        var device = new Device
        {
            Id = id,
            Name = trimmed,
            Kind = kind,
            Checkpoint = checkpoint,
            Point = point,
            Direction = direction,
            KeyHash = hash,
            RegisteredAt = now,
            KeyIssuedAt = now,
        };
        device.Raise(new DeviceRegistered(id.Value, checkpoint.Value, point, direction, now));
        return (device, key);
    }

    /// <summary>Issues a new key; the old one stops working with this change's commit.</summary>
    public Result<string> RotateKey(DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return DeviceErrors.Revoked;
        }

        var (key, hash) = DeviceApiKey.Issue(Id);
        KeyHash = hash;
        KeyIssuedAt = now;
        Raise(new DeviceKeyRotated(Id.Value, now));
        return key;
    }

    /// <summary>Revokes the key for good. Revoking again changes nothing.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return;
        }

        RevokedAt = now;
        Raise(new DeviceRevoked(Id.Value, now));
    }

    /// <summary>Whether <paramref name="presentedKey"/> is this device's current, unrevoked key.</summary>
    public bool Accepts(string presentedKey) => !IsRevoked && DeviceApiKey.Matches(presentedKey, KeyHash);
}
