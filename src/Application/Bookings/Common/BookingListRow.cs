using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Common;

/// <summary>
/// The columns of a booking its owner's list shows, selected by the store without loading the
/// booking: value objects (the drivers' encrypted column among them) come whole through their
/// converters, and what needs code the store cannot run is worked out here, by the booking's own rules.
/// </summary>
public sealed record BookingListRow(
    BookingId Id,
    string Number,
    int SequenceNumber,
    BookingStatus Status,
    CheckpointCode Checkpoint,
    BookedInterval Interval,
    Vehicle Vehicle,
    IReadOnlyList<Driver> Drivers,
    BookingOwner Owner,
    PriorityCategory Priority,
    Cargo Cargo,
    Money Fee,
    int TariffVersion,
    Money Paid,
    DateTimeOffset IssuedAt,
    DateTimeOffset? HoldExpiresAt,
    int ReschedulesUsed,
    DateTimeOffset? FreeMoveUntil,
    PendingReschedule? PendingReschedule,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? LeftZoneAt,
    DateTimeOffset? EnteredAt,
    DateTimeOffset? CrossedAt,
    AnnulmentReason? AnnulmentReason,
    string? RefusalReason,
    IReadOnlyList<CheckpointCode> AlternativeCheckpoints)
{
    public Money? AmountDue => Booking.AmountDueOf(Status, Fee, PendingReschedule);

    public int FreeReschedulesLeft => Booking.FreeReschedulesLeftAfter(ReschedulesUsed);
}
