using Mediator;
using Seo.Application.Devices.Common;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.RegisterDevice;

/// <summary>
/// R10: the registrar registers an ANPR camera at a checkpoint's camera point, watching one
/// direction. The answer carries the camera's API key, once.
/// </summary>
public sealed record RegisterDevice(string? Name, string? Checkpoint, CameraPoint? Point, CrossingDirection? Direction) : ICommand<Result<DeviceKeyIssued>>;
