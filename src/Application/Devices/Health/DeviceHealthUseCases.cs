using FluentValidation;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Devices.Common;
using Seo.Domain.Alerts;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.Health;

/// <summary>
/// R8, the silence sweep: every reporting device not heard from for the configured time (a device
/// that never sent a heartbeat counts from its registration) raises one DeviceSilent alert for its
/// checkpoint. The episode stays open until the device is heard again, so a repeated sweep alerts
/// nobody twice; a device that comes back and falls silent again is alerted again.
/// </summary>
public sealed record DetectSilentDevices : ICommand<Result<int>>;

public sealed class DetectSilentDevicesHandler(
    IRepository<Device> devices,
    IRepository<DeviceHealth> health,
    IRepository<CheckpointAlert> alerts,
    DeviceOptions options,
    TimeProvider clock) : ICommandHandler<DetectSilentDevices, Result<int>>
{
    public async ValueTask<Result<int>> Handle(DetectSilentDevices command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var policy = options.Policy;
        var states = (await health.ListAsync(new DeviceHealthAtSpec(null, tracked: true), cancellationToken)).ToDictionary(h => h.Id);
        var alerted = 0;
        foreach (var device in await devices.ListAsync(new ReportingDevicesSpec(null), cancellationToken))
        {
            var known = states.TryGetValue(device.Id, out var state);
            state ??= DeviceHealth.Of(device);
            if (!state.MarkSilentIfDue(device.RegisteredAt, now, policy))
            {
                continue;
            }

            if (!known)
            {
                await health.AddAsync(state, cancellationToken);
            }

            var since = state.LastHeartbeatAt is { } last ? $"since its last heartbeat at {last:O}" : $"since it was registered at {device.RegisteredAt:O}";
            await alerts.AddAsync(
                CheckpointAlert.Raise(device.Checkpoint, AlertKind.DeviceSilent, $"{device.Kind} '{device.Name}' ({device.Point}) is silent {since}.", now, device.Id.Value),
                cancellationToken);
            alerted++;
        }

        return alerted;
    }
}

/// <summary>R8: every reporting device of a checkpoint with its kind, point, last heartbeat, power, autonomy and whether it is silent.</summary>
public sealed record GetCheckpointDeviceHealth(string? Checkpoint) : IQuery<Result<CheckpointDeviceHealth>>;

public sealed class GetCheckpointDeviceHealthValidator : AbstractValidator<GetCheckpointDeviceHealth>
{
    public GetCheckpointDeviceHealthValidator() => RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create);
}

public sealed class GetCheckpointDeviceHealthHandler(
    CheckpointCatalog checkpoints,
    IRepository<Device> devices,
    IRepository<DeviceHealth> health,
    DeviceOptions options,
    TimeProvider clock) : IQueryHandler<GetCheckpointDeviceHealth, Result<CheckpointDeviceHealth>>
{
    public async ValueTask<Result<CheckpointDeviceHealth>> Handle(GetCheckpointDeviceHealth query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = CheckpointCode.Create(query.Checkpoint).Value;
        if (await checkpoints.FindAsync(code, cancellationToken) is null)
        {
            return CheckpointErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var policy = options.Policy;
        var states = (await health.ListAsync(new DeviceHealthReadingsAtSpec(code), cancellationToken)).ToDictionary(h => h.DeviceId);
        var items = (await devices.ListAsync(new ReportingDeviceRowsSpec(code), cancellationToken))
            .Select(d => DeviceHealthDto.From(d, states.GetValueOrDefault(d.Id), now, policy))
            .ToList();
        return new CheckpointDeviceHealth(code.Value, now, (int)policy.SilenceAfter.TotalSeconds, items);
    }
}
