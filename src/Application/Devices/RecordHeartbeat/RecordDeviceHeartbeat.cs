using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Devices.AuthenticateDevice;
using Seo.Application.Devices.Common;
using Seo.Domain.Alerts;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.RecordHeartbeat;

/// <summary>R8: a device says it is alive, on what power, and how much autonomy its backup power has left.</summary>
public sealed record RecordDeviceHeartbeat(Guid DeviceId, PowerSource? Power, int? AutonomyMinutes, DateTimeOffset? ReportedAt)
    : ICommand<Result<DeviceHealthDto>>;

public sealed class RecordDeviceHeartbeatValidator : AbstractValidator<RecordDeviceHeartbeat>
{
    /// <summary>A week: no backup power at a checkpoint lasts longer, so a larger figure is a device fault.</summary>
    public const int MaxAutonomyMinutes = 7 * 24 * 60;

    public RecordDeviceHeartbeatValidator()
    {
        RuleFor(c => c.Power).Required().IsInEnum().WithErrorCode("invalid-power-source");
        RuleFor(c => c.AutonomyMinutes).InclusiveBetween(0, MaxAutonomyMinutes).WithErrorCode("invalid-autonomy")
            .WithMessage($"'autonomyMinutes' is 0 to {MaxAutonomyMinutes} minutes, or absent.");
        RuleFor(c => c.ReportedAt).Required().PlausibleInstant();
    }
}

public sealed class RecordDeviceHeartbeatHandler(
    IRepository<Device> devices,
    IRepository<DeviceHealth> health,
    IRepository<CheckpointAlert> alerts,
    DeviceOptions options,
    TimeProvider clock) : ICommandHandler<RecordDeviceHeartbeat, Result<DeviceHealthDto>>
{
    public async ValueTask<Result<DeviceHealthDto>> Handle(RecordDeviceHeartbeat command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(command.DeviceId), tracked: false), cancellationToken);
        if (device is null || device.IsRevoked)
        {
            return AuthenticateDeviceHandler.InvalidKey;
        }

        var now = clock.GetUtcNow();
        if (DeviceClock.Check(command.ReportedAt!.Value, "reportedAt", now, options.ClockSkew, options.MaxHeartbeatAge) is { } skewed)
        {
            return skewed;
        }

        var state = await health.FirstOrDefaultAsync(new DeviceHealthByIdSpec(device.Id), cancellationToken);
        if (state is null)
        {
            state = DeviceHealth.Of(device);
            await health.AddAsync(state, cancellationToken);
        }

        var policy = options.Policy;
        var outcome = state.Record(command.Power!.Value, command.AutonomyMinutes, command.ReportedAt.Value, now, policy);
        if (outcome.BackupPowerLow)
        {
            // R8: the site must hold out 5 hours on backup power; the officers hear once per episode (until mains returns).
            var left = command.AutonomyMinutes is { } minutes ? $"{minutes} minutes of autonomy left" : "no autonomy figure reported";
            await alerts.AddAsync(
                CheckpointAlert.Raise(device.Checkpoint, AlertKind.DeviceOnBackupPower, $"{device.Kind} '{device.Name}' ({device.Point}) runs on battery: {left}.", now, device.Id.Value),
                cancellationToken);
        }

        return DeviceHealthDto.From(device, state, now, policy);
    }
}
