using Seo.Application.Audit;
using Mediator;
using Seo.Application.Devices.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Devices.RotateDeviceKey;

/// <summary>The registrar gives a camera a new API key; the old one stops working with the commit.</summary>
public sealed record RotateDeviceKey(Guid DeviceId) : ICommand<Result<DeviceKeyIssued>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.DeviceKeyRotated, DeviceId.ToString());
}

public sealed class RotateDeviceKeyHandler(IRepository<Domain.Devices.Device> devices, TimeProvider clock)
    : ICommandHandler<RotateDeviceKey, Result<DeviceKeyIssued>>
{
    public async ValueTask<Result<DeviceKeyIssued>> Handle(RotateDeviceKey command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new Domain.Devices.DeviceId(command.DeviceId)), cancellationToken);
        if (device is null)
        {
            return Domain.Devices.DeviceErrors.NotFound;
        }

        var rotated = device.RotateKey(clock.GetUtcNow());
        return rotated.IsSuccess ? new DeviceKeyIssued(DeviceDto.From(device), rotated.Value) : rotated.Error;
    }
}
