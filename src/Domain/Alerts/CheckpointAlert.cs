using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Alerts;

public readonly record struct AlertId(Guid Value)
{
    public static AlertId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>Why the officers of a checkpoint are alerted (R4, R11, R8, R33).</summary>
public enum AlertKind
{
    /// <summary>R30, R11: a plate was read at a gate without a booking that admits it; the barrier stayed shut.</summary>
    EntryRefused,

    /// <summary>A read came out of the journey's order (e.g. entry without leaving the zone) and was flagged.</summary>
    OutOfOrderRead,

    /// <summary>R11: a barrier did not acknowledge a command after its retries.</summary>
    BarrierUnacknowledged,

    /// <summary>R8: a device stopped sending heartbeats, or reports it runs on battery.</summary>
    DeviceSilent,

    /// <summary>R8: a device runs on its backup power.</summary>
    DeviceOnBackupPower,

    /// <summary>A message (reminder, call, call list) could not be delivered on any channel.</summary>
    DeliveryFailed,

    /// <summary>R11: a barrier acknowledged a command but reported it could not carry it out (jammed, obstructed).</summary>
    BarrierFault,
}

/// <summary>
/// Something the officers of a checkpoint must look at, shown in its live view until an officer
/// acknowledges it. Raised by the system (refused entries, silent devices, unacknowledged barrier
/// commands, undeliverable messages), never edited afterwards apart from its acknowledgement.
/// </summary>
public sealed class CheckpointAlert : AggregateRoot<AlertId>
{
    public const int MaxMessageLength = 500;
    public const int MaxPlateLength = 32;

    private CheckpointAlert()
    {
    }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public AlertKind Kind { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public Guid? DeviceId { get; private set; }

    public string? Plate { get; private set; }

    public BookingId? BookingId { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public bool IsOpen => AcknowledgedAt is null;

    public static CheckpointAlert Raise(
        CheckpointCode checkpoint, AlertKind kind, string message, DateTimeOffset now, Guid? deviceId = null, string? plate = null, BookingId? bookingId = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var alert = new CheckpointAlert
        {
            Id = AlertId.New(),
            Checkpoint = checkpoint,
            Kind = kind,
            Message = message.Length <= MaxMessageLength ? message : message[..MaxMessageLength],
            DeviceId = deviceId,
            Plate = plate is { Length: > MaxPlateLength } ? plate[..MaxPlateLength] : plate,
            BookingId = bookingId,
            RaisedAt = now,
        };
        alert.Raise(new CheckpointAlertRaised(
            alert.Id.Value, checkpoint.Value, kind, alert.Message, deviceId, alert.Plate, bookingId?.Value, now));
        return alert;
    }

    /// <summary>An officer has seen to it; acknowledging again keeps the first.</summary>
    public void Acknowledge(string officer, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        if (!IsOpen)
        {
            return;
        }

        AcknowledgedAt = now;
        AcknowledgedBy = officer;
        Raise(new CheckpointAlertAcknowledged(Id.Value, Checkpoint.Value, officer, now));
    }
}

/// <summary>An alert for a checkpoint's officers; the live view shows it. Plain values only.</summary>
public sealed record CheckpointAlertRaised(
    Guid AlertId, string Checkpoint, AlertKind Kind, string Message, Guid? DeviceId, string? Plate, Guid? BookingId, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>An officer acknowledged an alert; the live view drops it from the open ones.</summary>
public sealed record CheckpointAlertAcknowledged(Guid AlertId, string Checkpoint, string AcknowledgedBy, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
