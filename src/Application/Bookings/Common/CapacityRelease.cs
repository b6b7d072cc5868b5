using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;

namespace Seo.Application.Bookings.Common;

/// <summary>
/// Gives capacity back for what a booking just let go of, read from the events it raised in
/// this command: the one place that knows which events free which interval.
/// </summary>
public static class CapacityRelease
{
    public static async Task ReleaseFreedCapacityAsync(this ICapacityLedger ledger, Booking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(booking);
        foreach (var domainEvent in booking.DomainEvents)
        {
            var freed = domainEvent switch
            {
                BookingRescheduled e => e.From,
                PendingRescheduleReleased e => e.Interval,
                BookingCancelled e => e.Interval,
                BookingExpired e => e.Interval,
                // R35: a no-show's interval is over; its place was used up, not freed.
                _ => null,
            };
            if (freed is not null)
            {
                await ledger.ReleaseAsync(booking.Checkpoint, freed, booking.IsPriority, cancellationToken);
            }
        }
    }
}
