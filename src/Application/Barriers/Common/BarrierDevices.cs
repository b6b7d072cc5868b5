using Seo.Application.Common.Ports;
using Seo.Application.Devices.AuthenticateDevice;
using Seo.Application.Devices.Common;
using Seo.Domain.Barriers;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Barriers.Common;

internal static class BarrierDevices
{
    /// <summary>
    /// The authenticated device, when it is a barrier: revoked since authentication is as if its
    /// key had been refused (401); a camera's key is forbidden here (403).
    /// </summary>
    public static async Task<Result<Device>> CallingBarrierAsync(this IRepository<Device> devices, Guid deviceId, CancellationToken cancellationToken)
    {
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(deviceId), tracked: false), cancellationToken);
        if (device is null || device.IsRevoked)
        {
            return AuthenticateDeviceHandler.InvalidKey;
        }

        return device.Kind == DeviceKind.Barrier ? device : BarrierErrors.DeviceNotABarrier;
    }

    /// <summary>The barrier the console names: 404 when there is no such device, 409 when it is not a barrier.</summary>
    public static async Task<Result<Device>> NamedBarrierAsync(this IRepository<Device> devices, Guid barrierId, CancellationToken cancellationToken)
    {
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(barrierId), tracked: false), cancellationToken);
        if (device is null)
        {
            return DeviceErrors.NotFound;
        }

        return device.Kind == DeviceKind.Barrier ? device : BarrierErrors.NotABarrier;
    }
}
