using Seo.Application.Audit;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Devices.Common;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.RevokeDevice;

/// <summary>The registrar revokes a camera's key for good (a stolen or retired camera); its requests are refused from the commit on.</summary>
public sealed record RevokeDevice(Guid DeviceId) : ICommand<Result>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.DeviceRevoked, DeviceId.ToString());
}

public sealed class RevokeDeviceHandler(IRepository<Device> devices, TimeProvider clock) : ICommandHandler<RevokeDevice, Result>
{
    public async ValueTask<Result> Handle(RevokeDevice command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(command.DeviceId)), cancellationToken);
        if (device is null)
        {
            return DeviceErrors.NotFound;
        }

        device.Revoke(clock.GetUtcNow());
        return Result.Success();
    }
}
