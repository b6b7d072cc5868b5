using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Domain.Crossings;

public static class AnprErrors
{
    public const string ReplayedCode = "anpr-event-replayed";

    public const string NotAnAnprCameraCode = "device-not-an-anpr-camera";

    /// <summary>The event id was stored before; <paramref name="identical"/> says whether this copy says the same.</summary>
    public static DomainError Replayed(bool identical) => new(
        ReplayedCode,
        identical
            ? "This camera event was recorded before with the same content; nothing changed."
            : "This camera event id was recorded before with different content; nothing changed. A new read needs a new event id.",
        ErrorKind.Conflict,
        "R10")
    {
        Details = new Dictionary<string, object?> { ["identical"] = identical },
    };

    /// <summary>A concurrent copy of the event committed first (the store's unique key caught it).</summary>
    public static readonly DomainError ReplayedConcurrently = new(
        ReplayedCode, "This camera event was recorded by a concurrent request; nothing changed.", ErrorKind.Conflict, "R10");

    /// <summary>An officer named a barrier or a video camera: a read by hand stands in for a plate-reading camera only.</summary>
    public static readonly DomainError ManualReadNotForACamera = new(
        NotAnAnprCameraCode, "This device is not a plate-reading (ANPR) camera; a read entered by hand stands in for one.", ErrorKind.Conflict, "R10");

    /// <summary>A revoked camera is out of service for good: no read, by camera or by hand, is kept in its name.</summary>
    public static readonly DomainError ManualReadForRevokedCamera = new(
        DeviceErrors.Revoked.Code, "This camera was revoked; a read entered by hand stands in only for a camera in service.", ErrorKind.Conflict, "R10");

    public static readonly DomainError InvalidManualReason = DomainError.Validation(
        "invalid-reason", $"A reason is 1 to {ManualRead.MaxReasonLength} printable characters.");

    public static readonly DomainError PlateAsReadTooLong = DomainError.Validation(
        "invalid-plate", $"A plate as read is at most {AnprEvent.MaxPlateAsReadLength} characters.");
}
