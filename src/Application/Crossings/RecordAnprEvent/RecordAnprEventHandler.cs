using System.Diagnostics.CodeAnalysis;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Crossings.Common;
using Seo.Application.Devices.AuthenticateDevice;
using Seo.Application.Devices.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.RecordAnprEvent;

[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The handler of the RecordAnprEvent command (the use-case convention), not a .NET event handler.")]
public sealed class RecordAnprEventHandler(
    IRepository<Device> devices,
    IRepository<AnprEvent> anprEvents,
    AnprReadRecorder recorder) : ICommandHandler<RecordAnprEvent, Result<AnprEventDto>>
{
    public async ValueTask<Result<AnprEventDto>> Handle(RecordAnprEvent command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(command.DeviceId), tracked: false), cancellationToken);
        if (device is null || device.IsRevoked)
        {
            // Revoked between authentication and here: as if the key had been refused.
            return AuthenticateDeviceHandler.InvalidKey;
        }

        if (device.Kind != DeviceKind.AnprCamera)
        {
            // R10, R11: only plate-reading cameras report reads; a barrier's key cannot open itself.
            return Domain.Barriers.BarrierErrors.DeviceNotACamera;
        }

        if (command.Checkpoint is not null && CheckpointCode.Create(command.Checkpoint).Value != device.Checkpoint)
        {
            return DeviceErrors.OtherCheckpoint;
        }

        var reading = new AnprReading(
            command.Plate!,
            PlateNumber.Create(command.Plate).Value,
            command.Confidence!.Value,
            command.ImageReference,
            command.CapturedAt!.Value,
            command.Direction ?? device.Direction);
        var eventId = command.EventId!.Value;
        if (await anprEvents.FirstOrDefaultAsync(new AnprEventByIdSpec(eventId), cancellationToken) is { } stored)
        {
            // Before the clock check: a camera resending a read it buffered learns it was kept, even once the read is too old to take.
            return AnprErrors.Replayed(stored.HasSameContent(device.Id, reading));
        }

        var recorded = await recorder.RecordCameraReadAsync(eventId, device, reading, cancellationToken);
        return recorded.IsSuccess ? recorded.Value.ToDto() : recorded.Error;
    }
}
