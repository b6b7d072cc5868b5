using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Crossings;

/// <summary>
/// R10: a plate an officer read with their own eyes and entered for a camera that could not read it
/// (down, blinded, a plate it cannot make out). Plate reading must not stop when a camera does, so the
/// entry stands in for that camera's read — its checkpoint, point and direction — and keeps who
/// entered it and why. A person is sure of what they typed: the confidence is 1, and there is no picture.
/// A value that exists is valid: only <see cref="For"/> makes one.
/// </summary>
public sealed record ManualRead
{
    public const int MaxReasonLength = 500;

    /// <summary>An officer's read is not a guess.</summary>
    public const double Confidence = 1d;

    private ManualRead(DeviceId camera, AnprReading reading, Guid enteredBy, string reason)
    {
        Camera = camera;
        Reading = reading;
        EnteredBy = enteredBy;
        Reason = reason;
    }

    /// <summary>The camera the read stands in for.</summary>
    public DeviceId Camera { get; }

    public AnprReading Reading { get; }

    /// <summary>The account id of the officer (or registrar) who entered it.</summary>
    public Guid EnteredBy { get; }

    /// <summary>Why the camera's read was not enough, trimmed.</summary>
    public string Reason { get; }

    /// <summary>
    /// A read of <paramref name="plate"/> at <paramref name="capturedAt"/> entered by <paramref name="enteredBy"/>
    /// for <paramref name="camera"/>, which must be an unrevoked ANPR camera (409 otherwise).
    /// </summary>
    public static Result<ManualRead> For(Device camera, string? plate, DateTimeOffset capturedAt, Guid enteredBy, string? reason)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentOutOfRangeException.ThrowIfEqual(enteredBy, Guid.Empty);
        if (camera.Kind != DeviceKind.AnprCamera)
        {
            return AnprErrors.ManualReadNotForACamera;
        }

        if (camera.IsRevoked)
        {
            return AnprErrors.ManualReadForRevokedCamera;
        }

        var typed = plate?.Trim() ?? string.Empty;
        var normalised = PlateNumber.Create(typed);
        if (!normalised.IsSuccess)
        {
            return normalised.Error;
        }

        if (typed.Length > AnprEvent.MaxPlateAsReadLength)
        {
            return AnprErrors.PlateAsReadTooLong;
        }

        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxReasonLength || trimmed.Any(char.IsControl))
        {
            return AnprErrors.InvalidManualReason;
        }

        var reading = new AnprReading(typed, normalised.Value, Confidence, ImageReference: null, capturedAt, camera.Direction);
        return new ManualRead(camera.Id, reading, enteredBy, trimmed);
    }
}
