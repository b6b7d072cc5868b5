namespace Seo.Application.Common;

/// <summary>
/// Caps on what one account may hold at once (section <c>Seo:Bookings:Caps</c>), so that no
/// account can take a checkpoint-day with unpaid holds or recycle places by cancel-and-rebook.
/// A zero (or negative) value turns that cap off.
/// </summary>
public sealed class BookingCapOptions
{
    public const string Section = "Seo:Bookings:Caps";

    /// <summary>How many unpaid holds (bookings awaiting payment, hold not run out) one account may have at once.</summary>
    public int MaxUnpaidHoldsPerAccount { get; set; } = 5;

    /// <summary>How many active bookings one account may have on one checkpoint-day (a checkpoint and its local date).</summary>
    public int MaxBookingsPerAccountPerCheckpointDay { get; set; } = 10;

    /// <summary>How long a vehicle (by VIN, or plate within its country, as R21 identifies it) waits before it is held again after a cancel or an expired hold.</summary>
    public TimeSpan VehicleCoolDown { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether a cap counts what one account holds (unpaid holds, a day's share): only then must
    /// the account's requests be decided one after the other. The cool-down is the vehicle's,
    /// and R21's unique index already decides a vehicle's parallel requests.
    /// </summary>
    public bool CountsPerAccount => MaxUnpaidHoldsPerAccount > 0 || MaxBookingsPerAccountPerCheckpointDay > 0;
}
