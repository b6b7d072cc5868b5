namespace Seo.Application.Live;

/// <summary>Where a booking stands on a checkpoint's live view (R4, R2.1) and its boards (R12, R32).</summary>
public enum JourneyStage
{
    /// <summary>Not shown: unpaid, or a status this view does not know.</summary>
    None,

    /// <summary>Paid and expected on its date (R12: registered plates).</summary>
    Expected,

    /// <summary>Read at the waiting zone's entry; waits in the queue (R31).</summary>
    InWaitingZone,

    /// <summary>Called from the waiting zone (R34).</summary>
    Called,

    /// <summary>On the checkpoint's territory: left the waiting zone, or read at the checkpoint's entry.</summary>
    OnTerritory,

    /// <summary>Crossed the border line.</summary>
    Crossed,

    /// <summary>Closed without crossing: refused entry, annulled (R35, R28), cancelled, expired or displaced by a closure (R22).</summary>
    Closed,
}

/// <summary>
/// Reads booking statuses <b>by name</b>: the journey's statuses are still being added to
/// <c>BookingStatus</c>, and the live view must neither depend on their numbers nor fail to
/// build while some of them (LeftWaitingZone, RefusedEntry) do not exist yet.
/// </summary>
public static class JourneyStages
{
    private static readonly Dictionary<string, (JourneyStage Stage, int Rank)> Known = new(StringComparer.Ordinal)
    {
        ["AwaitingPayment"] = (JourneyStage.None, 0),
        ["Confirmed"] = (JourneyStage.Expected, 1),
        ["InWaitingZone"] = (JourneyStage.InWaitingZone, 2),
        ["Called"] = (JourneyStage.Called, 3),
        ["LeftWaitingZone"] = (JourneyStage.OnTerritory, 4),
        ["AtCheckpoint"] = (JourneyStage.OnTerritory, 5),
        ["Completed"] = (JourneyStage.Crossed, 6),
        ["RefusedEntry"] = (JourneyStage.Closed, 6),
        ["Annulled"] = (JourneyStage.Closed, 6),
        ["Cancelled"] = (JourneyStage.Closed, 6),
        ["Expired"] = (JourneyStage.Closed, 6),
        // R22: a closure took its place; for the view of that day it is closed.
        ["Displaced"] = (JourneyStage.Closed, 6),
    };

    /// <summary>The statuses a rebuild reads from the write store: every one a live view shows, or that closes a booking of the day.</summary>
    public static IReadOnlyList<string> Shown { get; } = [.. Known.Where(status => status.Value.Stage != JourneyStage.None).Select(status => status.Key)];

    public static JourneyStage StageOf(string status) => Known.TryGetValue(status, out var known) ? known.Stage : JourneyStage.None;

    /// <summary>How far along the journey a status is: a journey only moves forward, so a higher rank is a later state.</summary>
    public static int RankOf(string status) => Known.TryGetValue(status, out var known) ? known.Rank : 0;
}
