using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Crossings.Common;
using Seo.Application.Devices.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;

namespace Seo.Application.Crossings.RecordManualRead;

public sealed class RecordManualReadHandler(
    IRepository<Device> devices,
    IRepository<AnprEvent> anprEvents,
    IRepository<Checkpoint> checkpoints,
    AnprReadRecorder recorder,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<RecordManualRead, Result<RecordedManualRead>>
{
    public static readonly DomainError NotSignedIn = new("not-signed-in", "Sign in as an officer or the registrar.", ErrorKind.Unauthenticated);

    public async ValueTask<Result<RecordedManualRead>> Handle(RecordManualRead command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (currentUser.AccountId is not { } officer)
        {
            return NotSignedIn;
        }

        var camera = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(command.DeviceId), tracked: false), cancellationToken);
        if (camera is null)
        {
            return DeviceErrors.NotFound;
        }

        var eventId = command.EventId!.Value;
        if (await anprEvents.FirstOrDefaultAsync(new AnprEventByIdSpec(eventId), cancellationToken) is { } stored)
        {
            // The console sent the entry again (a retry, a double click): one read, answered as stored; another entry under its id is refused.
            return stored.HasSameManualContent(camera.Id, command.Plate!, command.CapturedAt, officer.Value, command.Reason!)
                ? new RecordedManualRead(stored.ToDto(), Created: false)
                : AnprErrors.Replayed(identical: false);
        }

        var capturedAt = command.CapturedAt ?? clock.GetUtcNow();
        var read = ManualRead.For(camera, command.Plate, capturedAt, officer.Value, command.Reason);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        if (!await checkpoints.AnyAsync(new CheckpointByCodeSpec(camera.Checkpoint), cancellationToken))
        {
            return CheckpointErrors.NotFound;
        }

        // The recorder checks the officer's time as it checks a camera's.
        var recorded = await recorder.RecordManualReadAsync(eventId, camera, read.Value, cancellationToken);
        return recorded.IsSuccess ? new RecordedManualRead(recorded.Value.ToDto(), Created: true) : recorded.Error;
    }
}
