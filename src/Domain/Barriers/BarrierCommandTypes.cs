namespace Seo.Domain.Barriers;

public readonly record struct BarrierCommandId(Guid Value)
{
    public static BarrierCommandId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>What a barrier is told to do (R11).</summary>
public enum BarrierAction
{
    Open,
    Close,
}

/// <summary>Who gave a barrier command: the system on a camera read, or staff at the officer console (R11).</summary>
public enum BarrierCommandSource
{
    /// <summary>The system, because a camera read admitted a booking at the barrier's point (R11, R30).</summary>
    System,

    /// <summary>An officer (or the registrar) from the console, with a reason.</summary>
    Console,
}

/// <summary>
/// Where a command is on its way to the barrier: waiting to be collected, collected and not yet
/// answered, answered by the barrier, or given up after its deliveries went unanswered.
/// </summary>
public enum BarrierCommandState
{
    /// <summary>Waiting for the barrier to collect it (new, or made deliverable again after an unanswered delivery).</summary>
    Pending,

    /// <summary>The barrier collected it; its acknowledgement is awaited.</summary>
    Delivered,

    /// <summary>The barrier answered (carried out, or reported it could not).</summary>
    Acknowledged,

    /// <summary>No acknowledgement came after the allowed deliveries, or the barrier never collected it: the officers were alerted.</summary>
    Failed,
}

/// <summary>What the barrier says it did with a command.</summary>
public enum BarrierAckOutcome
{
    /// <summary>The barrier opened (or closed) as told.</summary>
    Done,

    /// <summary>The barrier could not (jammed, obstructed, no power to the motor): the officers are alerted.</summary>
    Failed,
}

/// <summary>What a sweep of an unanswered command did with it.</summary>
public enum BarrierSweepOutcome
{
    Unchanged,

    /// <summary>Made deliverable again: the barrier gets it at its next poll.</summary>
    Requeued,

    /// <summary>Given up: <see cref="BarrierCommandFailed"/> was raised.</summary>
    Failed,
}
