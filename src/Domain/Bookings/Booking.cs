using Seo.Domain.Accounts;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Bookings;

/// <summary>
/// A reserved date and interval at a checkpoint for one vehicle (R2.2, R16.1), from issue (R20)
/// through payment, reschedules (R28) and the checkpoint's flow to crossing, cancellation,
/// no-show (R35) or expiry of an unpaid hold.
/// </summary>
public sealed partial class Booking : AggregateRoot<BookingId>
{
    public const int MaxDrivers = 5;

    /// <summary>R28: this many reschedules are free; each one after needs a new fee.</summary>
    public const int FreeReschedules = 2;

    private Booking()
    {
    }

    /// <summary>The public reference: checkpoint, date and the day's sequence number (R20), e.g. DOSTYK-20261201-0007.</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>R20: the booking's sequence number (порядковый номер) within its checkpoint-day.</summary>
    public int SequenceNumber { get; private set; }

    /// <summary>R36: fixed at issue.</summary>
    public BookingOwner Owner { get; private set; } = null!;

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public BookedInterval Interval { get; private set; } = null!;

    /// <summary>R36: fixed at issue.</summary>
    public Vehicle Vehicle { get; private set; } = null!;

    /// <summary>R16.2, R16.4: the trusted drivers, fixed at issue.</summary>
    public IReadOnlyList<Driver> Drivers { get; private set; } = [];

    public PriorityCategory Priority { get; private set; }

    public bool IsPriority => Priority != PriorityCategory.None;

    /// <summary>What the vehicle carries: the checks re-run on reschedule (R18.15, R18.16) read it.</summary>
    public Cargo Cargo { get; private set; } = Cargo.None;

    public BookingStatus Status { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>Until when an unpaid hold lasts: the booking's own, or that of a pending paid reschedule.</summary>
    public DateTimeOffset? HoldExpiresAt { get; private set; }

    public Money Fee { get; private set; }

    public Money Paid { get; private set; }

    /// <summary>R25: the tariff version the fee was computed under (0 for bookings issued before versions were kept).</summary>
    public int TariffVersion { get; private set; }

    public string? PaymentReference { get; private set; }

    public int ReschedulesUsed { get; private set; }

    public PendingReschedule? PendingReschedule { get; private set; }

    /// <summary>
    /// R22, R28: after a capacity cut moved the booking, until when its owner may pick another
    /// interval free of charge and without using one of the two free reschedules (the fault is
    /// not theirs); null otherwise.
    /// </summary>
    public DateTimeOffset? FreeMoveUntil { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>At most this many alternative checkpoints (R22): enough for every neighbour of a border crossing.</summary>
    public const int MaxAlternativeCheckpoints = 3;

    /// <summary>
    /// R22: checkpoints of the same border the owner allowed a capacity cut to move the booking to,
    /// in the owner's order of preference; empty unless the owner named some.
    /// </summary>
    public IReadOnlyList<CheckpointCode> AlternativeCheckpoints { get; private set; } = [];

    /// <summary>When a closure left the booking no place up to the horizon (R22): displaced, or, unpaid, ended.</summary>
    public DateTimeOffset? DisplacedAt { get; private set; }

    /// <summary>When the drivers' personal data was erased after the retention period (docs/personal-data.md); null while kept.</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; private set; }

    public bool IsActive => BookingStatusTransitions.IsActive(Status);

    /// <summary>What the owner has to pay now: the booking fee while unpaid, or the fee of a pending paid reschedule.</summary>
    public Money? AmountDue => AmountDueOf(Status, Fee, PendingReschedule);

    /// <summary>R28: how many of the two free reschedules are left.</summary>
    public int FreeReschedulesLeft => FreeReschedulesLeftAfter(ReschedulesUsed);

    /// <summary>The rule of <see cref="AmountDue"/>, for a read that selected these columns without loading the booking.</summary>
    public static Money? AmountDueOf(BookingStatus status, Money fee, PendingReschedule? pendingReschedule) =>
        status == BookingStatus.AwaitingPayment ? fee : pendingReschedule?.Fee;

    /// <summary>The rule of <see cref="FreeReschedulesLeft"/>, for a read that selected the count without loading the booking.</summary>
    public static int FreeReschedulesLeftAfter(int reschedulesUsed) => Math.Max(0, FreeReschedules - reschedulesUsed);

    /// <summary>The amount to charge now, or why nothing can be paid (nothing due, or the hold ran out).</summary>
    public Result<Money> PaymentDue(DateTimeOffset now)
    {
        if (AmountDue is not { } due || (Status != BookingStatus.AwaitingPayment && Status != BookingStatus.Confirmed))
        {
            return BookingErrors.NotPayable;
        }

        if (now >= HoldExpiresAt)
        {
            return BookingErrors.HoldExpired;
        }

        // Nothing is paid for an interval that is over (R35); a pending reschedule is paid for its new interval.
        var paysFor = PendingReschedule?.Interval ?? Interval;
        return now >= paysFor.EndsAt ? BookingErrors.IntervalEnded : due;
    }

    /// <summary>R28: the fee a reschedule asked for now would cost, zero while free ones remain.</summary>
    public bool NextRescheduleIsFree => ReschedulesUsed < FreeReschedules;

    /// <summary>Whether a capacity cut moved the booking and its owner may still move it again at no cost, uncounted (R22, R28).</summary>
    public bool HasFreeMoveAt(DateTimeOffset now) => FreeMoveUntil > now;

    /// <summary>
    /// Whether a capacity cut may move the booking: an unpaid hold, or a paid booking whose vehicle
    /// has not arrived or been called, for an interval still ahead. A vehicle on its journey keeps its place.
    /// </summary>
    public bool IsMovableByCapacityCut(DateTimeOffset now) =>
        Status is BookingStatus.AwaitingPayment or BookingStatus.Confirmed && CalledAt is null && Interval.StartsAt > now;

    /// <summary>
    /// Issues a booking (R20) once the vehicle is bookable (R3, checked when the vehicle was
    /// made), the interval is within the horizon (R22), the vehicle has no other active booking
    /// (R21) and the owner may book (R27). The caller has taken the capacity and the sequence
    /// number atomically; a failure here rolls that back with the transaction.
    /// </summary>
    public static Result<Booking> Issue(BookingRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rules = Result.FirstFailure(
            request.OwnerAccount.MayBook(),
            new BookingHorizonRule(request.Checkpoint, request.Interval, now, request.BookingCloses).Check(),
            new OneActiveBookingPerVehicleRule(request.VinHasActiveBooking, request.PlateHasActiveBooking).Check());
        if (!rules.IsSuccess)
        {
            return rules.Error;
        }

        if (request.Drivers.Count is 0 or > MaxDrivers)
        {
            return BookingErrors.NoDrivers;
        }

        var booking = new Booking
        {
            Id = request.Id,
            Owner = request.OwnerAccount.AsBookingOwner(),
            Checkpoint = request.Checkpoint.Id,
            Interval = request.Interval,
            Vehicle = request.Vehicle,
            Priority = request.Priority,
            Cargo = request.Cargo,
            Status = BookingStatus.AwaitingPayment,
            IssuedAt = now,
            HoldExpiresAt = now + request.HoldDuration,
            Fee = request.Fee,
            TariffVersion = request.TariffVersion,
            Paid = Money.Zero,
            Drivers = [.. request.Drivers],
        };
        booking.AssignSequenceNumber(request.SequenceNumber);
        booking.Raise(new BookingRequested(
            booking.Id, booking.Checkpoint, booking.Interval, booking.IsPriority, booking.SequenceNumber, booking.Fee, booking.HoldExpiresAt.Value, now));
        return booking;
    }

    /// <summary>Pays what is due: the booking fee of an unpaid booking, or the fee of a pending paid reschedule.</summary>
    public Result Pay(Money amount, string paymentReference, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentReference);
        var due = PaymentDue(now);
        if (!due.IsSuccess)
        {
            return due.Error;
        }

        if (amount != due.Value)
        {
            return BookingErrors.WrongAmount;
        }

        Paid += amount;
        PaymentReference = paymentReference;
        if (Status == BookingStatus.AwaitingPayment)
        {
            MoveTo(BookingStatus.Confirmed, now, raise: false);
            HoldExpiresAt = null;
            Raise(new BookingPaid(Id, amount, paymentReference, now));
            return Result.Success();
        }

        // R28: a paid reschedule takes effect once its fee is paid.
        var pending = PendingReschedule!;
        Raise(new BookingPaid(Id, amount, paymentReference, now));
        ApplyReschedule(pending.Interval, pending.SequenceNumber, paid: true, now);
        return Result.Success();
    }

    /// <summary>
    /// R28: moves a paid booking to another interval of the same checkpoint. The first two
    /// moves are free and take effect at once; from the third on the new interval is held
    /// (<see cref="PendingReschedule"/>) until its fee is paid.
    /// </summary>
    public Result Reschedule(
        Checkpoint checkpoint, BookedInterval newInterval, int newSequenceNumber, Money paidRescheduleFee, TimeSpan holdDuration, DateTimeOffset now, TimeSpan bookingCloses = default, int tariffVersion = 0)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(newInterval);
        var check = CanReschedule(checkpoint, newInterval, now, bookingCloses);
        if (!check.IsSuccess)
        {
            return check;
        }

        if (Status == BookingStatus.Displaced)
        {
            // R22, R28: the closure was not the owner's fault; the place given back when it was displaced is not given back twice.
            var from = Interval;
            MoveTo(BookingStatus.Confirmed, now, raise: false);
            Interval = newInterval;
            FreeMoveUntil = null;
            AssignSequenceNumber(newSequenceNumber);
            Raise(new DisplacedBookingPlaced(Id, Checkpoint, from, newInterval, IsPriority, now));
            return Result.Success();
        }

        if (HasFreeMoveAt(now))
        {
            // R28: the capacity cut was not the owner's fault, so this move neither costs nor counts.
            ApplyReschedule(newInterval, newSequenceNumber, paid: false, now, counted: false);
            return Result.Success();
        }

        if (NextRescheduleIsFree)
        {
            ApplyReschedule(newInterval, newSequenceNumber, paid: false, now);
            return Result.Success();
        }

        // R28: the third reschedule and every one after it needs a new fee.
        PendingReschedule = new PendingReschedule(newInterval, newSequenceNumber, paidRescheduleFee, now + holdDuration, tariffVersion);
        HoldExpiresAt = PendingReschedule.HoldExpiresAt;
        Raise(new RescheduleFeeRequested(Id, Checkpoint, newInterval, paidRescheduleFee, PendingReschedule.HoldExpiresAt, now));
        return Result.Success();
    }

    /// <summary>Whether <paramref name="newInterval"/> may replace the current one; checked before capacity is taken.</summary>
    public Result CanReschedule(Checkpoint checkpoint, BookedInterval newInterval, DateTimeOffset now, TimeSpan bookingCloses = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (Status == BookingStatus.Displaced)
        {
            // R22, R28: a displaced booking is placed again only before its deadline; after it the fee goes back.
            if (!HasFreeMoveAt(now))
            {
                return BookingErrors.DisplacementLapsed;
            }
        }
        else if (Status != BookingStatus.Confirmed || Interval.StartsAt <= now || CalledAt is not null)
        {
            // R34: once called, the vehicle is on its way to this interval; it cannot move to another.
            return BookingErrors.NotReschedulable;
        }

        if (checkpoint.Id != Checkpoint)
        {
            return BookingErrors.NotTransferable;
        }

        if (PendingReschedule is not null)
        {
            return BookingErrors.RescheduleAlreadyPending;
        }

        if (newInterval.Date == Interval.Date && newInterval.Start == Interval.Start)
        {
            return BookingErrors.SameInterval;
        }

        return new BookingHorizonRule(checkpoint, newInterval, now, bookingCloses).Check();
    }

    /// <summary>
    /// The owner cancels. R28: cancelling after payment is the user's fault, so the fee is
    /// kept and nothing is refunded. A held paid reschedule is given back too.
    /// </summary>
    public Result Cancel(DateTimeOffset now)
    {
        // R22, R28: cancelling would keep a fee the closure, not the owner, made unusable.
        if (Status == BookingStatus.Displaced)
        {
            return BookingErrors.DisplacedNotCancelled;
        }

        // R35: once the interval has ended without the vehicle, the booking is a no-show and is annulled, not cancelled.
        return Status == BookingStatus.Confirmed && now >= Interval.EndsAt
            ? BookingErrors.IntervalEnded
            : Withdraw(retained: Paid, refunded: Money.Zero, now);
    }

    /// <summary>
    /// R28: the registrar refunds the booking fee because the system or the state is at fault. A
    /// booking whose vehicle has not come yet and whose interval has not ended is withdrawn with it
    /// and its place given back, so a refunded booking never lets a vehicle through for nothing; one
    /// already under way or over keeps its status. Returns whether the booking was withdrawn.
    /// </summary>
    public bool WithdrawForRefund(Money refunded, DateTimeOffset now)
    {
        if (Status == BookingStatus.Displaced)
        {
            // It holds no place: the closure gave it back already.
            MoveTo(BookingStatus.Cancelled, now, raise: false);
            FreeMoveUntil = null;
            Raise(new DisplacedBookingRefunded(Id, Checkpoint, Interval, refunded, now));
            return true;
        }

        return Status == BookingStatus.Confirmed && now < Interval.EndsAt && Withdraw(retained: Money.Zero, refunded, now).IsSuccess;
    }

    /// <summary>Cancels the booking, gives back a held paid reschedule and says what of the fee was kept or refunded.</summary>
    private Result Withdraw(Money retained, Money refunded, DateTimeOffset now)
    {
        var moved = MoveTo(BookingStatus.Cancelled, now, raise: false);
        if (!moved.IsSuccess)
        {
            return moved;
        }

        ReleasePendingReschedule(now);
        HoldExpiresAt = null;
        Raise(new BookingCancelled(Id, Checkpoint, Interval, IsPriority, FeeRetained: retained, Refunded: refunded, now));
        return Result.Success();
    }

    /// <summary>An unpaid hold that ran out gives its capacity back.</summary>
    public Result Expire(DateTimeOffset now)
    {
        if (Status != BookingStatus.AwaitingPayment || now < HoldExpiresAt)
        {
            return BookingErrors.IllegalTransition(Status, BookingStatus.Expired);
        }

        MoveTo(BookingStatus.Expired, now, raise: false);
        Raise(new BookingExpired(Id, Checkpoint, Interval, IsPriority, now));
        return Result.Success();
    }

    /// <summary>
    /// A payment the gateway took after this booking's hold ran out (the payer was still on the
    /// gateway's page): the booking is confirmed after all, on the place the caller took again
    /// for it, provided the interval has not begun and the vehicle has no other active booking
    /// meanwhile (R21). Otherwise the caller refunds the payment — the fault is not the payer's.
    /// </summary>
    public Result ConfirmByLatePayment(Money amount, string paymentReference, int newSequenceNumber, bool vehicleHasOtherActiveBooking, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentReference);
        if (Status != BookingStatus.Expired)
        {
            return BookingErrors.IllegalTransition(Status, BookingStatus.Confirmed);
        }

        if (amount != Fee)
        {
            return BookingErrors.WrongAmount;
        }

        if (now >= Interval.StartsAt)
        {
            return BookingErrors.IntervalEnded;
        }

        if (vehicleHasOtherActiveBooking)
        {
            return BookingErrors.VehicleHasActiveBooking;
        }

        MoveTo(BookingStatus.Confirmed, now, raise: false);
        ClosedAt = null;
        Paid += amount;
        PaymentReference = paymentReference;
        AssignSequenceNumber(newSequenceNumber);
        Raise(new BookingConfirmedByLatePayment(Id, Checkpoint, Interval, IsPriority, SequenceNumber, now));
        Raise(new BookingPaid(Id, amount, paymentReference, now));
        return Result.Success();
    }

    /// <summary>Gives back the interval of an unpaid reschedule whose hold ran out; the booking keeps its interval.</summary>
    public Result ExpirePendingReschedule(DateTimeOffset now)
    {
        if (PendingReschedule is not { } pending || now < pending.HoldExpiresAt)
        {
            return BookingErrors.NotPayable;
        }

        ReleasePendingReschedule(now);
        return Result.Success();
    }


    /// <summary>R36: a booking cannot be transferred or sold to anyone else.</summary>
    public static Result TransferTo(AccountId newOwner) => BookingErrors.NotTransferable;

    /// <summary>R36: the vehicle of a booking never changes; book the other vehicle instead.</summary>
    public static Result ReplaceVehicle(Vehicle newVehicle) => BookingErrors.NotTransferable;

    /// <summary>The booking as the journey's events carry it (plain values).</summary>
    public JourneyBooking ToJourney() => new(
        Id.Value, Owner.AccountId.Value, Checkpoint.Value, Number, Vehicle.Plate.Value, Interval.Date, Interval.Start, Interval.StartsAt, Interval.EndsAt, IsPriority, SequenceNumber);

    /// <summary>
    /// R22, R28: a capacity cut left the booking's interval with more bookings than places, and
    /// the queue moves it to <paramref name="newInterval"/> (same checkpoint), whose place and
    /// sequence number the caller has taken. Free of charge and not one of the owner's
    /// reschedules; until <paramref name="respondBy"/> the owner may pick another interval on
    /// the same terms. The old place is given back by the reaction to the event.
    /// </summary>
    /// <remarks>
    /// <paramref name="toCheckpoint"/>, when given, is one of <see cref="AlternativeCheckpoints"/>:
    /// the owner allowed the move there, and the booking's number follows it.
    /// </remarks>
    public Result MoveForCapacityCut(BookedInterval newInterval, int newSequenceNumber, DateTimeOffset respondBy, DateTimeOffset now, CheckpointCode? toCheckpoint = null)
    {
        ArgumentNullException.ThrowIfNull(newInterval);
        var to = toCheckpoint ?? Checkpoint;
        if (!IsMovableByCapacityCut(now) || (newInterval == Interval && to == Checkpoint) || (to != Checkpoint && !AlternativeCheckpoints.Contains(to)))
        {
            return BookingErrors.NotReschedulable;
        }

        var from = Interval;
        var fromCheckpoint = Checkpoint;
        Interval = newInterval;
        Checkpoint = to;
        FreeMoveUntil = respondBy;
        AssignSequenceNumber(newSequenceNumber);
        Raise(new BookingMovedByCapacityCut(Id, Owner.AccountId, fromCheckpoint, from, newInterval, IsPriority, respondBy, now) { ToCheckpoint = to });
        return Result.Success();
    }

    /// <summary>
    /// R22: the owner names, in order of preference, up to <see cref="MaxAlternativeCheckpoints"/>
    /// checkpoints on the same border (the same neighbouring country) that a capacity cut may move
    /// the booking to when one of them has a place nearer in time than its own. The booking itself
    /// never changes checkpoint at the owner's request (R36); an empty list withdraws the permission.
    /// </summary>
    public Result AllowAlternativeCheckpoints(Checkpoint own, IReadOnlyList<Checkpoint> alternatives)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(alternatives);
        if (Status is not (BookingStatus.AwaitingPayment or BookingStatus.Confirmed) || CalledAt is not null || own.Id != Checkpoint)
        {
            return BookingErrors.NotReschedulable;
        }

        if (alternatives.Count > MaxAlternativeCheckpoints || alternatives.Select(a => a.Id).Distinct().Count() != alternatives.Count
            || alternatives.Any(a => a.Id == Checkpoint || a.NeighbourCountry != own.NeighbourCountry))
        {
            return BookingErrors.AlternativeNotNearby(own, MaxAlternativeCheckpoints);
        }

        AlternativeCheckpoints = [.. alternatives.Select(a => a.Id)];
        return Result.Success();
    }

    /// <summary>
    /// R22, R28: a capacity change (a closure) leaves no interval up to the horizon for this
    /// booking. An unpaid hold simply ends, nothing paid and nothing kept; a paid booking is
    /// displaced: it gives its place back and, until <paramref name="respondBy"/>, its owner may
    /// place it on any date, free and uncounted (<see cref="Reschedule"/>), or take the fee back.
    /// A held paid reschedule is given back with it. Returns whether it was displaced (not ended).
    /// </summary>
    public Result<bool> Displace(DateTimeOffset respondBy, DateTimeOffset now)
    {
        if (!IsMovableByCapacityCut(now))
        {
            return BookingErrors.NotReschedulable;
        }

        DisplacedAt = now;
        if (Status == BookingStatus.AwaitingPayment)
        {
            var withdrawn = Withdraw(retained: Money.Zero, refunded: Money.Zero, now);
            return withdrawn.IsSuccess ? false : withdrawn.Error;
        }

        ReleasePendingReschedule(now);
        MoveTo(BookingStatus.Displaced, now, raise: false);
        FreeMoveUntil = respondBy;
        Raise(new BookingDisplaced(Id, Owner.AccountId, Checkpoint, Interval, IsPriority, respondBy, now));
        return true;
    }

    /// <summary>
    /// R22, R28: the owner of a booking a capacity cut moved keeps the new interval and gives up
    /// the free pick of another before the deadline. Not answering accepts it too, at the deadline.
    /// </summary>
    public Result AcceptCapacityMove(DateTimeOffset now)
    {
        // A displaced booking has no interval to keep: it is placed again or refunded.
        if (!HasFreeMoveAt(now) || Status == BookingStatus.Displaced)
        {
            return BookingErrors.NoCapacityMove;
        }

        FreeMoveUntil = null;
        Raise(new CapacityMoveAccepted(Id, Checkpoint, Interval, now));
        return Result.Success();
    }

    private void ApplyReschedule(BookedInterval newInterval, int newSequenceNumber, bool paid, DateTimeOffset now, bool counted = true)
    {
        var from = Interval;
        Interval = newInterval;
        PendingReschedule = null;
        HoldExpiresAt = null;
        if (counted)
        {
            ReschedulesUsed++;
        }
        else
        {
            FreeMoveUntil = null;
        }

        AssignSequenceNumber(newSequenceNumber);
        Raise(new BookingRescheduled(Id, Checkpoint, from, newInterval, paid, ReschedulesUsed, IsPriority, now));
    }

    private void ReleasePendingReschedule(DateTimeOffset now)
    {
        if (PendingReschedule is { } pending)
        {
            PendingReschedule = null;
            HoldExpiresAt = null;
            Raise(new PendingRescheduleReleased(Id, Checkpoint, pending.Interval, IsPriority, now));
        }
    }

    /// <summary>
    /// Erases the drivers (names, dates of birth, phones, e-mails, identity documents: R16.4) of a
    /// booking that ended. What the crossing log and the accounts need stays: number, checkpoint,
    /// interval, status, vehicle (R10, R20, R21), owner and money (R23–R28). An active booking
    /// still needs its drivers (R29, R34 messages, R30 entry), so it is refused.
    /// </summary>
    public Result ErasePersonalData(DateTimeOffset now)
    {
        if (IsActive)
        {
            return BookingErrors.PersonalDataStillNeeded;
        }

        if (PersonalDataErasedAt is null)
        {
            Drivers = [];
            PersonalDataErasedAt = now;
        }

        return Result.Success();
    }

    private void AssignSequenceNumber(int sequenceNumber)
    {
        SequenceNumber = sequenceNumber;
        // Invariant: under a culture with another calendar (th-TH, ar-SA) the year would not be Gregorian.
        Number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Checkpoint.Value}-{Interval.Date:yyyyMMdd}-{sequenceNumber:D4}");
    }

    private Result MoveTo(BookingStatus to, DateTimeOffset now, bool raise, string? reason = null)
    {
        if (!BookingStatusTransitions.IsAllowed(Status, to))
        {
            return BookingErrors.IllegalTransition(Status, to);
        }

        var from = Status;
        Status = to;
        if (!BookingStatusTransitions.IsActive(to))
        {
            ClosedAt = now;
        }

        if (raise)
        {
            Raise(new BookingProgressed(ToJourney(), from, to, reason, now));
        }

        return Result.Success();
    }
}
