using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Devices.AuthenticateDevice;
using Seo.Application.Devices.Common;
using Seo.Application.Video.Common;
using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Domain.Video;

namespace Seo.Application.Video.RegisterSegment;

public sealed class RegisterVideoSegmentHandler(
    IRepository<Device> devices,
    IRepository<VideoSegment> segments,
    IRepository<VideoHold> holds,
    DeviceOptions deviceOptions,
    VideoOptions videoOptions,
    TimeProvider clock) : ICommandHandler<RegisterVideoSegment, Result<VideoSegmentRegistration>>
{
    public async ValueTask<Result<VideoSegmentRegistration>> Handle(RegisterVideoSegment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(new DeviceId(command.DeviceId), tracked: false), cancellationToken);
        if (device is null || device.IsRevoked)
        {
            // Revoked between authentication and here: as if the key had been refused.
            return AuthenticateDeviceHandler.InvalidKey;
        }

        if (device.Kind is not (DeviceKind.AnprCamera or DeviceKind.VideoCamera))
        {
            return VideoErrors.NotACamera;
        }

        var now = clock.GetUtcNow();
        var (from, to, reference) = (command.From!.Value, command.To!.Value, command.StorageReference!);
        if (DeviceClock.Check(to, "to", now, deviceOptions.ClockSkew, videoOptions.MaxSegmentAge) is { } skewed)
        {
            return skewed;
        }

        var id = command.SegmentId!.Value;
        if (await segments.FirstOrDefaultAsync(new VideoSegmentByIdSpec(id), cancellationToken) is { } stored)
        {
            // The same segment sent again is one segment; the same id for another recording is refused.
            return stored.HasSameContent(device.Id, from, to, reference)
                ? new VideoSegmentRegistration(VideoSegmentDto.Of(stored), Created: false)
                : VideoErrors.Replayed(identical: false);
        }

        var registered = VideoSegment.Register(id, device, from, to, reference, now);
        if (!registered.IsSuccess)
        {
            return registered.Error;
        }

        // A hold placed before the camera sent the segment (an incident reported first) keeps it from the start.
        var segment = registered.Value;
        foreach (var hold in await holds.ListAsync(new ActiveHoldsOverlappingSpec(device.Checkpoint, segment.From, segment.To), cancellationToken))
        {
            if (hold.Covers(segment))
            {
                segment.PlaceHold(hold.Id, now);
            }
        }

        await segments.AddAsync(segment, cancellationToken);
        return new VideoSegmentRegistration(VideoSegmentDto.Of(segment), Created: true);
    }
}
