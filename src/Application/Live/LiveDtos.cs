namespace Seo.Application.Live;

/// <summary>R4, R2.1: what the officers of a checkpoint see, as of <see cref="Position"/> of its stream.</summary>
/// <param name="Date">The checkpoint-local day the view is of ("today").</param>
/// <param name="LagMilliseconds">How long the last applied event took from happening to being applied.</param>
public sealed record CheckpointLiveDto(
    string Checkpoint,
    DateOnly Date,
    long Position,
    DateTimeOffset? LastEventAt,
    double? LagMilliseconds,
    IReadOnlyList<LiveVehicleDto> Expected,
    IReadOnlyList<LiveVehicleDto> Queue,
    IReadOnlyList<LiveVehicleDto> Called,
    IReadOnlyList<LiveVehicleDto> OnTerritory,
    CrossedTodayDto CrossedToday,
    IReadOnlyList<LiveAlertDto> OpenAlerts,
    IReadOnlyList<LiveDeviceDto> Devices,
    IReadOnlyList<LiveReadDto> RecentReads);

/// <summary>A booking on the view; <see cref="QueuePlace"/> is its place in the waiting-zone queue (R31), 1 first.</summary>
public sealed record LiveVehicleDto(
    Guid BookingId,
    string Number,
    string Plate,
    DateOnly Date,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool Priority,
    int SequenceNumber,
    string Status,
    DateTimeOffset StatusAt,
    DateTimeOffset? CalledAt,
    string? Reason,
    int? QueuePlace);

public sealed record CrossedTodayDto(int Count, IReadOnlyList<LiveVehicleDto> Last);

public sealed record LiveAlertDto(
    Guid AlertId, string? Kind, string? Message, Guid? DeviceId, string? Plate, Guid? BookingId, DateTimeOffset? RaisedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy);

/// <summary>R8: a device's state; <see cref="Silent"/> and <see cref="OnBackupPower"/> follow the open alerts about it.</summary>
public sealed record LiveDeviceDto(Guid DeviceId, string Kind, string Power, int? AutonomyMinutes, DateTimeOffset LastHeartbeatAt, bool Silent, bool OnBackupPower);

public sealed record LiveReadDto(Guid ReadId, string Point, string Direction, string Plate, string Outcome, DateTimeOffset CapturedAt, string? BookingNumber);

/// <summary>One movement of the officers' stream (the SSE <c>data:</c>); one of the entries is set, by <see cref="Type"/>.</summary>
public sealed record LiveMovementDto(
    long Position, string Type, DateTimeOffset At, string? PreviousStatus, LiveVehicleDto? Vehicle, LiveAlertDto? Alert, LiveDeviceDto? Device, LiveReadDto? Read);

/// <summary>What a rebuild put in the live views.</summary>
public sealed record LiveRebuildDto(int Checkpoints, int Vehicles, int Alerts);
