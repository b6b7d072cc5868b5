using Seo.Domain.Common;

namespace Seo.Domain.Barriers;

public static class BarrierErrors
{
    public const string NotABarrierCode = "device-not-a-barrier";

    /// <summary>The officer console named a device that is a camera, not a barrier.</summary>
    public static readonly DomainError NotABarrier = new(
        NotABarrierCode, "This device is not a barrier; only barriers take open and close commands.", ErrorKind.Conflict, "R11");

    /// <summary>A camera's key on the barrier endpoints.</summary>
    public static readonly DomainError DeviceNotABarrier = new(
        NotABarrierCode, "Only a barrier's key collects and acknowledges barrier commands.", ErrorKind.Forbidden, "R11");

    /// <summary>A barrier's (or video camera's) key on the plate-read endpoint.</summary>
    public static readonly DomainError DeviceNotACamera = new(
        Crossings.AnprErrors.NotAnAnprCameraCode, "Only a plate-reading (ANPR) camera reports reads.", ErrorKind.Forbidden, "R10");

    public static readonly DomainError CommandNotFound = DomainError.NotFound("barrier-command-not-found", "No such command for this barrier.");

    public static readonly DomainError NotDelivered = new(
        "barrier-command-not-delivered", "This command has not been delivered to the barrier yet; collect it before acknowledging it.", ErrorKind.Conflict, "R11");

    /// <summary>An acknowledgement that contradicts the one already kept: the first one stands.</summary>
    public static DomainError AcknowledgedOtherwise(BarrierAckOutcome kept) => new(
        "barrier-command-acknowledged", $"This command was already acknowledged as {kept}; the first acknowledgement stands.", ErrorKind.Conflict, "R11")
    {
        Details = new Dictionary<string, object?> { ["outcome"] = kept.ToString() },
    };

    public static readonly DomainError InvalidReason = DomainError.Validation(
        "invalid-barrier-reason", $"A reason is 1 to {BarrierCommand.MaxReasonLength} printable characters.");
}
