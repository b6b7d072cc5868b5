using Seo.Domain.Common;

namespace Seo.Domain.Bookings;

/// <summary>The booking's rule violations, each with a stable code and the paragraph it cites.</summary>
public static class BookingErrors
{
    public static readonly DomainError VehicleHasActiveBooking = new(
        "vehicle-has-active-booking", "This vehicle (by VIN or by plate) already has an active booking.", ErrorKind.Conflict, "R21");

    public static readonly DomainError IntervalInThePast = new(
        "interval-in-the-past", "The interval has already ended; book a future one.", ErrorKind.Conflict, "R22");

    public static DomainError BookingClosed(TimeSpan bookingCloses) => new(
        "interval-booking-closed",
        $"Booking an interval closes {bookingCloses.TotalHours:0.##} hours before it starts, so that the reminder (R29) reaches the vehicle in time; choose a later interval.",
        ErrorKind.Conflict,
        "R29");

    public static readonly DomainError BeyondHorizon = new(
        "beyond-booking-horizon", "Bookings reach at most 90 calendar days ahead, counted in checkpoint-local dates.", ErrorKind.Conflict, "R22");

    public static readonly DomainError NotTransferable = new(
        "booking-not-transferable", "A booking cannot be transferred or sold: its owner and vehicle never change after it is issued.", ErrorKind.Conflict, "R36");

    public static readonly DomainError NotFound = DomainError.NotFound("booking-not-found", "No such booking.");

    public static readonly DomainError NoCapacityMove = new(
        "no-capacity-move", "No capacity cut moved this booking, or the deadline to answer it has passed: the interval it has stands.", ErrorKind.Conflict, "R22");

    public static readonly DomainError NotDisplaced = new(
        "booking-not-displaced", "Only a booking a closure displaced is refunded at its owner's request; cancelling any other keeps the fee (R28).", ErrorKind.Conflict, "R28");

    public static DomainError AlternativeNotNearby(Checkpoints.Checkpoint own, int most)
    {
        ArgumentNullException.ThrowIfNull(own);
        return new DomainError(
            "alternative-checkpoint-not-nearby",
            $"Alternatives are up to {most} other checkpoints, each named once, on the same border as {own.Id.Value} (to {own.NeighbourCountry}).",
            ErrorKind.Validation,
            "R22");
    }

    public static readonly DomainError DisplacedNotCancelled = new(
        "booking-displaced", "A closure displaced this booking: place it on another date free of charge, or take its fee back (POST /api/v1/bookings/{id}/refund); cancelling would keep the fee.", ErrorKind.Conflict, "R28");

    public static readonly DomainError DisplacementLapsed = new(
        "displacement-lapsed", "The deadline to place this displaced booking has passed: its fee is being refunded.", ErrorKind.Conflict, "R22");

    public static readonly DomainError PersonalDataStillNeeded = new(
        "booking-personal-data-still-needed", "An active booking keeps its drivers' data until it ends.", ErrorKind.Conflict);

    public static readonly DomainError NotPayable = new(
        "nothing-to-pay", "The booking has no fee due.", ErrorKind.Conflict);

    public static readonly DomainError HoldExpired = new(
        "hold-expired", "The unpaid hold has expired and its capacity went back on sale; book again.", ErrorKind.Conflict);

    public static readonly DomainError WrongAmount = new(
        "payment-amount-mismatch", "The amount paid differs from the fee due.", ErrorKind.Conflict, "R23");

    public static readonly DomainError NotReschedulable = new(
        "booking-not-reschedulable", "Only a paid booking whose interval has not started can be rescheduled.", ErrorKind.Conflict, "R28");

    public static readonly DomainError RescheduleAlreadyPending = new(
        "reschedule-pending", "A paid reschedule is waiting for its fee; pay or cancel the booking first.", ErrorKind.Conflict, "R28");

    public static readonly DomainError SameInterval = new(
        "same-interval", "The booking already holds that interval.", ErrorKind.Conflict);

    public static readonly DomainError IntervalEnded = new(
        "booking-interval-ended", "The booked interval has ended; a vehicle that did not arrive is a no-show and the booking is annulled.", ErrorKind.Conflict, "R35");

    public static readonly DomainError NoDrivers = DomainError.Validation(
        "drivers-required", "Name one to five trusted drivers (R16.2).");

    public static DomainError IllegalTransition(BookingStatus from, BookingStatus to) => new(
        "illegal-status-transition", $"A booking that is {from} cannot become {to}.", ErrorKind.Conflict);
}
