using Ardalis.Specification;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.Common;

public sealed class DeviceByIdSpec : Specification<Device>, ISingleResultSpecification<Device>
{
    public DeviceByIdSpec(DeviceId id, bool tracked = true)
    {
        Query.Where(d => d.Id == id);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
