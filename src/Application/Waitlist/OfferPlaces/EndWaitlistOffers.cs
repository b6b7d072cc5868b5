using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Waitlist.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Waitlist;

namespace Seo.Application.Waitlist.OfferPlaces;

/// <summary>
/// Ends the offers that ran out unanswered, and those whose booking can no longer move (cancelled,
/// called, begun): their places go back on the ledger, for the next sweep of
/// <see cref="OfferWaitlistPlaces"/> to offer to the next one waiting. Safe to run again at any time.
/// </summary>
public sealed record EndWaitlistOffers : ICommand<Result<int>>;

public sealed class EndWaitlistOffersHandler(IRepository<WaitlistEntry> entries, IRepository<Booking> bookings, WaitlistOptions options, TimeProvider clock)
    : ICommandHandler<EndWaitlistOffers, Result<int>>
{
    public async ValueTask<Result<int>> Handle(EndWaitlistOffers command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var offered = await entries.ListAsync(new OfferedEntriesSpec(options.BatchSize), cancellationToken);
        if (offered.Count == 0)
        {
            return 0;
        }

        var byId = (await bookings.ListAsync(new BookingsByIdsSpec([.. offered.Select(e => new BookingId(e.BookingId))]), cancellationToken))
            .ToDictionary(b => b.Id.Value);
        var ended = 0;
        foreach (var entry in offered)
        {
            // The place goes back with the entry's end (WaitlistPlaces).
            var end = !byId.TryGetValue(entry.BookingId, out var booking) || !WaitlistEntry.MayWait(booking, now)
                ? entry.Close(now)
                : entry.Lapse(now);
            ended += end.IsSuccess ? 1 : 0;
        }

        return ended;
    }
}
