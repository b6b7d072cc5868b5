using Seo.Application.Common.Ports;

namespace Seo.Application.Live.Boards;

/// <summary>
/// R12, R32: a checkpoint's public information board — the plates registered for today, the
/// waiting-zone queue in its order (R31), who is called (R34), who is on the territory and who
/// crossed last. Plates are masked (<see cref="PlateMask"/>) and cleaned; no owner, VIN or
/// booking identity is shown.
/// </summary>
public sealed record BoardDto(
    string Checkpoint,
    string Name,
    DateOnly Date,
    long Position,
    IReadOnlyList<BoardVehicleDto> Expected,
    IReadOnlyList<BoardVehicleDto> Queue,
    IReadOnlyList<BoardVehicleDto> Called,
    IReadOnlyList<BoardVehicleDto> OnTerritory,
    IReadOnlyList<BoardVehicleDto> RecentlyCrossed);

/// <summary>A truck on a board: its masked plate, booked interval (checkpoint-local start), place in the queue and coarse state.</summary>
/// <param name="State">expected, waiting, called, on-territory, crossed or gone.</param>
public sealed record BoardVehicleDto(string Plate, string Interval, int? Place, string State);

/// <summary>One movement of a board's stream: a truck that changed state, or <c>reload</c>.</summary>
public sealed record BoardMovementDto(long Position, string Type, BoardVehicleDto? Vehicle);

public static class Board
{
    public static BoardDto Compose(string checkpoint, string name, LiveSnapshot snapshot, DateOnly today, TimeZoneInfo zone, BoardOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var day = new LiveDay(checkpoint, snapshot, today, zone);
        return new BoardDto(
            checkpoint,
            BoardText.Clean(name),
            today,
            snapshot.Position,
            [.. day.Expected.Select(v => ToDto(v, options.PlateMask))],
            [.. day.Queue.Select((v, index) => ToDto(v, options.PlateMask, index + 1))],
            [.. day.Called.Select(v => ToDto(v, options.PlateMask))],
            [.. day.OnTerritory.Select(v => ToDto(v, options.PlateMask))],
            [.. day.Crossed.Take(options.CrossedShown).Select(v => ToDto(v, options.PlateMask))]);
    }

    /// <summary>A movement as a board's stream shows it, or null when boards show nothing of it (alerts, devices, camera reads).</summary>
    public static BoardMovementDto? ToDto(LiveMovement movement, PlateMask mask)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return movement switch
        {
            { Type: LiveMovement.Reload } => new BoardMovementDto(movement.Position, LiveMovement.Reload, null),
            { Entry: LiveVehicle vehicle } when vehicle.Stage != JourneyStage.None => new BoardMovementDto(movement.Position, LiveVehicle.Kind, ToDto(vehicle, mask)),
            _ => null,
        };
    }

    private static BoardVehicleDto ToDto(LiveVehicle vehicle, PlateMask mask, int? place = null) =>
        new(PlateMasking.Mask(vehicle.Plate, mask), vehicle.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), place, StateOf(vehicle));

    private static string StateOf(LiveVehicle vehicle) => vehicle.Stage switch
    {
        _ when vehicle.CalledAt is not null && vehicle.Stage is JourneyStage.Expected or JourneyStage.InWaitingZone => "called",
        JourneyStage.Expected => "expected",
        JourneyStage.InWaitingZone => "waiting",
        JourneyStage.Called => "called",
        JourneyStage.OnTerritory => "on-territory",
        JourneyStage.Crossed => "crossed",
        _ => "gone",
    };
}
