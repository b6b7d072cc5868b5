using Ardalis.Specification;
using Seo.Application.Bookings.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Caps;

/// <summary>An account's unpaid holds whose time has not run out.</summary>
public sealed class UnpaidHoldsOfAccountSpec : Specification<Booking>
{
    public UnpaidHoldsOfAccountSpec(AccountId owner, DateTimeOffset now) =>
        Query.Where(b => b.Owner.AccountId == owner && b.Status == BookingStatus.AwaitingPayment && b.HoldExpiresAt > now).AsNoTracking();
}

/// <summary>
/// The dates of an account's active bookings at a checkpoint between two local dates, one per
/// booking; an unpaid hold that ran out is not counted (it is expired, not active).
/// </summary>
public sealed class ActiveBookingDatesOfAccountSpec : Specification<Booking, DateOnly>
{
    public ActiveBookingDatesOfAccountSpec(AccountId owner, CheckpointCode checkpoint, DateOnly firstDate, DateOnly lastDate, DateTimeOffset now, BookingId? except = null)
    {
        Query.Where(b => b.Owner.AccountId == owner && b.Checkpoint == checkpoint && b.Interval.Date >= firstDate && b.Interval.Date <= lastDate)
            .Where(ActiveBookings.Predicate)
            .Where(b => !(b.Status == BookingStatus.AwaitingPayment && b.HoldExpiresAt <= now))
            .AsNoTracking();
        if (except is { } id)
        {
            Query.Where(b => b.Id != id);
        }

        Query.Select(b => b.Interval.Date);
    }
}

/// <summary>
/// Holds of a vehicle (by VIN, or by plate within its country) that ended after
/// <paramref name="since"/>: cancelled, expired, or unpaid and run out but not swept yet. One a
/// closure ended (R22) is not the owner's churn and does not count.
/// </summary>
public sealed class RecentlyReleasedHoldsOfVehicleSpec : Specification<Booking>
{
    public RecentlyReleasedHoldsOfVehicleSpec(Vin vin, CountryCode country, PlateNumber plate, DateTimeOffset since, DateTimeOffset now) =>
        Query.Where(b => b.Vehicle.Vin == vin || (b.Vehicle.Plate == plate && b.Vehicle.CountryOfRegistration == country))
            .Where(b => (b.Status == BookingStatus.Cancelled && b.ClosedAt > since && b.DisplacedAt == null)
                || ((b.Status == BookingStatus.Expired || b.Status == BookingStatus.AwaitingPayment) && b.HoldExpiresAt > since && b.HoldExpiresAt <= now))
            .AsNoTracking();
}
