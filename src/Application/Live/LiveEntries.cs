using System.Text.Json.Serialization;
using Seo.Domain.Bookings.Journey;

namespace Seo.Application.Live;

/// <summary>
/// One thing a checkpoint's live view holds, keyed by the identity of what it describes (a
/// booking, an alert, a device, a camera read). Events from the outbox arrive at least once and,
/// across aggregates, in any order: each is turned into an incoming entry and merged into the
/// stored one by <see cref="MergeInto"/>, which keeps the newer state, so a repeat or a late
/// event changes nothing. Both read models run this same merge.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LiveVehicle), LiveVehicle.Kind)]
[JsonDerivedType(typeof(LiveAlert), LiveAlert.Kind)]
[JsonDerivedType(typeof(LiveDevice), LiveDevice.Kind)]
[JsonDerivedType(typeof(LiveRead), LiveRead.Kind)]
public abstract record LiveEntry
{
    /// <summary>Where the entry is stored within its checkpoint: kind and id.</summary>
    [JsonIgnore]
    public abstract string Key { get; }

    /// <summary>The movement type its changes are announced under (the SSE <c>event:</c>).</summary>
    [JsonIgnore]
    public abstract string MovementType { get; }

    /// <summary>
    /// This incoming entry merged into <paramref name="stored"/> (null: nothing stored yet): what
    /// to store and whether the change is announced as a movement, or null when nothing changes.
    /// </summary>
    public abstract LiveMerge? MergeInto(LiveEntry? stored);
}

/// <summary>What a merge stores, and whether it is a movement the stream announces.</summary>
public sealed record LiveMerge(LiveEntry Entry, bool Announce);

/// <summary>
/// A booking at the checkpoint with its journey status (by name, see <see cref="JourneyStages"/>).
/// <see cref="StatusAt"/> is when the status was reached (the event's OccurredAt) or, for a
/// <see cref="Rebuilt"/> entry, when the write store was read.
/// </summary>
public sealed record LiveVehicle(
    Guid BookingId,
    string Number,
    string Plate,
    DateOnly Date,
    TimeOnly Start,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool Priority,
    int SequenceNumber,
    string Status,
    DateTimeOffset StatusAt,
    DateTimeOffset? CalledAt = null,
    string? Reason = null,
    bool Rebuilt = false,
    bool StatusOnly = false) : LiveEntry
{
    public const string Kind = "vehicle";

    [JsonIgnore]
    public override string Key => KeyOf(BookingId);

    [JsonIgnore]
    public override string MovementType => Kind;

    [JsonIgnore]
    public JourneyStage Stage => JourneyStages.StageOf(Status);

    public static string KeyOf(Guid bookingId) => $"{Kind}:{bookingId:N}";

    /// <summary>The booking as a journey event carries it, in the given status.</summary>
    public static LiveVehicle From(JourneyBooking booking, string status, DateTimeOffset at, DateTimeOffset? calledAt = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new LiveVehicle(
            booking.BookingId, booking.Number, booking.Plate, booking.Date, booking.Start, booking.StartsAt, booking.EndsAt,
            booking.Priority, booking.SequenceNumber, status, at, calledAt, reason);
    }

    /// <summary>
    /// An event that names the booking but not its vehicle (a cancellation, an expiry): it can
    /// close a booking the view holds, and adds none.
    /// </summary>
    public static LiveVehicle StatusChange(Guid bookingId, string status, DateTimeOffset at) =>
        new(bookingId, string.Empty, string.Empty, default, default, default, default, false, 0, status, at, StatusOnly: true);

    /// <summary>The values the queue order (R31) compares.</summary>
    public JourneyBooking ToJourney(string checkpoint) =>
        new(BookingId, Guid.Empty, checkpoint, Number, Plate, Date, Start, StartsAt, EndsAt, Priority, SequenceNumber);

    public override LiveMerge? MergeInto(LiveEntry? stored)
    {
        if (stored is not LiveVehicle current)
        {
            return StatusOnly ? null : new LiveMerge(this, Announce: true);
        }

        // R34: called once per booking; the first call stays whatever order the events come in.
        var calledAt = current.CalledAt ?? CalledAt;
        LiveVehicle merged;
        if (Supersedes(current))
        {
            merged = StatusOnly
                ? current with { Status = Status, StatusAt = StatusAt, CalledAt = calledAt, Rebuilt = false }
                : this with { CalledAt = calledAt, Reason = Reason ?? (Status == current.Status ? current.Reason : null) };
        }
        else
        {
            merged = current with { CalledAt = calledAt };
        }

        return merged == current ? null : new LiveMerge(merged, Announce: true);
    }

    /// <summary>
    /// Whether this state is newer than the stored one. Between events, the later OccurredAt wins
    /// (the same instant: the later journey step). A rebuilt state was read at some instant that
    /// does not order it against events, so a rebuild only ever moves a booking forward, and an
    /// event beats a rebuilt state when it happened after the read or is further along.
    /// </summary>
    private bool Supersedes(LiveVehicle current)
    {
        var forward = JourneyStages.RankOf(Status) > JourneyStages.RankOf(current.Status);
        if (Rebuilt)
        {
            return forward;
        }

        if (current.Rebuilt)
        {
            return StatusAt > current.StatusAt || forward;
        }

        return StatusAt > current.StatusAt || (StatusAt == current.StatusAt && forward);
    }
}

/// <summary>
/// An alert for the checkpoint's officers, open until acknowledged. An acknowledgement that comes
/// before its alert is kept, so the alert never reopens.
/// </summary>
public sealed record LiveAlert(
    Guid AlertId,
    string? AlertKind,
    string? Message,
    Guid? DeviceId,
    string? Plate,
    Guid? BookingId,
    DateTimeOffset? RaisedAt,
    DateTimeOffset? AcknowledgedAt = null,
    string? AcknowledgedBy = null) : LiveEntry
{
    public const string Kind = "alert";

    [JsonIgnore]
    public override string Key => KeyOf(AlertId);

    [JsonIgnore]
    public override string MovementType => Kind;

    [JsonIgnore]
    public bool IsOpen => AcknowledgedAt is null && RaisedAt is not null;

    public static string KeyOf(Guid alertId) => $"{Kind}:{alertId:N}";

    public static LiveAlert Acknowledgement(Guid alertId, string by, DateTimeOffset at) => new(alertId, null, null, null, null, null, null, at, by);

    public override LiveMerge? MergeInto(LiveEntry? stored)
    {
        if (stored is not LiveAlert current)
        {
            return new LiveMerge(this, Announce: true);
        }

        // What was raised never changes; the first acknowledgement is the one kept.
        var merged = current with
        {
            AlertKind = current.AlertKind ?? AlertKind,
            Message = current.Message ?? Message,
            DeviceId = current.DeviceId ?? DeviceId,
            Plate = current.Plate ?? Plate,
            BookingId = current.BookingId ?? BookingId,
            RaisedAt = current.RaisedAt ?? RaisedAt,
            AcknowledgedAt = current.AcknowledgedAt ?? AcknowledgedAt,
            AcknowledgedBy = current.AcknowledgedAt is null ? AcknowledgedBy : current.AcknowledgedBy,
        };
        return merged == current ? null : new LiveMerge(merged, Announce: true);
    }
}

/// <summary>R8: a device's last heartbeat, its power source and autonomy.</summary>
public sealed record LiveDevice(Guid DeviceId, string DeviceKind, string Power, int? AutonomyMinutes, DateTimeOffset LastHeartbeatAt) : LiveEntry
{
    public const string Kind = "device";

    [JsonIgnore]
    public override string Key => $"{Kind}:{DeviceId:N}";

    [JsonIgnore]
    public override string MovementType => Kind;

    public override LiveMerge? MergeInto(LiveEntry? stored)
    {
        if (stored is not LiveDevice current)
        {
            return new LiveMerge(this, Announce: true);
        }

        if (LastHeartbeatAt <= current.LastHeartbeatAt)
        {
            return null;
        }

        // Every heartbeat is kept (the last one is shown), but only a change of state is a movement.
        var changed = DeviceKind != current.DeviceKind || Power != current.Power || AutonomyMinutes != current.AutonomyMinutes;
        return new LiveMerge(this, Announce: changed);
    }
}

/// <summary>A camera read at the checkpoint (R10) and what it did to the journey.</summary>
public sealed record LiveRead(
    Guid ReadId, string Point, string Direction, string Plate, string Outcome, DateTimeOffset CapturedAt, string? BookingNumber) : LiveEntry
{
    public const string Kind = "read";

    [JsonIgnore]
    public override string Key => $"{Kind}:{ReadId:N}";

    [JsonIgnore]
    public override string MovementType => Kind;

    /// <summary>A read is stored once; its redelivery is the same read.</summary>
    public override LiveMerge? MergeInto(LiveEntry? stored) => stored is null ? new LiveMerge(this, Announce: true) : null;
}
