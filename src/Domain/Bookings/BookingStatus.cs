namespace Seo.Domain.Bookings;

/// <summary>Where a booking is in its life (R20–R35).</summary>
public enum BookingStatus
{
    /// <summary>Issued and holding capacity until the fee is paid or the hold expires.</summary>
    AwaitingPayment,

    /// <summary>Paid; the vehicle is expected on the booked date and interval.</summary>
    Confirmed,

    /// <summary>The vehicle's plate was read at the waiting zone's entry (R31); it waits for its call.</summary>
    InWaitingZone,

    /// <summary>The vehicle is in the waiting zone and has been called from it (R34).</summary>
    Called,

    /// <summary>The called vehicle's plate was read at the waiting zone's exit.</summary>
    LeftWaitingZone,

    /// <summary>The vehicle's plate was read on entry to the checkpoint (R30); the barrier opened for it (R11).</summary>
    AtCheckpoint,

    /// <summary>The vehicle crossed the border line (R10).</summary>
    Completed,

    /// <summary>An officer refused the vehicle entry or passage; the fee is kept.</summary>
    RefusedEntry,

    /// <summary>The owner cancelled; the fee, if paid, is not refunded (R28).</summary>
    Cancelled,

    /// <summary>The vehicle did not arrive on the booked date and interval (R35).</summary>
    Annulled,

    /// <summary>The fee was not paid in time; the capacity went back on sale.</summary>
    Expired,

    /// <summary>
    /// R22, R28: a capacity change (a closure) left no interval up to the horizon for this paid
    /// booking. It holds no place; until its deadline the owner moves it to any date, free and
    /// uncounted, or takes the fee back; at the deadline the fee is refunded.
    /// </summary>
    Displaced,
}

/// <summary>The legal moves between statuses; anything else is refused.</summary>
public static class BookingStatusTransitions
{
    private static readonly Dictionary<BookingStatus, BookingStatus[]> Allowed = new()
    {
        [BookingStatus.AwaitingPayment] = [BookingStatus.Confirmed, BookingStatus.Cancelled, BookingStatus.Expired],
        // A vehicle called before it arrived enters the zone as called; a checkpoint without a zone goes straight to entry.
        [BookingStatus.Confirmed] = [BookingStatus.InWaitingZone, BookingStatus.Called, BookingStatus.AtCheckpoint, BookingStatus.Cancelled, BookingStatus.Annulled, BookingStatus.RefusedEntry, BookingStatus.Displaced],
        [BookingStatus.InWaitingZone] = [BookingStatus.Called, BookingStatus.RefusedEntry],
        [BookingStatus.Called] = [BookingStatus.LeftWaitingZone, BookingStatus.Annulled, BookingStatus.RefusedEntry],
        [BookingStatus.LeftWaitingZone] = [BookingStatus.AtCheckpoint, BookingStatus.RefusedEntry],
        [BookingStatus.AtCheckpoint] = [BookingStatus.Completed, BookingStatus.RefusedEntry],
        [BookingStatus.Completed] = [],
        [BookingStatus.RefusedEntry] = [],
        [BookingStatus.Cancelled] = [],
        [BookingStatus.Annulled] = [],
        // Only a payment that arrived after its hold ran out, when the place could be taken again (PaymentIntent).
        [BookingStatus.Expired] = [BookingStatus.Confirmed],
        // Placed again by the owner's free move, or withdrawn with its fee refunded.
        [BookingStatus.Displaced] = [BookingStatus.Confirmed, BookingStatus.Cancelled],
    };

    public static bool IsAllowed(BookingStatus from, BookingStatus to) => Allowed[from].Contains(to);

    /// <summary>
    /// Active bookings count for R21 (one active booking per vehicle) and, except a displaced one,
    /// hold capacity: a displaced booking keeps its vehicle until the owner places it again or takes the fee back.
    /// </summary>
    public static bool IsActive(BookingStatus status) =>
        status is BookingStatus.AwaitingPayment or BookingStatus.Confirmed or BookingStatus.InWaitingZone
            or BookingStatus.Called or BookingStatus.LeftWaitingZone or BookingStatus.AtCheckpoint or BookingStatus.Displaced;
}
