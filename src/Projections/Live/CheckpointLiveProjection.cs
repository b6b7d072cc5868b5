using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Seo.Application.Common.Ports;
using Seo.Application.Live;
using Seo.Domain.Alerts;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;

namespace Seo.Projections.Live;

/// <summary>
/// Feeds the checkpoints' live views (R4, R2.1) and boards (R12, R32) from the outbox: each
/// journey, alert, heartbeat or camera-read event becomes an incoming entry merged into the
/// stored one (<see cref="LiveEntry.MergeInto"/>), so a redelivered or late event changes
/// nothing. The lag from the event's OccurredAt to its application is measured
/// (<see cref="LiveMetrics"/>) and kept with the view. Once per checkpoint-local day, the first
/// event of a checkpoint trims what the view no longer shows (<see cref="LiveRetention"/>).
/// </summary>
public sealed class CheckpointLiveProjection(ICheckpointLiveReadModel live, LiveMetrics metrics, TimeProvider clock) : IOutboxHandler
{
    /// <summary>Enums by name or by number: the outbox writes numbers today, names would read the same.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Every checkpoint is at UTC+5 (Kazakhstan since 1 March 2024); the trim only needs the day.</summary>
    private static readonly TimeZoneInfo Kazakhstan = TimeZoneInfo.CreateCustomTimeZone("UTC+05", KazakhstanTime.Offset, "UTC+05", "UTC+05");

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        nameof(BookingProgressed), nameof(BookingCalled), nameof(BookingAnnulled), nameof(BookingReminded), nameof(BookingCancelled),
        nameof(BookingExpired), nameof(BookingDisplaced), nameof(DisplacedBookingRefunded), nameof(CheckpointAlertRaised), nameof(CheckpointAlertAcknowledged), nameof(DeviceHeartbeatReceived),
        nameof(AnprEventRecorded),
    };

    private readonly ConcurrentDictionary<string, DateOnly> _trimmed = new(StringComparer.Ordinal);

    public bool Accepts(string eventType) => Types.Contains(eventType);

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var (checkpoint, entry) = ToEntry(envelope);
        await TrimOnceADayAsync(checkpoint, cancellationToken).ConfigureAwait(false);
        var stamp = new LiveStamp(envelope.OccurredAt, clock.GetUtcNow());
        await live.ApplyAsync(checkpoint, entry, stamp, cancellationToken).ConfigureAwait(false);
        metrics.Applied(envelope.Type, stamp.Lag);
    }

    /// <summary>The checkpoint an event is about and the entry it stands for.</summary>
    public static (string Checkpoint, LiveEntry Entry) ToEntry(OutboxEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        switch (envelope.Type)
        {
            case nameof(BookingProgressed):
                var progressed = Read<BookingProgressed>(envelope);
                return (progressed.Booking.Checkpoint, LiveVehicle.From(progressed.Booking, progressed.To.ToString(), progressed.OccurredAt, reason: progressed.Reason));
            case nameof(BookingCalled):
                // R34: the call itself says nothing of the status; dated at the epoch, it never outranks one.
                var called = Read<BookingCalled>(envelope);
                var waiting = called.InWaitingZone ? "InWaitingZone" : "Confirmed";
                return (called.Booking.Checkpoint, LiveVehicle.From(called.Booking, waiting, DateTimeOffset.UnixEpoch, calledAt: called.OccurredAt));
            case nameof(BookingAnnulled):
                return Annulment(envelope);
            case nameof(BookingReminded):
                // R29: reminded bookings are the ones expected on their day (R12: registered plates).
                var reminded = Read<BookingReminded>(envelope);
                return (reminded.Booking.Checkpoint, LiveVehicle.From(reminded.Booking, "Confirmed", reminded.OccurredAt) with { Rebuilt = true });
            case nameof(BookingCancelled):
            case nameof(DisplacedBookingRefunded):
                return StatusChange(envelope, "Cancelled");
            case nameof(BookingExpired):
                return StatusChange(envelope, "Expired");
            case nameof(BookingDisplaced):
                // R22: a closure took its place; the vehicle is no longer expected in that interval.
                return StatusChange(envelope, "Displaced");
            case nameof(CheckpointAlertRaised):
                var raised = Read<CheckpointAlertRaised>(envelope);
                return (raised.Checkpoint, new LiveAlert(raised.AlertId, raised.Kind.ToString(), raised.Message, raised.DeviceId, raised.Plate, raised.BookingId, raised.OccurredAt));
            case nameof(CheckpointAlertAcknowledged):
                var acknowledged = Read<CheckpointAlertAcknowledged>(envelope);
                return (acknowledged.Checkpoint, LiveAlert.Acknowledgement(acknowledged.AlertId, acknowledged.AcknowledgedBy, acknowledged.OccurredAt));
            case nameof(DeviceHeartbeatReceived):
                var heartbeat = Read<DeviceHeartbeatReceived>(envelope);
                return (heartbeat.Checkpoint, new LiveDevice(heartbeat.DeviceId, heartbeat.Kind.ToString(), heartbeat.Power.ToString(), heartbeat.AutonomyMinutes, heartbeat.ReportedAt));
            case nameof(AnprEventRecorded):
                var read = Read<AnprEventRecorded>(envelope);
                return (read.Checkpoint, new LiveRead(read.AnprEventId, read.Point.ToString(), read.Direction.ToString(), read.Plate, read.Outcome.ToString(), read.CapturedAt, read.BookingNumber));
            default:
                throw new InvalidOperationException($"The live projection does not take {envelope.Type} events.");
        }
    }

    /// <summary>
    /// Cancellations and expiries carry value objects (booking id, checkpoint code) rather than a
    /// journey booking: only their ids are read, and they can only close a booking the view holds.
    /// </summary>
    private static (string, LiveEntry) StatusChange(OutboxEnvelope envelope, string status)
    {
        using var payload = JsonDocument.Parse(envelope.Payload);
        var root = payload.RootElement;
        var bookingId = root.GetProperty("bookingId").GetProperty("value").GetGuid();
        var checkpoint = root.GetProperty("checkpoint").GetProperty("value").GetString()
            ?? throw new JsonException($"Outbox event #{envelope.Sequence} names no checkpoint.");
        return (checkpoint, LiveVehicle.StatusChange(bookingId, status, envelope.OccurredAt));
    }

    /// <summary>An annulment also carries value objects (its interval, the fee): only its journey booking and reason are read.</summary>
    private static (string, LiveEntry) Annulment(OutboxEnvelope envelope)
    {
        using var payload = JsonDocument.Parse(envelope.Payload);
        var root = payload.RootElement;
        var booking = root.GetProperty("booking").Deserialize<JourneyBooking>(Json)
            ?? throw new JsonException($"Outbox event #{envelope.Sequence} names no booking.");
        var reason = root.GetProperty("reason").Deserialize<AnnulmentReason>(Json);
        return (booking.Checkpoint, LiveVehicle.From(booking, "Annulled", envelope.OccurredAt, reason: reason.ToString()));
    }

    private static T Read<T>(OutboxEnvelope envelope) =>
        JsonSerializer.Deserialize<T>(envelope.Payload, Json) ?? throw new JsonException($"Outbox event #{envelope.Sequence} has an empty {typeof(T).Name} payload.");

    private async Task TrimOnceADayAsync(string checkpoint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = KazakhstanTime.DayOf(now);
        if (_trimmed.TryGetValue(checkpoint, out var done) && done == today)
        {
            return;
        }

        var snapshot = await live.ReadAsync(checkpoint, cancellationToken).ConfigureAwait(false);
        var stale = LiveRetention.Stale(snapshot.Entries, today, now, Kazakhstan);
        if (stale.Count > 0)
        {
            await live.RemoveAsync(checkpoint, stale, cancellationToken).ConfigureAwait(false);
        }

        _trimmed[checkpoint] = today;
    }
}
