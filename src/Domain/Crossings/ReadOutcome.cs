namespace Seo.Domain.Crossings;

/// <summary>
/// What a plate read did to the vehicle's journey. Every read is stored (R10); only
/// <see cref="Advanced"/> moves a booking, and only it opens the barrier at the camera's point (R11).
/// </summary>
public enum ReadOutcome
{
    /// <summary>The read moved the booking one step along the journey (zone entry, zone exit, checkpoint entry, crossing).</summary>
    Advanced,

    /// <summary>No active booking of this plate at this checkpoint (R30): the barrier stays shut.</summary>
    NoBooking,

    /// <summary>R30: the plate's booking is an unpaid hold, which admits nobody.</summary>
    NotPaid,

    /// <summary>R28: the vehicle arrived after its interval plus the grace; the booking is annulled without refund.</summary>
    Late,

    /// <summary>The vehicle came before the time its booking admits it (an early arrival waits for its interval, R31).</summary>
    TooEarly,

    /// <summary>The read does not fit the journey's order (e.g. entry without leaving the zone); stored, flagged, nothing moved.</summary>
    OutOfOrder,

    /// <summary>The same step was read again (a second camera pass); stored, nothing moved.</summary>
    Repeated,

    /// <summary>A read that moves nothing by design (e.g. a camera watching inside the zone).</summary>
    Observed,
}
