using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Domain.Waitlist;

/// <summary>
/// A paid booking waiting for an earlier interval at its checkpoint (R22, R28). The queue is the
/// order of <see cref="JoinedAt"/>; a freed place in the window is held for the first entry it
/// fits (<see cref="Offer"/>) until the offer's deadline, then goes to the next. Keyed by the
/// booking: a booking waits once, so no place is ever offered to it twice at a time.
/// </summary>
public sealed class WaitlistEntry : AggregateRoot<Guid>
{
    private WaitlistEntry()
    {
    }

    public Guid BookingId => Id;

    public Guid AccountId { get; private set; }

    public string Checkpoint { get; private set; } = string.Empty;

    /// <summary>R6: a priority booking's held place comes from the day's priority share, as its move will.</summary>
    public bool Priority { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public TimeOnly EarliestStart { get; private set; }

    public TimeOnly LatestStart { get; private set; }

    /// <summary>The place in the queue: earlier joins are offered first. Rejoining after the entry ended goes to the back.</summary>
    public DateTimeOffset JoinedAt { get; private set; }

    public WaitlistStatus Status { get; private set; }

    /// <summary>The current or last offer, named once in the owner's messages.</summary>
    public Guid? OfferId { get; private set; }

    public DateOnly? OfferDate { get; private set; }

    public TimeOnly? OfferStart { get; private set; }

    public int? OfferMinutes { get; private set; }

    public DateTimeOffset? OfferStartsAt { get; private set; }

    /// <summary>The place offered now or last.</summary>
    public BookedInterval? OfferedPlace =>
        OfferDate is { } date && OfferStart is { } start && OfferMinutes is { } minutes && OfferStartsAt is { } startsAt
            ? BookedInterval.FromStored(date, start, minutes, startsAt)
            : null;

    public DateTimeOffset? OfferedAt { get; private set; }

    public DateTimeOffset? OfferExpiresAt { get; private set; }

    /// <summary>How many places have been offered to this entry since it joined.</summary>
    public int Offers { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => Status is WaitlistStatus.Waiting or WaitlistStatus.Offered;

    public WaitlistWindow Window => new(From, To, EarliestStart, LatestStart);

    /// <summary>
    /// Whether <paramref name="booking"/> may wait for an earlier interval: paid, not called, its
    /// interval still ahead, and no paid reschedule pending (R28) — what a move to an offered place needs.
    /// </summary>
    public static bool MayWait(Booking booking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return booking.Status == BookingStatus.Confirmed && booking.CalledAt is null && booking.Interval.StartsAt > now && booking.PendingReschedule is null;
    }

    /// <summary>The booking joins the back of its checkpoint's waitlist.</summary>
    public static Result<WaitlistEntry> Join(Booking booking, WaitlistWindow window, DateTimeOffset now)
    {
        var entry = new WaitlistEntry();
        var joined = entry.Wait(booking, window, now, keepPlace: false);
        return joined.IsSuccess ? entry : joined.Error;
    }

    /// <summary>
    /// A new window: a waiting entry keeps its place in the queue; one that ended rejoins at the
    /// back. Refused while a place is held for it, so a held place is never lost by an edit.
    /// </summary>
    public Result ChangeWindow(Booking booking, WaitlistWindow window, DateTimeOffset now)
    {
        return Status == WaitlistStatus.Offered
            ? WaitlistErrors.OfferPending
            : Wait(booking, window, now, keepPlace: Status == WaitlistStatus.Waiting);
    }

    /// <summary>Whether <paramref name="candidate"/> is in the window and earlier than the booking's <paramref name="booked"/> interval.</summary>
    public bool Wants(BookedInterval candidate, BookedInterval booked)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(booked);
        return Status == WaitlistStatus.Waiting && Window.Contains(candidate.Date, candidate.Start) && candidate.StartsAt < booked.StartsAt;
    }

    /// <summary>A freed place, already taken from the ledger for this entry, is held for it until <paramref name="expiresAt"/>.</summary>
    public Result Offer(BookedInterval place, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (Status != WaitlistStatus.Waiting)
        {
            return WaitlistErrors.NotWaiting;
        }

        Status = WaitlistStatus.Offered;
        OfferId = Guid.CreateVersion7();
        OfferDate = place.Date;
        OfferStart = place.Start;
        OfferMinutes = place.LengthMinutes;
        OfferStartsAt = place.StartsAt;
        OfferedAt = now;
        OfferExpiresAt = expiresAt;
        Offers++;
        Raise(new WaitlistPlaceOffered(Id, Checkpoint, place.Date, place.Start, expiresAt, now));
        return Result.Success();
    }

    /// <summary>Whether the place held for this entry is <paramref name="interval"/> and its offer still stands at <paramref name="now"/>.</summary>
    public bool Holds(BookedInterval interval, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Status == WaitlistStatus.Offered && OfferDate == interval.Date && OfferStart == interval.Start && now < OfferExpiresAt;
    }

    /// <summary>The booking takes the held place; the caller gives the held place to the booking's move in the same transaction.</summary>
    public Result Accept(BookedInterval interval, DateTimeOffset now)
    {
        if (!Holds(interval, now))
        {
            return WaitlistErrors.NoOffer;
        }

        return Finish(WaitlistStatus.Accepted, now);
    }

    /// <summary>The owner leaves the waitlist or declines the offer.</summary>
    public Result Leave(DateTimeOffset now) => IsActive ? Finish(WaitlistStatus.Left, now) : WaitlistErrors.NotWaiting;

    /// <summary>The offer ran out unanswered; the entry leaves the queue (the owner may join again, at the back).</summary>
    public Result Lapse(DateTimeOffset now) =>
        Status == WaitlistStatus.Offered && now >= OfferExpiresAt ? Finish(WaitlistStatus.Lapsed, now) : WaitlistErrors.NoOffer;

    /// <summary>The booking can no longer move; nothing more is offered to it.</summary>
    public Result Close(DateTimeOffset now) => IsActive ? Finish(WaitlistStatus.Closed, now) : WaitlistErrors.NotWaiting;

    private Result Wait(Booking booking, WaitlistWindow window, DateTimeOffset now, bool keepPlace)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(window);
        if (!MayWait(booking, now))
        {
            return WaitlistErrors.NotWaitable;
        }

        if (window.From > booking.Interval.Date)
        {
            return WaitlistErrors.NothingEarlier;
        }

        Id = booking.Id.Value;
        AccountId = booking.Owner.AccountId.Value;
        Checkpoint = booking.Checkpoint.Value;
        Priority = booking.IsPriority;
        (From, To, EarliestStart, LatestStart) = (window.From, window.To, window.EarliestStart, window.LatestStart);
        if (!keepPlace)
        {
            JoinedAt = now;
            Offers = 0;
        }

        Status = WaitlistStatus.Waiting;
        (OfferDate, OfferStart, OfferMinutes, OfferStartsAt, OfferExpiresAt, EndedAt) = (null, null, null, null, null, null);
        Raise(new WaitlistJoined(Id, Checkpoint, window, JoinedAt, now));
        return Result.Success();
    }

    private Result Finish(WaitlistStatus status, DateTimeOffset now)
    {
        var held = Status == WaitlistStatus.Offered ? OfferedPlace : null;
        Status = status;
        EndedAt = now;
        // An accepted place passes to the booking's move; any other end gives a held place back.
        Raise(new WaitlistEnded(Id, Checkpoint, status, status == WaitlistStatus.Accepted ? null : held, Priority, now));
        return Result.Success();
    }
}

public sealed record WaitlistJoined(Guid BookingId, string Checkpoint, WaitlistWindow Window, DateTimeOffset JoinedAt, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record WaitlistPlaceOffered(Guid BookingId, string Checkpoint, DateOnly Date, TimeOnly Start, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

/// <param name="Released">The held place to give back to the ledger, if the entry held one it did not take.</param>
public sealed record WaitlistEnded(Guid BookingId, string Checkpoint, WaitlistStatus Status, BookedInterval? Released, bool Priority, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
