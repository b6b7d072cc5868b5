using Seo.Application.Common.Ports;
using Seo.Application.Live;

namespace Seo.Projections.Live;

/// <summary>The movement both read models append for a merged entry, so that they announce it alike.</summary>
internal static class LiveMovements
{
    public static LiveMovement For(long position, LiveEntry? stored, LiveEntry merged) => new(
        position,
        merged.MovementType,
        At(merged),
        merged,
        merged is LiveVehicle after && stored is LiveVehicle before && before.Status != after.Status ? before.Status : null);

    public static LiveMovement Reload(long position, DateTimeOffset at) => new(position, LiveMovement.Reload, at, null, null);

    /// <summary>When what the entry says happened.</summary>
    private static DateTimeOffset At(LiveEntry entry) => entry switch
    {
        LiveVehicle vehicle => vehicle.StatusAt,
        LiveAlert alert => alert.AcknowledgedAt ?? alert.RaisedAt ?? default,
        LiveDevice device => device.LastHeartbeatAt,
        LiveRead read => read.CapturedAt,
        _ => default,
    };

    /// <summary>
    /// Where a stream's positions start: the clock's seconds times 1 000. A stream that starts again
    /// (a restarted process, an emptied Redis) starts above the positions of its earlier life unless
    /// that life averaged over 1 000 movements a second, so a client resuming from one of those is
    /// told to reload rather than given another life's movements. Thirteen digits: Redis's Lua turns
    /// numbers into text with 14 significant digits, so a position never loses one there.
    /// </summary>
    public static long Origin(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeSeconds() * 1000;
}
