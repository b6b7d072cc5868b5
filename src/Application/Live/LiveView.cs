using Seo.Application.Common.Ports;
using Seo.Domain.Alerts;
using Seo.Domain.Bookings.Journey;

namespace Seo.Application.Live;

/// <summary>
/// Turns what the read model holds into the officers' view of one checkpoint-local day: the same
/// composition whichever store holds the entries. Instants are shown in the checkpoint's zone.
/// </summary>
public static class LiveView
{
    /// <summary>How many of the day's crossings are listed (all are counted).</summary>
    public const int CrossedShown = 20;

    /// <summary>How many recent camera reads are listed.</summary>
    public const int ReadsShown = 20;

    public static CheckpointLiveDto Compose(string checkpoint, LiveSnapshot snapshot, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(zone);
        var day = new LiveDay(checkpoint, snapshot, today, zone);
        var alerts = snapshot.Entries.OfType<LiveAlert>().Where(alert => alert.IsOpen).OrderBy(alert => alert.RaisedAt).ThenBy(alert => alert.AlertId).ToList();
        var crossed = day.Crossed;
        return new CheckpointLiveDto(
            checkpoint,
            today,
            snapshot.Position,
            snapshot.LastApplied is { } last ? Local(last.OccurredAt, zone) : null,
            snapshot.LastApplied?.Lag.TotalMilliseconds,
            [.. day.Expected.Select(v => ToDto(v, zone))],
            [.. day.Queue.Select((v, index) => ToDto(v, zone, index + 1))],
            [.. day.Called.Select(v => ToDto(v, zone))],
            [.. day.OnTerritory.Select(v => ToDto(v, zone))],
            new CrossedTodayDto(crossed.Count, [.. crossed.Take(CrossedShown).Select(v => ToDto(v, zone))]),
            [.. alerts.Select(alert => ToDto(alert, zone))],
            [.. snapshot.Entries.OfType<LiveDevice>().OrderBy(d => d.DeviceKind, StringComparer.Ordinal).ThenBy(d => d.DeviceId).Select(d => ToDto(d, alerts, zone))],
            [.. snapshot.Entries.OfType<LiveRead>().OrderByDescending(r => r.CapturedAt).ThenBy(r => r.ReadId).Take(ReadsShown).Select(r => ToDto(r, zone))]);
    }

    /// <summary>A movement as the officers' stream carries it.</summary>
    public static LiveMovementDto ToDto(LiveMovement movement, IReadOnlyList<LiveAlert> openAlerts, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return new LiveMovementDto(
            movement.Position,
            movement.Type,
            Local(movement.At, zone),
            movement.PreviousStatus,
            movement.Entry is LiveVehicle vehicle ? ToDto(vehicle, zone) : null,
            movement.Entry is LiveAlert alert ? ToDto(alert, zone) : null,
            movement.Entry is LiveDevice device ? ToDto(device, openAlerts, zone) : null,
            movement.Entry is LiveRead read ? ToDto(read, zone) : null);
    }

    public static DateTimeOffset Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(Local(instant, zone).DateTime);

    private static LiveVehicleDto ToDto(LiveVehicle v, TimeZoneInfo zone, int? place = null) => new(
        v.BookingId, v.Number, v.Plate, v.Date, Local(v.StartsAt, zone), Local(v.EndsAt, zone), v.Priority, v.SequenceNumber, v.Status,
        Local(v.StatusAt, zone), v.CalledAt is { } called ? Local(called, zone) : null, v.Reason, place);

    private static LiveAlertDto ToDto(LiveAlert a, TimeZoneInfo zone) => new(
        a.AlertId, a.AlertKind, a.Message, a.DeviceId, a.Plate, a.BookingId,
        a.RaisedAt is { } raised ? Local(raised, zone) : null, a.AcknowledgedAt is { } acknowledged ? Local(acknowledged, zone) : null, a.AcknowledgedBy);

    private static LiveDeviceDto ToDto(LiveDevice d, IReadOnlyList<LiveAlert> openAlerts, TimeZoneInfo zone) => new(
        d.DeviceId, d.DeviceKind, d.Power, d.AutonomyMinutes, Local(d.LastHeartbeatAt, zone),
        Silent: openAlerts.Any(a => a.DeviceId == d.DeviceId && a.AlertKind == nameof(AlertKind.DeviceSilent)),
        OnBackupPower: openAlerts.Any(a => a.DeviceId == d.DeviceId && a.AlertKind == nameof(AlertKind.DeviceOnBackupPower)));

    private static LiveReadDto ToDto(LiveRead r, TimeZoneInfo zone) =>
        new(r.ReadId, r.Point, r.Direction, r.Plate, r.Outcome, Local(r.CapturedAt, zone), r.BookingNumber);
}

/// <summary>The bookings of one checkpoint-local day, sorted into the lists the live view and the boards show.</summary>
public sealed class LiveDay
{
    public LiveDay(string checkpoint, LiveSnapshot snapshot, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var vehicles = snapshot.Entries.OfType<LiveVehicle>().ToList();
        var queueOrder = Comparer<LiveVehicle>.Create((x, y) => QueueOrder.Instance.Compare(x.ToJourney(checkpoint), y.ToJourney(checkpoint)));

        // R34: a call stands until the vehicle leaves the zone, whether or not its status event came yet.
        bool IsCalled(LiveVehicle v) => v.Stage == JourneyStage.Called || (v.CalledAt is not null && v.Stage is JourneyStage.Expected or JourneyStage.InWaitingZone);

        Expected = [.. vehicles.Where(v => v.Stage == JourneyStage.Expected && v.Date == today && !IsCalled(v)).Order(queueOrder)];

        // R31: the queue is in the order the system sets, not by arrival: an early arrival waits for its interval.
        Queue = [.. vehicles.Where(v => v.Stage == JourneyStage.InWaitingZone && !IsCalled(v)).Order(queueOrder)];
        Called = [.. vehicles.Where(IsCalled).OrderBy(v => v.CalledAt ?? v.StatusAt).ThenBy(v => v, queueOrder)];
        OnTerritory = [.. vehicles.Where(v => v.Stage == JourneyStage.OnTerritory).OrderBy(v => v.StatusAt).ThenBy(v => v, queueOrder)];
        Crossed = [.. vehicles.Where(v => v.Stage == JourneyStage.Crossed && LiveView.DayOf(v.StatusAt, zone) == today)
            .OrderByDescending(v => v.StatusAt).ThenBy(v => v, queueOrder)];
    }

    public IReadOnlyList<LiveVehicle> Expected { get; }

    public IReadOnlyList<LiveVehicle> Queue { get; }

    public IReadOnlyList<LiveVehicle> Called { get; }

    public IReadOnlyList<LiveVehicle> OnTerritory { get; }

    /// <summary>Crossed on the day, the latest first.</summary>
    public IReadOnlyList<LiveVehicle> Crossed { get; }
}

/// <summary>What the live views stop keeping once its day is over ("old days are trimmed").</summary>
public static class LiveRetention
{
    /// <summary>Camera reads kept per checkpoint, however recent.</summary>
    public const int ReadsKept = 100;

    private static readonly TimeSpan DeviceKept = TimeSpan.FromDays(7);

    public static IReadOnlyList<LiveEntry> Stale(IReadOnlyList<LiveEntry> entries, DateOnly today, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var stale = new List<LiveEntry>();

        // A vehicle still in the zone or on the territory stays, whatever its date, until the journey closes it.
        stale.AddRange(entries.OfType<LiveVehicle>().Where(v =>
            v.Date < today.AddDays(-1) && LiveView.DayOf(v.StatusAt, zone) < today
            && v.Stage is not (JourneyStage.InWaitingZone or JourneyStage.Called or JourneyStage.OnTerritory)));
        stale.AddRange(entries.OfType<LiveAlert>().Where(a => a.AcknowledgedAt is { } at && LiveView.DayOf(at, zone) < today));
        var reads = entries.OfType<LiveRead>().OrderByDescending(r => r.CapturedAt).ToList();
        stale.AddRange(reads.Where((read, index) => index >= ReadsKept || LiveView.DayOf(read.CapturedAt, zone) < today));
        stale.AddRange(entries.OfType<LiveDevice>().Where(d => now - d.LastHeartbeatAt > DeviceKept));
        return stale;
    }
}
