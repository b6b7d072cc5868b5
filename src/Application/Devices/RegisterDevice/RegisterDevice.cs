using Seo.Application.Common.Ports;
using Seo.Application.Audit;
using Mediator;
using Seo.Application.Devices.Common;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.RegisterDevice;

/// <summary>
/// R10, R11: the registrar registers a device at a checkpoint's camera point, for one direction of
/// traffic: an ANPR camera (the default, so clients that name no kind keep working), a video
/// camera or a barrier. The answer carries the device's API key, once.
/// </summary>
public sealed record RegisterDevice(string? Name, string? Checkpoint, CameraPoint? Point, CrossingDirection? Direction, DeviceKind? Kind = null)
    : ICommand<Result<DeviceKeyIssued>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.DeviceRegistered, (answer as DeviceKeyIssued)?.Device.Id.ToString(), new { name = Name, checkpoint = Checkpoint, point = Point?.ToString(), kind = Kind?.ToString() });
}
