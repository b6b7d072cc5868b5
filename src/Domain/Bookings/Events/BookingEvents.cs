using Seo.Domain.Accounts;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Domain.Bookings.Events;

/// <summary>A booking was issued and holds capacity until paid (R20).</summary>
public sealed record BookingRequested(
    BookingId BookingId,
    CheckpointCode Checkpoint,
    BookedInterval Interval,
    bool Priority,
    int SequenceNumber,
    Money Fee,
    DateTimeOffset HoldExpiresAt,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The booking fee was paid; the booking is confirmed.</summary>
public sealed record BookingPaid(BookingId BookingId, Money Amount, string PaymentReference, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The booking moved to another interval; <paramref name="Paid"/> tells a free reschedule from a paid one (R28).</summary>
public sealed record BookingRescheduled(
    BookingId BookingId,
    CheckpointCode Checkpoint,
    BookedInterval From,
    BookedInterval To,
    bool Paid,
    int ReschedulesUsed,
    bool Priority,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A third or later reschedule was asked for: the new interval is held until its fee is paid (R28).</summary>
public sealed record RescheduleFeeRequested(
    BookingId BookingId,
    CheckpointCode Checkpoint,
    BookedInterval Interval,
    Money Fee,
    DateTimeOffset HoldExpiresAt,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The held interval of an unpaid reschedule was given back.</summary>
public sealed record PendingRescheduleReleased(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval Interval, bool Priority, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>
/// The owner cancelled — R28: nothing is refunded, <paramref name="FeeRetained"/> is what was paid — or the registrar
/// refunded the fee for the system's or the state's fault before the vehicle came (<paramref name="Refunded"/>).
/// </summary>
public sealed record BookingCancelled(
    BookingId BookingId,
    CheckpointCode Checkpoint,
    BookedInterval Interval,
    bool Priority,
    Money FeeRetained,
    Money Refunded,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The unpaid hold ran out; its capacity is back on sale.</summary>
public sealed record BookingExpired(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval Interval, bool Priority, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>
/// R35, R28: annulled for a no-show, a late arrival or a late departure from the waiting zone;
/// the fee is kept (<paramref name="FeeRetained"/>) and the vehicle must book again.
/// </summary>
public sealed record BookingAnnulled(
    BookingId BookingId,
    CheckpointCode Checkpoint,
    BookedInterval Interval,
    Money FeeRetained,
    AnnulmentReason Reason,
    JourneyBooking Booking,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>
/// The vehicle moved along the checkpoint's journey (waiting zone, call, zone exit, entry,
/// crossing, refused entry). <paramref name="Reason"/> says why an officer refused entry.
/// </summary>
public sealed record BookingProgressed(JourneyBooking Booking, BookingStatus From, BookingStatus To, string? Reason, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>R29: the owner is told, at least 24 hours ahead, to come to the checkpoint or its waiting zone. Raised once per booking.</summary>
public sealed record BookingReminded(JourneyBooking Booking, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>
/// R34: the vehicle is called from the waiting zone, at least 60 (summer) / 120 (winter) minutes
/// before its booked time. Raised once per booking; <paramref name="InWaitingZone"/> tells whether it was there.
/// </summary>
public sealed record BookingCalled(JourneyBooking Booking, bool InWaitingZone, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>An expired hold confirmed by a payment that came late, on a place taken again (number renewed).</summary>
public sealed record BookingConfirmedByLatePayment(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval Interval, bool Priority, int SequenceNumber, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>
/// R22, R28: a capacity cut moved the booking from <paramref name="From"/> at <paramref name="Checkpoint"/>
/// to <paramref name="To"/> at <see cref="ToCheckpoint"/>, free and uncounted; the owner may pick another
/// interval on the same terms until <paramref name="RespondBy"/>.
/// </summary>
public sealed record BookingMovedByCapacityCut(
    BookingId BookingId,
    AccountId Owner,
    CheckpointCode Checkpoint,
    BookedInterval From,
    BookedInterval To,
    bool Priority,
    DateTimeOffset RespondBy,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt)
{
    /// <summary>Where the booking went: <see cref="Checkpoint"/> itself, or a checkpoint its owner allowed (R22).</summary>
    public CheckpointCode? ToCheckpoint { get; init; }
}

/// <summary>R22, R28: the owner keeps the interval a capacity cut moved the booking to, before the deadline to pick another.</summary>
public sealed record CapacityMoveAccepted(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval Interval, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>
/// R22, R28: a capacity change left no interval up to the horizon for the paid booking; its place in
/// <paramref name="Interval"/> is given back, and until <paramref name="RespondBy"/> its owner moves it
/// to any date, free and uncounted, or takes the fee back.
/// </summary>
public sealed record BookingDisplaced(
    BookingId BookingId,
    AccountId Owner,
    CheckpointCode Checkpoint,
    BookedInterval Interval,
    bool Priority,
    DateTimeOffset RespondBy,
    DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <summary>R22, R28: the owner placed a displaced booking in <paramref name="To"/>, free and uncounted; its old place was given back when it was displaced.</summary>
public sealed record DisplacedBookingPlaced(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval From, BookedInterval To, bool Priority, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>R22, R28: a displaced booking was withdrawn and its fee refunded (the state's fault); it held no place to give back.</summary>
public sealed record DisplacedBookingRefunded(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval Interval, Money Refunded, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
