using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.AnnulNoShows;

/// <summary>
/// R35, R28: once a booking's interval and its grace are over, a vehicle that never arrived is a
/// no-show and one that was called but did not leave the waiting zone departed late; either way
/// the booking is annulled (the fee is kept) and the vehicle may book again (R21). A vehicle that
/// arrived and moved on is never touched. Safe to run again: annulled bookings no longer match.
/// </summary>
public sealed record AnnulNoShows(int BatchSize = 200) : ICommand<Result<int>>;

public sealed class AnnulNoShowsHandler(IRepository<Booking> bookings, JourneyPolicy journey, TimeProvider clock)
    : ICommandHandler<AnnulNoShows, Result<int>>
{
    public async ValueTask<Result<int>> Handle(AnnulNoShows command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var noShows = await bookings.ListAsync(new OverdueBookingsSpec(now - journey.ArrivalGrace, command.BatchSize), cancellationToken);
        foreach (var booking in noShows)
        {
            booking.AnnulOverdue(journey, now);
        }

        return noShows.Count;
    }
}
