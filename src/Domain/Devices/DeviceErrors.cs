using Seo.Domain.Common;

namespace Seo.Domain.Devices;

public static class DeviceErrors
{
    public static readonly DomainError NotFound = DomainError.NotFound("device-not-found", "No such device.");

    public static readonly DomainError Revoked = new(
        "device-revoked", "This device's key was revoked; register the camera again to give it a new one.", ErrorKind.Conflict);

    public static readonly DomainError InvalidName = DomainError.Validation("invalid-device-name", "A device name is 1 to 100 characters.");

    public static readonly DomainError OtherCheckpoint = new(
        "device-other-checkpoint", "A camera reports only for the checkpoint it is registered at.", ErrorKind.Forbidden, "R10");
}
