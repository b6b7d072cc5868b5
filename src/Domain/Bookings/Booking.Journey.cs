using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;

namespace Seo.Domain.Bookings;

/// <summary>
/// The booking's journey at the checkpoint (R29–R35, R10, R30): reminded, called, read by the
/// cameras at the waiting zone's entry and exit, at the checkpoint's entry and at the border line,
/// or annulled as a no-show or for lateness. Camera reads drive it; a read that does not fit is
/// reported as such (<see cref="ReadOutcome"/>) and changes nothing.
/// </summary>
public sealed partial class Booking
{
    public const int MaxRefusalReasonLength = 500;

    /// <summary>R29: when the reminder was sent; once per booking.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    /// <summary>R34: when the vehicle was called; once per booking.</summary>
    public DateTimeOffset? CalledAt { get; private set; }

    /// <summary>When the plate was read entering the waiting zone (or the checkpoint, where there is no zone).</summary>
    public DateTimeOffset? ArrivedAt { get; private set; }

    public DateTimeOffset? LeftZoneAt { get; private set; }

    /// <summary>R30: when the plate was read entering the checkpoint.</summary>
    public DateTimeOffset? EnteredAt { get; private set; }

    /// <summary>R10: when the plate was read at the border line.</summary>
    public DateTimeOffset? CrossedAt { get; private set; }

    public AnnulmentReason? AnnulmentReason { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>R29: tells the owner to come; only a paid booking that has not yet arrived, once.</summary>
    public Result Remind(DateTimeOffset now)
    {
        if (Status != BookingStatus.Confirmed || RemindedAt is not null)
        {
            return BookingErrors.IllegalTransition(Status, Status);
        }

        RemindedAt = now;
        Raise(new BookingReminded(ToJourney(), now));
        return Result.Success();
    }

    /// <summary>
    /// R34: calls the vehicle, once. A vehicle waiting in the zone is now called; one not yet
    /// there is told to come and, when it arrives, enters as called.
    /// </summary>
    public Result Call(DateTimeOffset now)
    {
        if (CalledAt is not null || Status is not (BookingStatus.Confirmed or BookingStatus.InWaitingZone))
        {
            return BookingErrors.IllegalTransition(Status, BookingStatus.Called);
        }

        CalledAt = now;
        var inZone = Status == BookingStatus.InWaitingZone;
        if (inZone)
        {
            MoveTo(BookingStatus.Called, now, raise: true);
        }

        Raise(new BookingCalled(ToJourney(), inZone, now));
        return Result.Success();
    }

    /// <summary>
    /// A camera read this vehicle's plate at <paramref name="point"/>. Returns what the read did:
    /// only <see cref="ReadOutcome.Advanced"/> moved the booking (and opens the barrier there, R11).
    /// </summary>
    public ReadOutcome RecordRead(CameraPoint point, DateTimeOffset capturedAt, bool checkpointHasWaitingZone, JourneyPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Status == BookingStatus.AwaitingPayment)
        {
            // R30: an unpaid hold admits nobody.
            return ReadOutcome.NotPaid;
        }

        return point switch
        {
            CameraPoint.WaitingZoneEntry when checkpointHasWaitingZone => ArriveAtZone(capturedAt, policy, now),
            CameraPoint.WaitingZoneExit when checkpointHasWaitingZone => LeaveZone(capturedAt, now),
            CameraPoint.CheckpointEntry => checkpointHasWaitingZone ? EnterAfterZone(capturedAt, now) : EnterWithoutZone(capturedAt, policy, now),
            CameraPoint.BorderLine => Cross(capturedAt, now),
            _ => ReadOutcome.Observed,
        };
    }

    /// <summary>
    /// R35, R28: the interval and its grace are over. A vehicle that never arrived is a no-show;
    /// one that was called and did not leave the zone departed late. Either way the fee is kept.
    /// </summary>
    public Result AnnulOverdue(JourneyPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (now < policy.LateAfter(Interval))
        {
            return BookingErrors.IllegalTransition(Status, BookingStatus.Annulled);
        }

        return Status switch
        {
            BookingStatus.Confirmed => Annul(Journey.AnnulmentReason.NoShow, now),
            BookingStatus.Called => Annul(Journey.AnnulmentReason.LateDeparture, now),
            _ => BookingErrors.IllegalTransition(Status, BookingStatus.Annulled),
        };
    }

    /// <summary>An officer refuses the vehicle entry or passage, saying why; the fee is kept.</summary>
    public Result RefuseEntry(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var trimmed = reason.Trim();
        var moved = MoveTo(BookingStatus.RefusedEntry, now, raise: true, trimmed.Length <= MaxRefusalReasonLength ? trimmed : trimmed[..MaxRefusalReasonLength]);
        if (moved.IsSuccess)
        {
            RefusalReason = trimmed.Length <= MaxRefusalReasonLength ? trimmed : trimmed[..MaxRefusalReasonLength];
        }

        return moved;
    }

    private ReadOutcome ArriveAtZone(DateTimeOffset capturedAt, JourneyPolicy policy, DateTimeOffset now)
    {
        if (Status != BookingStatus.Confirmed)
        {
            return ReadOutcome.Repeated;
        }

        if (capturedAt > policy.LateAfter(Interval))
        {
            // R28: a late arrival annuls the booking; nothing is refunded.
            Annul(Journey.AnnulmentReason.LateArrival, now);
            return ReadOutcome.Late;
        }

        if (capturedAt < policy.ArrivesFrom(Interval))
        {
            return ReadOutcome.TooEarly;
        }

        ArrivedAt = capturedAt;
        // R31: an early arrival waits for its call; one already called enters as called.
        MoveTo(CalledAt is null ? BookingStatus.InWaitingZone : BookingStatus.Called, now, raise: true);
        return ReadOutcome.Advanced;
    }

    private ReadOutcome LeaveZone(DateTimeOffset capturedAt, DateTimeOffset now)
    {
        switch (Status)
        {
            case BookingStatus.Called:
                LeftZoneAt = capturedAt;
                MoveTo(BookingStatus.LeftWaitingZone, now, raise: true);
                return ReadOutcome.Advanced;
            case BookingStatus.LeftWaitingZone or BookingStatus.AtCheckpoint:
                return ReadOutcome.Repeated;
            default:
                // R31, R34: leaving before the call (or without having been seen arriving) is out of order.
                return ReadOutcome.OutOfOrder;
        }
    }

    private ReadOutcome EnterAfterZone(DateTimeOffset capturedAt, DateTimeOffset now)
    {
        switch (Status)
        {
            case BookingStatus.LeftWaitingZone:
                EnteredAt = capturedAt;
                MoveTo(BookingStatus.AtCheckpoint, now, raise: true);
                return ReadOutcome.Advanced;
            case BookingStatus.AtCheckpoint:
                return ReadOutcome.Repeated;
            default:
                // R31: the order is the zone's; a vehicle that did not come out of it called is not admitted.
                return ReadOutcome.OutOfOrder;
        }
    }

    private ReadOutcome EnterWithoutZone(DateTimeOffset capturedAt, JourneyPolicy policy, DateTimeOffset now)
    {
        if (Status == BookingStatus.AtCheckpoint)
        {
            return ReadOutcome.Repeated;
        }

        if (Status != BookingStatus.Confirmed)
        {
            return ReadOutcome.OutOfOrder;
        }

        if (capturedAt > policy.LateAfter(Interval))
        {
            Annul(Journey.AnnulmentReason.LateArrival, now);
            return ReadOutcome.Late;
        }

        // Without a zone to wait in, the vehicle is admitted from its call time (R34).
        if (capturedAt < policy.CallAt(Interval))
        {
            return ReadOutcome.TooEarly;
        }

        ArrivedAt = capturedAt;
        EnteredAt = capturedAt;
        MoveTo(BookingStatus.AtCheckpoint, now, raise: true);
        return ReadOutcome.Advanced;
    }

    private ReadOutcome Cross(DateTimeOffset capturedAt, DateTimeOffset now)
    {
        if (Status != BookingStatus.AtCheckpoint)
        {
            return ReadOutcome.OutOfOrder;
        }

        CrossedAt = capturedAt;
        MoveTo(BookingStatus.Completed, now, raise: true);
        return ReadOutcome.Advanced;
    }

    private Result Annul(AnnulmentReason reason, DateTimeOffset now)
    {
        var moved = MoveTo(BookingStatus.Annulled, now, raise: false);
        if (!moved.IsSuccess)
        {
            return moved;
        }

        AnnulmentReason = reason;
        ReleasePendingReschedule(now);
        HoldExpiresAt = null;
        Raise(new BookingAnnulled(Id, Checkpoint, Interval, Paid, reason, ToJourney(), now));
        return Result.Success();
    }
}
