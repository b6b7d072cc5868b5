using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Devices.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.RegisterDevice;

public sealed class RegisterDeviceHandler(IRepository<Device> devices, IRepository<Checkpoint> checkpoints, TimeProvider clock)
    : ICommandHandler<RegisterDevice, Result<DeviceKeyIssued>>
{
    public async ValueTask<Result<DeviceKeyIssued>> Handle(RegisterDevice command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var code = CheckpointCode.Create(command.Checkpoint).Value;
        if (!await checkpoints.AnyAsync(new CheckpointByCodeSpec(code), cancellationToken))
        {
            return CheckpointErrors.NotFound;
        }

        var registered = Device.Register(DeviceId.New(), command.Name, code, command.Point!.Value, command.Direction!.Value, clock.GetUtcNow(), command.Kind ?? DeviceKind.AnprCamera);
        if (!registered.IsSuccess)
        {
            return registered.Error;
        }

        var (device, key) = registered.Value;
        await devices.AddAsync(device, cancellationToken);
        return new DeviceKeyIssued(DeviceDto.From(device), key);
    }
}
