using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Crossings;

/// <summary>
/// One plate read by a camera at a checkpoint (R10: every plate that crossed is kept), stored once
/// by the camera's own event id, and matched to the vehicle's active booking at that checkpoint
/// when there is one (R30). A read an officer entered by hand for a camera that could not read the
/// plate (<see cref="ManualRead"/>) is kept the same way, in that camera's name, with who entered it
/// and why. Once stored it never changes: a replay of the same id is refused.
/// </summary>
public sealed class AnprEvent : AggregateRoot<Guid>
{
    public const int MaxPlateAsReadLength = 32;
    public const int MaxImageReferenceLength = 500;

    private AnprEvent()
    {
    }

    public DeviceId DeviceId { get; private set; }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public CameraPoint Point { get; private set; }

    public CrossingDirection Direction { get; private set; }

    /// <summary>The plate exactly as the camera sent it.</summary>
    public string PlateAsRead { get; private set; } = string.Empty;

    /// <summary>The plate normalised like a booking's (Latin, upper case, no spaces or dashes).</summary>
    public PlateNumber Plate { get; private set; } = null!;

    public double Confidence { get; private set; }

    public string? ImageReference { get; private set; }

    public DateTimeOffset CapturedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public BookingId? BookingId { get; private set; }

    public string? BookingNumber { get; private set; }

    public string? Vin { get; private set; }

    public bool Matched => BookingId is not null;

    /// <summary>What the read did to the journey (flagged when it moved nothing).</summary>
    public ReadOutcome Outcome { get; private set; }

    /// <summary>R10: the account id of the officer who entered the read by hand; null for a camera's own read.</summary>
    public Guid? EnteredBy { get; private set; }

    /// <summary>Why the officer entered it by hand; null for a camera's own read.</summary>
    public string? ManualReason { get; private set; }

    /// <summary>Entered by an officer rather than read by the camera.</summary>
    public bool Manual => EnteredBy is not null;

    /// <summary>Stores a read of <paramref name="device"/>, matched to <paramref name="match"/> if a booking was found.</summary>
    public static AnprEvent Record(Guid eventId, Device device, AnprReading reading, BookingMatch? match, ReadOutcome outcome, DateTimeOffset now) =>
        Store(eventId, device, reading, manual: null, match, outcome, now);

    /// <summary>
    /// R10: stores a read an officer entered by hand in the name of <paramref name="camera"/>, the
    /// camera it stands for; from here on it takes the camera read's path (matching, journey, barrier, log).
    /// </summary>
    public static AnprEvent RecordManual(Guid eventId, Device camera, ManualRead read, BookingMatch? match, ReadOutcome outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(read);
        if (read.Camera != camera.Id)
        {
            throw new ArgumentException("A read entered by hand is stored for the camera it was entered for.", nameof(read));
        }

        return Store(eventId, camera, read.Reading, read, match, outcome, now);
    }

    private static AnprEvent Store(Guid eventId, Device device, AnprReading reading, ManualRead? manual, BookingMatch? match, ReadOutcome outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentOutOfRangeException.ThrowIfEqual(eventId, Guid.Empty);
        ArgumentOutOfRangeException.ThrowIfLessThan(reading.Confidence, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reading.Confidence, 1d);
        var anpr = new AnprEvent
        {
            Id = eventId,
            DeviceId = device.Id,
            Checkpoint = device.Checkpoint,
            Point = device.Point,
            Direction = reading.Direction,
            PlateAsRead = reading.PlateAsRead,
            Plate = reading.Plate,
            Confidence = reading.Confidence,
            ImageReference = reading.ImageReference,
            CapturedAt = reading.StoredCapturedAt,
            ReceivedAt = now,
            BookingId = match?.BookingId,
            BookingNumber = match?.Number,
            Vin = match?.Vin,
            Outcome = outcome,
            EnteredBy = manual?.EnteredBy,
            ManualReason = manual?.Reason,
        };
        anpr.Raise(new AnprEventRecorded(
            eventId, device.Id.Value, device.Checkpoint.Value, device.Point, reading.Direction, reading.Plate.Value, reading.Confidence,
            reading.ImageReference, anpr.CapturedAt, match?.BookingId.Value, match?.Number, match?.Vin, outcome, now, manual?.EnteredBy, manual?.Reason));
        return anpr;
    }

    /// <summary>Whether a replay from <paramref name="device"/> says what was stored.</summary>
    public bool HasSameContent(DeviceId device, AnprReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return !Manual
            && DeviceId == device
            && string.Equals(PlateAsRead, reading.PlateAsRead, StringComparison.Ordinal)
            && Confidence.Equals(reading.Confidence)
            && string.Equals(ImageReference, reading.ImageReference, StringComparison.Ordinal)
            && CapturedAt == reading.StoredCapturedAt
            && Direction == reading.Direction;
    }

    /// <summary>
    /// Whether a resend of a read entered by hand says what was stored: the same camera, plate as
    /// typed, officer and reason, and the same capture time when the resend gives one (without one,
    /// the time was the server's at the first request, which a resend cannot repeat).
    /// </summary>
    public bool HasSameManualContent(DeviceId camera, string plateAsRead, DateTimeOffset? capturedAt, Guid enteredBy, string reason)
    {
        ArgumentNullException.ThrowIfNull(plateAsRead);
        ArgumentNullException.ThrowIfNull(reason);
        return Manual
            && DeviceId == camera
            && string.Equals(PlateAsRead, plateAsRead.Trim(), StringComparison.Ordinal)
            && EnteredBy == enteredBy
            && string.Equals(ManualReason, reason.Trim(), StringComparison.Ordinal)
            && (capturedAt is null || CapturedAt == AnprReading.Stored(capturedAt.Value));
    }
}
