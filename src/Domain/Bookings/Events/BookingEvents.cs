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
public sealed record PendingRescheduleReleased(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval Interval, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The owner cancelled. R28: nothing is refunded; <paramref name="FeeRetained"/> is what was paid.</summary>
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

/// <summary>R35: the vehicle did not arrive on the booked date and interval.</summary>
public sealed record BookingAnnulled(BookingId BookingId, CheckpointCode Checkpoint, BookedInterval Interval, Money FeeRetained, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The vehicle moved along the checkpoint's flow (waiting zone, call, entry, crossing).</summary>
public sealed record BookingProgressed(BookingId BookingId, BookingStatus From, BookingStatus To, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
