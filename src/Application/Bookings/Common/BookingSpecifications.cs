using Ardalis.Specification;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Common;

public sealed class BookingByIdSpec : Specification<Booking>, ISingleResultSpecification<Booking>
{
    /// <param name="readOnly">Untracked: a read, or read ahead of a command's transaction, it must not stand in for the copy read inside it.</param>
    public BookingByIdSpec(BookingId id, bool readOnly = false)
    {
        Query.Where(b => b.Id == id);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>Whose booking it is: the owner's account alone, for an access check that needs nothing else of it.</summary>
public sealed class BookingOwnerSpec : Specification<Booking, AccountId?>, ISingleResultSpecification<Booking, AccountId?>
{
    public BookingOwnerSpec(BookingId id)
    {
        Query.Where(b => b.Id == id).AsNoTracking();
        Query.Select(b => (AccountId?)b.Owner.AccountId);
    }
}

/// <summary>A page of an owner's bookings, newest first (the number breaks ties), selected as list rows.</summary>
public sealed class BookingsOfOwnerSpec : Specification<Booking, BookingListRow>
{
    public BookingsOfOwnerSpec(AccountId owner, BookingStatus? status, int skip, int take)
    {
        Query.Where(b => b.Owner.AccountId == owner).AsNoTracking();
        if (status is { } only)
        {
            Query.Where(b => b.Status == only);
        }

        // The number breaks ties, so pages never overlap on a server that orders ties as it likes.
        Query.OrderByDescending(b => b.IssuedAt).ThenByDescending(b => b.Number).Skip(skip).Take(take);
        Query.Select(b => new BookingListRow(
            b.Id, b.Number, b.SequenceNumber, b.Status, b.Checkpoint, b.Interval, b.Vehicle, b.Drivers, b.Owner, b.Priority, b.Cargo, b.Fee,
            b.TariffVersion, b.Paid, b.IssuedAt, b.HoldExpiresAt, b.ReschedulesUsed, b.FreeMoveUntil, b.PendingReschedule, b.ClosedAt, b.RemindedAt, b.CalledAt,
            b.ArrivedAt, b.LeftZoneAt, b.EnteredAt, b.CrossedAt, b.AnnulmentReason, b.RefusalReason, b.AlternativeCheckpoints));
    }
}

/// <summary>
/// R21: the active bookings of a vehicle, found by its VIN or by its plate. A plate names a
/// vehicle only within its country of registration: 123ABC02 from KZ and from UZ are two trucks.
/// </summary>
public sealed class ActiveBookingsOfVehicleSpec : Specification<Booking>
{
    /// <param name="readOnly">Untracked: read ahead of a command's transaction, it must not stand in for the copy read inside it.</param>
    public ActiveBookingsOfVehicleSpec(Vin vin, CountryCode country, PlateNumber plate, bool readOnly = false)
    {
        Query.Where(b => b.Vehicle.Vin == vin || (b.Vehicle.Plate == plate && b.Vehicle.CountryOfRegistration == country))
            .Where(ActiveBookings.Predicate);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>
/// Unpaid holds (bookings and paid reschedules) whose time ran out, oldest first. Only active
/// bookings: an expired booking keeps its HoldExpiresAt, and matching it again would fill every
/// batch with bookings already handled, so newer holds would never expire.
/// </summary>
public sealed class ExpiredHoldsSpec : Specification<Booking>
{
    public ExpiredHoldsSpec(DateTimeOffset now, int batchSize) =>
        Query.Where(b => b.HoldExpiresAt != null && b.HoldExpiresAt <= now).Where(ActiveBookings.Predicate)
            .OrderBy(b => b.HoldExpiresAt).Take(batchSize);
}

/// <summary>
/// R35, R28: bookings whose interval ended before <paramref name="endedBefore"/> (now less the grace)
/// without the vehicle arriving (Confirmed) or, called, leaving the zone (Called); oldest first.
/// </summary>
public sealed class OverdueBookingsSpec : Specification<Booking>
{
    public OverdueBookingsSpec(DateTimeOffset endedBefore, int batchSize) =>
        Query.Where(b => (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Called) && b.Interval.EndsAt <= endedBefore)
            .OrderBy(b => b.Interval.EndsAt)
            .Take(batchSize);
}

/// <summary>R29: paid bookings not yet reminded whose booked time is at or before <paramref name="startsBy"/> and still ahead.</summary>
public sealed class DueRemindersSpec : Specification<Booking>
{
    public DueRemindersSpec(DateTimeOffset startsBy, DateTimeOffset now, int batchSize) =>
        Query.Where(b => b.Status == BookingStatus.Confirmed && b.RemindedAt == null && b.Interval.StartsAt <= startsBy && b.Interval.StartsAt > now)
            .OrderBy(b => b.Interval.StartsAt)
            .Take(batchSize);
}

/// <summary>
/// R34: paid bookings not yet called, arrived or not, starting by <paramref name="startsBy"/> and
/// whose interval ended after <paramref name="endedAfter"/> (now less the grace); the caller keeps
/// those whose call time has come.
/// </summary>
public sealed class CallCandidatesSpec : Specification<Booking>
{
    public CallCandidatesSpec(DateTimeOffset startsBy, DateTimeOffset endedAfter, int batchSize) =>
        Query.Where(b => (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.InWaitingZone) && b.CalledAt == null
                && b.Interval.StartsAt <= startsBy && b.Interval.EndsAt > endedAfter)
            .OrderBy(b => b.Interval.StartsAt)
            .Take(batchSize);
}

internal static class ActiveBookings
{
    /// <summary>The statuses of <see cref="BookingStatusTransitions.IsActive"/>, as a predicate the store can run.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Booking, bool>> Predicate = b =>
        b.Status == BookingStatus.AwaitingPayment || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.InWaitingZone
        || b.Status == BookingStatus.Called || b.Status == BookingStatus.LeftWaitingZone || b.Status == BookingStatus.AtCheckpoint
        || b.Status == BookingStatus.Displaced;
}

/// <summary>Displaced bookings whose owner let the deadline pass without placing them (R22, R28), oldest deadline first.</summary>
public sealed class LapsedDisplacementsSpec : Specification<Booking>
{
    public LapsedDisplacementsSpec(DateTimeOffset now, int batchSize) =>
        Query.Where(b => b.Status == BookingStatus.Displaced && b.FreeMoveUntil <= now)
            .OrderBy(b => b.FreeMoveUntil)
            .Take(batchSize);
}
