using Ardalis.Specification;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.Common;

public sealed class DeviceHealthByIdSpec : Specification<DeviceHealth>, ISingleResultSpecification<DeviceHealth>
{
    public DeviceHealthByIdSpec(DeviceId id) => Query.Where(h => h.Id == id);
}

/// <summary>The health records of one checkpoint's devices, or of all when none is given.</summary>
public sealed class DeviceHealthAtSpec : Specification<DeviceHealth>
{
    public DeviceHealthAtSpec(CheckpointCode? checkpoint, bool tracked)
    {
        if (checkpoint is not null)
        {
            Query.Where(h => h.Checkpoint == checkpoint);
        }

        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>The health readings of one checkpoint's devices, selected without loading the records.</summary>
public sealed class DeviceHealthReadingsAtSpec : Specification<DeviceHealth, DeviceHealthReading>
{
    public DeviceHealthReadingsAtSpec(CheckpointCode checkpoint)
    {
        Query.Where(h => h.Checkpoint == checkpoint).AsNoTracking();
        Query.Select(DeviceHealthReading.Projection.Expression);
    }
}

/// <summary>The devices of a checkpoint that still report, by name, selected as the rows their health shows.</summary>
public sealed class ReportingDeviceRowsSpec : Specification<Device, ReportingDeviceRow>
{
    public ReportingDeviceRowsSpec(CheckpointCode checkpoint)
    {
        Query.Where(d => d.RevokedAt == null && d.Checkpoint == checkpoint).OrderBy(d => d.Name).ThenBy(d => d.Id).AsNoTracking();
        Query.Select(ReportingDeviceRow.Projection.Expression);
    }
}

/// <summary>Devices that still report (their key is not revoked), of one checkpoint when given, by name.</summary>
public sealed class ReportingDevicesSpec : Specification<Device>
{
    public ReportingDevicesSpec(CheckpointCode? checkpoint)
    {
        Query.Where(d => d.RevokedAt == null).AsNoTracking();
        if (checkpoint is not null)
        {
            Query.Where(d => d.Checkpoint == checkpoint);
        }

        Query.OrderBy(d => d.Name).ThenBy(d => d.Id);
    }
}
