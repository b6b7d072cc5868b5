using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Application.Waitlist.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.OfferPlaces;

/// <summary>
/// Offers the free places to the bookings waiting for them, in queue order: each waiting booking,
/// first joined first, is offered the earliest free interval of its window that is earlier than
/// its own and still bookable; the place is taken from the ledger at once, so the public cannot
/// take it and nobody else is offered it, and held for the offer window. Its owner is told once,
/// in the cabinet, by SMS and by push. Whatever frees a place — a cancellation, a no-show's
/// annulment, an expired hold, added capacity, a lapsed offer — the next sweep offers it. Run by
/// one scheduler instance at a time; should two runs meet, the entry's version lets one offer stand
/// and the other's transaction, with the place it took, roll back.
/// </summary>
public sealed record OfferWaitlistPlaces : ICommand<Result<int>>;

public sealed class OfferWaitlistPlacesHandler(
    IRepository<WaitlistEntry> entries,
    IRepository<Booking> bookings,
    IRepository<Checkpoint> checkpoints,
    ICapacityLedger ledger,
    OwnerNotices notices,
    JourneyPolicy journey,
    WaitlistOptions options,
    TimeProvider clock) : ICommandHandler<OfferWaitlistPlaces, Result<int>>
{
    public async ValueTask<Result<int>> Handle(OfferWaitlistPlaces command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waiting = await entries.ListAsync(new WaitingEntriesSpec(options.BatchSize), cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var byId = (await bookings.ListAsync(new BookingsByIdsSpec([.. waiting.Select(e => new BookingId(e.BookingId))]), cancellationToken))
            .ToDictionary(b => b.Id.Value);
        var offered = 0;
        foreach (var queue in waiting.GroupBy(e => e.Checkpoint))
        {
            var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(queue.Key).Value, readOnly: true), cancellationToken);
            if (checkpoint is null)
            {
                continue;
            }

            var free = await FreeIntervalsAsync(checkpoint, queue.Max(e => e.To), now, cancellationToken);
            foreach (var entry in queue)
            {
                if (!byId.TryGetValue(entry.BookingId, out var booking) || !WaitlistEntry.MayWait(booking, now))
                {
                    entry.Close(now);
                    continue;
                }

                offered += await OfferOneAsync(checkpoint, entry, booking, free, now, cancellationToken) ? 1 : 0;
            }
        }

        return offered;
    }

    private async Task<bool> OfferOneAsync(
        Checkpoint checkpoint, WaitlistEntry entry, Booking booking, List<BookedInterval> free, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var place in free.Where(i => entry.Wants(i, booking.Interval)).ToList())
        {
            var taken = await ledger.TryReserveAsync(checkpoint, place, entry.Priority, cancellationToken);
            if (!taken.IsSuccess)
            {
                // R6: a day whose priority share is used up may still have room for the others.
                if (taken.Error == CapacityErrors.SlotFull)
                {
                    free.Remove(place);
                }

                continue;
            }

            // Held no longer than the move stays bookable (R29), so an accepted offer is never refused for lateness.
            var expiresAt = new[] { now + options.OfferWindow, journey.ClosesAt(place) }.Min();
            // A copy of its own, like every interval the store keeps.
            entry.Offer(place with { }, expiresAt, now);
            var text = WaitlistTexts.Offered(
                checkpoint.NameInMessages, booking.Number, booking.Interval, place, booking.NextRescheduleIsFree || booking.HasFreeMoveAt(now), expiresAt, checkpoint.TimeZone.GetUtcOffset(now));
            await notices.TellAsync(
                Notification.OfWaitlistOffer(booking.Owner.AccountId, entry.OfferId!.Value, booking.Id, text, now), entry.OfferId.Value, checkpoint.Id, MessageKind.WaitlistOffer, cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The intervals of the checkpoint from now to <paramref name="lastDate"/> (within the 90-day
    /// horizon) that the plan sells, that are still bookable for long enough to be offered and that
    /// the ledger does not show full, earliest first.
    /// </summary>
    private async Task<List<BookedInterval>> FreeIntervalsAsync(Checkpoint checkpoint, DateOnly lastDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = checkpoint.DateAt(now);
        var last = new[] { lastDate, BookingHorizonRule.LastBookableDate(checkpoint, now) }.Min();
        if (last < today)
        {
            return [];
        }

        var full = await ledger.FullIntervalsAsync(checkpoint.Id, today, last, cancellationToken);
        return [.. BookedInterval.OfferedBetween(checkpoint, today, last)
            .Where(interval => !full.Contains((interval.Date, interval.Start)) && interval.StartsAt > now && !journey.IsBookingClosed(interval, now))];
    }
}
