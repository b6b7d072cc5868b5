namespace Seo.CheckpointSimulator;

/// <summary>How a truck of the simulated day behaves.</summary>
public enum TruckPlan
{
    /// <summary>Arrives at the waiting zone 45 minutes before its interval.</summary>
    OnTime,

    /// <summary>Arrives six hours early and waits in the zone for its call (R31).</summary>
    Early,

    /// <summary>Arrives 35 minutes after its interval ended, past the 30-minute grace (R28).</summary>
    Late,

    /// <summary>Never comes (R35).</summary>
    Absent,
}

/// <summary>Where a truck is on its way through the checkpoint, as the simulator drives it.</summary>
internal enum TruckStage
{
    Away,
    InZone,
    LeftZone,
    Entered,
    Crossed,
    Gone,
}

internal sealed class SimulatedTruck(int index, TruckPlan plan)
{
    public int Index { get; } = index;

    public TruckPlan Plan { get; } = plan;

    public Guid BookingId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public TruckStage Stage { get; set; } = TruckStage.Away;

    public DateTimeOffset? CalledAt { get; set; }

    public DateTimeOffset NextMoveAt { get; set; } = DateTimeOffset.MaxValue;

    /// <summary>What each camera answered, in order ("Advanced", "Late", "NoBooking"…).</summary>
    public List<string> Outcomes { get; } = [];

    /// <summary>The plan's first move, once the booking is known.</summary>
    public void PlanArrival() => NextMoveAt = Plan switch
    {
        TruckPlan.Early => StartsAt.AddHours(-6),
        TruckPlan.Late => EndsAt.AddMinutes(35),
        TruckPlan.Absent => DateTimeOffset.MaxValue,
        _ => StartsAt.AddMinutes(-45),
    };

    /// <summary>One in ten never comes, one in ten comes late, one in ten early, the rest on time.</summary>
    public static TruckPlan PlanOf(int index) => (index % 10) switch
    {
        0 => TruckPlan.Absent,
        1 => TruckPlan.Late,
        2 => TruckPlan.Early,
        _ => TruckPlan.OnTime,
    };
}
