using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.Common;

/// <summary>
/// The ledger side of the waitlist: a place held for an offer is a taken place, given back when
/// the entry ends without taking it (<see cref="WaitlistEnded.Released"/>), and handed to the
/// booking's own move when the owner accepts, in the move's transaction, so nobody can take it in between.
/// </summary>
public sealed class WaitlistPlaces(IRepository<WaitlistEntry> entries, ICapacityLedger ledger) : IDomainEventReaction<WaitlistEnded>
{
    /// <summary>
    /// Gives back the place held for <paramref name="booking"/> when it is the one the booking is
    /// moving to, so that the move takes it; the entry ends as accepted. Returns whether it did.
    /// </summary>
    public async Task<bool> HandOverAsync(Booking booking, BookedInterval interval, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var entry = await entries.FirstOrDefaultAsync(new WaitlistEntryOfBookingSpec(booking.Id.Value), cancellationToken);
        if (entry is null || !entry.Accept(interval, now).IsSuccess)
        {
            return false;
        }

        await ledger.ReleaseAsync(booking.Checkpoint, interval, entry.Priority, cancellationToken);
        return true;
    }

    public Task ReactAsync(WaitlistEnded domainEvent, CancellationToken cancellationToken) =>
        domainEvent!.Released is { } place
            ? ledger.ReleaseAsync(CheckpointCode.Create(domainEvent.Checkpoint).Value, place, domainEvent.Priority, cancellationToken)
            : Task.CompletedTask;
}
