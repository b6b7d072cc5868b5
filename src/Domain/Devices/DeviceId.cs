namespace Seo.Domain.Devices;

/// <summary>A device (camera) registered at a checkpoint.</summary>
public readonly record struct DeviceId(Guid Value)
{
    public static DeviceId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
