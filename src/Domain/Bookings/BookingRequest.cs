using Seo.Domain.Accounts;
using Seo.Domain.Checkpoints;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Bookings;

/// <summary>Everything <see cref="Booking.Issue"/> needs to decide, gathered by the use case; <paramref name="BookingCloses"/> is the journey's lead (R29); <paramref name="TariffVersion"/> the tariff the fee comes from (R25).</summary>
public sealed record BookingRequest(
    BookingId Id,
    Account OwnerAccount,
    Checkpoint Checkpoint,
    BookedInterval Interval,
    Vehicle Vehicle,
    IReadOnlyList<Driver> Drivers,
    PriorityCategory Priority,
    Cargo Cargo,
    Money Fee,
    int SequenceNumber,
    TimeSpan HoldDuration,
    bool VinHasActiveBooking,
    bool PlateHasActiveBooking,
    TimeSpan BookingCloses = default,
    int TariffVersion = 0);
